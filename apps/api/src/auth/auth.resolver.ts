import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  Int,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import { Max, MaxLength, Min } from 'class-validator';
import { apiError } from '../common/errors.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  toConnection,
} from '../common/relay.js';
import type { Context } from '../graphql/context.js';
import { UserConnection, UserType, toUserType } from '../user/user.type.js';
import { Public } from './access.js';
import { throttleKeyOf, tooManyAttempts } from './sign-in-guard.js';
import { CreateStaffAccountInput, SignInInput, SignUpInput } from './dto/auth.input.js';
import { SESSION_COOKIE } from './session.service.js';

@ArgsType()
class StaffMembersArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field(() => String, { nullable: true })
  @MaxLength(500)
  after?: string | null;
}

const isStaffCursor = (v: unknown): v is { name: string; id: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { name?: unknown }).name === 'string' &&
  typeof (v as { id?: unknown }).id === 'string';

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => UserType, {
    nullable: true,
    description: 'The signed-in user, or null. Anyone may ask.',
  })
  me(@Ctx() ctx: Context): UserType | null {
    return ctx.user ? toUserType(ctx.user) : null;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Registers a job seeker; sign in next with the same email and password. Answers true to every well-formed request, whether or not the email already had an account, so the answer tells nobody who has one. Anyone may call; attempts are limited per address.',
  })
  async signUp(
    @Arg('input', () => SignUpInput) input: SignUpInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const wait = await ctx.services.signUpThrottle.take(ctx.request.ip);
    if (wait > 0) throw tooManyAttempts('sign-up', wait);
    await ctx.services.accounts.signUpSeeker(input);
    return true;
  }

  @Public()
  @Mutation(() => UserType, {
    description: 'Signs in with email and password. Anyone may call; attempts are throttled.',
  })
  async signIn(
    @Arg('input', () => SignInInput) input: SignInInput,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    const attempt = ctx.services.signInGuard.begin(throttleKeyOf(input.email), ctx.request.ip);
    if (!attempt.allowed) throw tooManyAttempts('sign-in', attempt.retryAfterSeconds);
    const user = await ctx.services.accounts.checkCredentials(input.email, input.password);
    if (!user) {
      throw apiError('UNAUTHENTICATED', 'That email and password do not match an account.');
    }
    attempt.succeeded();
    await this.startSession(ctx, user.id);
    return toUserType(user);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session. Signed-in users.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.sessionTokenHash) await ctx.services.sessions.end(ctx.sessionTokenHash);
    ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType, { description: 'Creates a STAFF or ADMIN account. Admins only.' })
  async createStaffAccount(
    @Arg('input', () => CreateStaffAccountInput) input: CreateStaffAccountInput,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    const { role, ...draft } = input;
    return toUserType(await ctx.services.accounts.createStaff(ctx.user!, draft, role));
  }

  @Authorized('ADMIN')
  @Query(() => UserConnection, { description: 'Agency staff and admins, by name. Admins only.' })
  async staffMembers(@Args(() => StaffMembersArgs) args: StaffMembersArgs, @Ctx() ctx: Context) {
    const after = args.after ? decodeCursor(args.after, isStaffCursor) : null;
    const { rows, total } = await ctx.services.accounts.listStaff(args.first, after);
    return toConnection(
      rows,
      args.first,
      total,
      after !== null,
      (row) => encodeCursor({ name: row.name, id: row.id }),
      toUserType,
    );
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
