import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../concept.js';
import { AppError, NotFoundError } from '../common/errors.js';
import { fromGlobalId } from '../common/global-id.js';
import type { MeetingService } from './meeting.service.js';

const STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

/**
 * GET /meetings/:id/invitation.ics — the meeting's calendar file for its
 * owner, by the session cookie (a calendar download is a plain link, not a
 * GraphQL call). `?for=CONTACT` words it for the person met, to forward.
 */
export function meetingRoutes(
  server: FastifyInstance,
  { services, actorOf }: RouteDeps<{ meetings: MeetingService }>,
): void {
  server.get<{ Params: { id: string }; Querystring: { for?: string } }>(
    '/meetings/:id/invitation.ics',
    async (request, reply) => {
      try {
        const actor = await actorOf(request);
        if (!actor) return reply.code(401).send({ code: 'UNAUTHENTICATED' });
        let id: string;
        try {
          id = fromGlobalId(request.params.id, 'Meeting');
        } catch {
          throw new NotFoundError('That meeting');
        }
        const audience = request.query.for === 'CONTACT' ? 'CONTACT' : 'SEEKER';
        const file = await services.meetings.invitation(actor, id, audience);
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('content-disposition', 'attachment; filename="meeting.ics"')
          .header('cache-control', 'private, no-store')
          .send(file);
      } catch (error) {
        if (error instanceof AppError && error.code in STATUS_OF) {
          return reply
            .code(STATUS_OF[error.code]!)
            .send({ code: error.code, message: error.message });
        }
        throw error;
      }
    },
  );
}
