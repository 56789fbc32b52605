import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { SessionUser } from '../common/actor.js';
import { TooManyRequestsError, UnauthenticatedError } from '../common/errors.js';
import type { Context } from '../graphql/context.js';
import { UserType } from '../user/user.type.js';
import { Public } from './access.js';
import { SignInInput, SignUpInput } from './dto/auth.input.js';
import { SESSION_COOKIE } from './session.service.js';

@Resolver()
export class AuthResolver {
  @Public()
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
  @Mutation(() => UserType, {
    description: 'Creates a job-seeker account and signs it in. Anyone may call.',
  })
  async signUp(
    @Arg('input', () => SignUpInput) input: SignUpInput,
    @Ctx() ctx: Context,
  ): Promise<SessionUser> {
    const user = await ctx.services.accounts.signUpSeeker(input);
    await this.startSession(ctx, user.id);
    return user;
  }

  @Public()
  @Mutation(() => UserType, {
    description: 'Signs in with email and password. Anyone may call; attempts are throttled.',
  })
  async signIn(
    @Arg('input', () => SignInInput) input: SignInInput,
    @Ctx() ctx: Context,
  ): Promise<SessionUser> {
    const { signInThrottle, accounts } = ctx.services;
    const email = input.email.trim().toLowerCase();
    const address = ctx.request.ip;
    const wait = await signInThrottle.retryAfterSeconds(email, address);
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60);
      throw new TooManyRequestsError(
        `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        wait,
      );
    }
    const user = await accounts.checkCredentials(email, input.password);
    if (!user) {
      await signInThrottle.recordFailure(email, address);
      throw new UnauthenticatedError('That email and password do not match an account.');
    }
    await signInThrottle.recordSuccess(email);
    await this.startSession(ctx, user.id);
    return user;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session. Signed-in users.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.sessionTokenHash) await ctx.services.sessions.end(ctx.sessionTokenHash);
    ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  private async startSession(ctx: Context, userId: string): Promise<void> {
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
