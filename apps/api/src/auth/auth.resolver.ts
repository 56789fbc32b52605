import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from './authorized.js';
import type { SessionUser } from '../common/actor.js';
import { UnauthenticatedError } from '../common/errors.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys } from '../graphql/scope.js';
import { UserType } from '../user/user.type.js';
import { Public } from './access.js';
import { SignInInput, SignUpInput } from './dto/auth.input.js';
import { throttleKeyOf, tooManyAttempts } from './sign-in-guard.js';
import { SESSION_COOKIE } from './session.service.js';

@Resolver()
export class AuthResolver {
  @Public()
  @NotForApiKeys()
  @Query(() => UserType, {
    nullable: true,
    description: 'The signed-in user, or null. Anyone may ask.',
  })
  me(@Ctx() ctx: Context): SessionUser | null {
    if (ctx.actor?.kind !== 'user') return null;
    const { kind: _kind, ...user } = ctx.actor;
    return user;
  }

  @Public()
  @NotForApiKeys()
  @Mutation(() => Boolean, {
    description:
      'Registers a job seeker; sign in next with the same email and password. Answers true to every well-formed request, whether or not the email already had an account, so the answer tells nobody who has one. Anyone may call; attempts are limited per address.',
  })
  async signUp(
    @Arg('input', () => SignUpInput, { description: 'What to save.' }) input: SignUpInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const wait = await ctx.services.signUpThrottle.take(ctx.request.ip);
    if (wait > 0) throw tooManyAttempts('sign-up', wait);
    await ctx.services.accounts.signUpSeeker(input);
    return true;
  }

  @Public()
  @NotForApiKeys()
  @Mutation(() => UserType, {
    description: 'Signs in with email and password. Anyone may call; attempts are throttled.',
  })
  async signIn(
    @Arg('input', () => SignInInput, { description: 'What to save.' }) input: SignInInput,
    @Ctx() ctx: Context,
  ): Promise<SessionUser> {
    const attempt = ctx.services.signInGuard.begin(throttleKeyOf(input.email), ctx.request.ip);
    if (!attempt.allowed) throw tooManyAttempts('sign-in', attempt.retryAfterSeconds);
    const user = await ctx.services.accounts.checkCredentials(input.email, input.password);
    if (!user) {
      throw new UnauthenticatedError('That email and password do not match an account.');
    }
    attempt.succeeded();
    await this.startSession(ctx, user.id);
    return user;
  }

  @Authorized()
  @NotForApiKeys()
  @Mutation(() => Boolean, { description: 'Ends the current session. Signed-in users.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.sessionTokenHash) await ctx.services.sessions.end(ctx.sessionTokenHash);
    ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  private async startSession(ctx: Context, userId: string): Promise<void> {
    // Signing in again replaces the browser's session rather than leaving
    // the old token valid beside the new one.
    if (ctx.sessionTokenHash) await ctx.services.sessions.end(ctx.sessionTokenHash);
    const { token, expiresAt } = await ctx.services.sessions.start(userId, ctx.services.now());
    ctx.reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.services.config.cookieSecure,
      expires: expiresAt,
    });
  }
}
