import { defineConcept } from '../concept.js';
import { CoachCommentEntity } from './coach-comment.entity.js';
import { coachCommentLoaders } from './coach-comment.loaders.js';
import { CoachCommentResolver, MeetingCoachCommentsResolver } from './coach-comment.resolver.js';
import { CoachCommentService } from './coach-comment.service.js';
import { CoachComments1771000004300 } from './migrations/1771000004300-coach-comments.js';

/** Coach review: staff comments on a meeting's question list and notes, read by its seeker. */
export const coachCommentConcept = defineConcept({
  name: 'coach-comment',
  entities: [CoachCommentEntity],
  resolvers: [CoachCommentResolver, MeetingCoachCommentsResolver],
  migrations: [CoachComments1771000004300],
  services: ({ dataSource }) => ({ coachComments: new CoachCommentService(dataSource) }),
  loaders: coachCommentLoaders,
});
