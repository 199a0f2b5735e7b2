import type { Db, DbOrTx } from '../db/client.js';
import { Prisma } from '../db/generated/client.js';
import { rollUpVotes } from '../db/vote-trends.js';
import { sqlRunnerFor } from '../db/votes.js';
import type { DiscordActions } from '../discord/actions.js';
import { outcomeOfFailure } from '../discord/errors.js';
import { periodKeys } from '../domain/periods.js';
import { isEntitled } from '../domain/premium.js';
import { type PlannedEffect, planVoteReward } from '../domain/reward-plan.js';
import { type BotVoteReward, botVotePolicy, policyFrom } from '../domain/reward-policy.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { JobQueue } from './boss.js';
import { reportMissingPermissions } from './guild-alerts.js';
import { setAsideIfBotNotInGuild } from './guild-membership.js';
import { messageNonce, withinNonceWindow } from './send-once.js';

export interface RewardDeps {
  db: Db;
  queue: JobQueue;
  discord: DiscordActions;
  log: Logger;
  now?: () => Date;
  /** Counts each ledger row that reaches 'done' (rankly_rewards_granted_total), and votes set aside. */
  metrics?: Pick<Metrics, 'rewards' | 'votesNotInGuild'>;
  /** What a bot vote earns instead of its home guild's currency and role. */
  botVoteReward?: BotVoteReward;
}

/** Thrown to make the queue retry the job later (Discord failed, not us). */
export class RetryLaterError extends Error {
  override name = 'RetryLaterError';
}

type EffectRow = Awaited<ReturnType<Db['rewardEffect']['findMany']>>[number];

/**
 * The vote.reward job. Two steps, each safe to repeat:
 * 1. plan: in one transaction, compute the reward, update the member's
 *    counters and balance, and write one ledger row per effect. A vote is
 *    planned once (vote.planned_at), so currency is added exactly once.
 * 2. apply: carry out each ledger row still to do. Roles are idempotent and
 *    retried freely; messages are marked 'sending' before they go out and
 *    never sent again after a crash (at most once).
 */
export async function rewardVote(deps: RewardDeps, voteId: bigint): Promise<void> {
  if (await setAsideIfBotNotInGuild(deps, voteId)) return;
  const vote = await planVote(deps, voteId);
  if (!vote) return;
  const effects = await deps.db.rewardEffect.findMany({
    where: { voteId, status: { in: ['planned', 'sending'] } },
    orderBy: { id: 'asc' },
  });
  let retry: RetryLaterError | undefined;
  for (const effect of effects) {
    try {
      await applyEffect(deps, effect);
    } catch (err) {
      if (!(err instanceof RetryLaterError)) throw err;
      retry = err;
    }
  }
  // Rewards parked until the member joined: a new vote is a second chance.
  await grantPendingRoles(deps, vote.guildId, vote.userId, voteId);
  if (retry) throw retry;
  await deps.db.vote.updateMany({
    where: { id: voteId, settledAt: null },
    data: { settledAt: (deps.now ?? (() => new Date()))() },
  });
}

async function planVote(deps: RewardDeps, voteId: bigint) {
  const now = (deps.now ?? (() => new Date()))();
  // Currency is given by the plan's commit: counted only once that happened.
  let givenByPlan: string[] = [];
  const planned = await deps.db.$transaction(async (tx) => {
    const [vote] = await tx.$queryRaw<
      {
        id: bigint;
        userId: string;
        guildId: string;
        votedAt: Date;
        creditsAwarded: boolean;
        adBlocker: boolean;
        plannedAt: Date | null;
        /** '' for a server vote. */
        botId: string;
      }[]
    >`SELECT id, user_id AS "userId", guild_id AS "guildId", voted_at AS "votedAt",
             credits_awarded AS "creditsAwarded", ad_blocker AS "adBlocker", planned_at AS "plannedAt",
             bot_id AS "botId"
      FROM vote WHERE id = ${voteId} FOR UPDATE`;
    if (!vote) return null;
    if (vote.plannedAt) return vote;

    const config = await tx.guildConfig.findUnique({ where: { guildId: vote.guildId } });
    const guildPolicy = policyFrom(config);
    const policy = vote.botId
      ? botVotePolicy(guildPolicy, deps.botVoteReward ?? { currency: 0, roleId: null })
      : guildPolicy;
    // The member row is locked for the whole plan: two votes of one member
    // are counted one after the other, never both from the same old state.
    // It also keeps the member's first vote here, whatever order votes are
    // planned in (/votes stats counts new voters by it).
    await tx.$executeRaw`INSERT INTO member (guild_id, user_id, first_vote_at)
                         SELECT guild_id, user_id, voted_at FROM vote WHERE id = ${vote.id}
                         ON CONFLICT (guild_id, user_id)
                         DO UPDATE SET first_vote_at = LEAST(member.first_vote_at, EXCLUDED.first_vote_at)`;
    const [member] = await tx.$queryRaw<
      {
        totalVotes: number;
        currentStreak: number;
        bestStreak: number;
        lastVoteAt: Date | null;
        roleExpiresAt: Date | null;
        remindEnabled: boolean;
      }[]
    >`SELECT total_votes AS "totalVotes", current_streak AS "currentStreak", best_streak AS "bestStreak",
             last_vote_at AS "lastVoteAt", role_expires_at AS "roleExpiresAt", remind_enabled AS "remindEnabled"
      FROM member WHERE guild_id = ${vote.guildId} AND user_id = ${vote.userId} FOR UPDATE`;
    if (!member) throw new Error('member row vanished inside its own transaction');
    const user = await tx.discordUser.findUnique({ where: { userId: vote.userId } });
    const premium = await tx.entitlement.findUnique({
      where: { scope_subjectId: { scope: 'user', subjectId: vote.userId } },
    });

    const plan = planVoteReward({
      vote,
      policy,
      member,
      dmsClosed: user?.dmsClosedAt != null,
      roleLabel: roleLabel(deps.discord, vote.guildId, policy.rewardRoleId),
      voterHasPremium: isEntitled(premium, now),
    });

    const currency = plan.effects
      .filter(
        (e): e is Extract<PlannedEffect, { amount: number }> =>
          e.kind === 'currency' || e.kind === 'milestone',
      )
      .reduce((sum, e) => sum + e.amount, 0);
    const role = plan.effects.find((e) => e.kind === 'role');
    // A bot vote's role kept for good leaves the member's expiry alone: it
    // belongs to the guild's temporary reward role.
    const roleExpiry =
      role?.kind === 'role' && !(vote.botId && role.seconds === null)
        ? await extendRoleExpiry(deps, tx, {
            guildId: vote.guildId,
            userId: vote.userId,
            roleId: role.roleId,
            seconds: role.seconds,
            current: member.roleExpiresAt,
            now,
          })
        : undefined;

    await tx.member.update({
      where: { guildId_userId: { guildId: vote.guildId, userId: vote.userId } },
      data: {
        totalVotes: plan.streak.totalVotes,
        currentStreak: plan.streak.currentStreak,
        bestStreak: plan.streak.bestStreak,
        lastVoteAt: plan.streak.lastVoteAt,
        ...(currency > 0 ? { balance: { increment: currency } } : {}),
        ...roleExpiry,
      },
    });

    if (plan.share > 0) {
      const keys = periodKeys(vote.votedAt);
      await tx.$executeRaw`
        INSERT INTO vote_tally (guild_id, period, user_id, votes)
        VALUES (${vote.guildId}, ${keys.week}, ${vote.userId}, 1), (${vote.guildId}, ${keys.month}, ${vote.userId}, 1)
        ON CONFLICT (guild_id, period, user_id) DO UPDATE SET votes = vote_tally.votes + 1`;
    }

    // Reminders name the guild to vote for again: not for a bot vote.
    if (member.remindEnabled && plan.share > 0 && !vote.botId) {
      // The opted-in reminder for this vote, once its cooldown has passed.
      const cooldownHours = config?.voteCooldownHours ?? 12;
      await deps.queue.send(
        'voteRemind',
        { guildId: vote.guildId, userId: vote.userId, voteId: vote.id.toString() },
        { db: sqlRunnerFor(tx), startAfter: new Date(vote.votedAt.getTime() + cooldownHours * 3_600_000) },
      );
    }

    givenByPlan = plan.effects.map((e) => e.kind).filter((k) => k === 'currency' || k === 'milestone');
    if (plan.effects.length > 0) {
      await tx.rewardEffect.createMany({
        data: plan.effects.map((effect) => ({
          voteId: vote.id,
          guildId: vote.guildId,
          userId: vote.userId,
          kind: effect.kind,
          // Currency lives in our database: it is done the moment this commits.
          status: effect.kind === 'currency' || effect.kind === 'milestone' ? 'done' : 'planned',
          amount: 'amount' in effect ? effect.amount : null,
          roleId: effect.kind === 'role' ? effect.roleId : null,
          channelId: effect.kind === 'announcement' ? effect.channelId : null,
          content: 'content' in effect ? effect.content : null,
        })),
      });
    }
    // The guild's hourly counts for /votes stats. At the end of the
    // transaction: concurrent plans of one guild hold this row's lock briefly.
    await tx.$executeRaw(rollUpVotes(Prisma.sql`id = ${vote.id}`));
    const external = plan.effects.some((e) => e.kind !== 'currency' && e.kind !== 'milestone');
    await tx.vote.update({
      where: { id: vote.id },
      data: { plannedAt: now, counted: plan.share > 0, ...(external ? {} : { settledAt: now }) },
    });
    deps.log.debug(
      { voteId: vote.id.toString(), guildId: vote.guildId, userId: vote.userId, scenario: plan.scenario },
      'reward planned',
    );
    return vote;
  });
  for (const kind of givenByPlan) deps.metrics?.rewards.inc({ kind });
  return planned;
}

/**
 * The member's temporary-role expiry after one more grant. A new grant
 * extends a running role instead of stacking jobs: there is at most one
 * pending role.expire job per member, and it reschedules itself when it
 * finds the expiry moved (see role-expire.ts).
 */
async function extendRoleExpiry(
  deps: RewardDeps,
  tx: DbOrTx,
  r: {
    guildId: string;
    userId: string;
    roleId: string;
    seconds: number | null;
    current: Date | null;
    now: Date;
  },
): Promise<{ roleExpiresAt: Date | null; expiringRoleId: string | null }> {
  if (r.seconds === null) return { roleExpiresAt: null, expiringRoleId: null };
  const candidate = new Date(r.now.getTime() + r.seconds * 1000);
  const expiresAt = r.current && r.current > candidate ? r.current : candidate;
  // No pending job when there is no running expiry, or when it already passed
  // (its job may have used up its retries); a spare job finds nothing to do.
  if (!r.current || r.current <= r.now) {
    await deps.queue.send(
      'roleExpire',
      { guildId: r.guildId, userId: r.userId },
      { db: sqlRunnerFor(tx), startAfter: expiresAt },
    );
  }
  return { roleExpiresAt: expiresAt, expiringRoleId: r.roleId };
}

async function setStatus(db: Db, id: bigint, status: string, detail?: string): Promise<void> {
  await db.rewardEffect.update({ where: { id }, data: { status, detail: detail ?? null } });
}

/** Discord confirmed the effect: it is done in the ledger, and counted as given. */
async function markDone(deps: RewardDeps, effect: EffectRow): Promise<void> {
  await setStatus(deps.db, effect.id, 'done');
  deps.metrics?.rewards.inc({ kind: effect.kind });
}

async function applyEffect(deps: RewardDeps, effect: EffectRow): Promise<void> {
  const log = deps.log.child({
    voteId: effect.voteId.toString(),
    guildId: effect.guildId,
    userId: effect.userId,
    effect: effect.kind,
  });
  if (effect.kind === 'role') return applyRole(deps, effect, log);
  return applyMessage(deps, effect, log);
}

async function applyRole(deps: RewardDeps, effect: EffectRow, log: Logger): Promise<void> {
  if (!effect.roleId) return setStatus(deps.db, effect.id, 'failed', 'no role id recorded');
  try {
    await deps.discord.addRole(effect.guildId, effect.userId, effect.roleId, 'Rankly vote reward');
    await markDone(deps, effect);
    log.info({ roleId: effect.roleId }, 'reward role granted');
  } catch (err) {
    await handleFailure(deps, effect, err, log, { idempotent: true });
  }
}

/**
 * A DM or an announcement: at most once. The 'sending' mark is committed
 * before the request; finding it on a later attempt means an earlier one
 * died mid-send, and the message is recorded as 'unknown' instead of resent.
 */
async function applyMessage(deps: RewardDeps, effect: EffectRow, log: Logger): Promise<void> {
  const now = (deps.now ?? (() => new Date()))();
  // 'sending': an earlier attempt got no answer or died mid-send. Within the
  // nonce window the same send is repeated (Discord deduplicates it); after
  // it, the message is given up rather than risk a second copy.
  if (effect.status === 'sending' && !withinNonceWindow(effect.updatedAt, now)) {
    log.warn('an earlier send got no answer and the nonce window has passed; not resending (at most once)');
    return setStatus(deps.db, effect.id, 'unknown', 'no answer while sending');
  }
  let channelId = effect.channelId;
  if (effect.kind === 'dm' || effect.kind === 'reminder') {
    const user = await deps.db.discordUser.findUnique({ where: { userId: effect.userId } });
    if (user?.dmsClosedAt) return setStatus(deps.db, effect.id, 'dms_closed', 'DMs closed earlier');
    try {
      // Opening the DM channel is idempotent: done before the send is claimed.
      channelId = await deps.discord.openDm(effect.userId);
    } catch (err) {
      return handleFailure(deps, effect, err, log, { idempotent: true });
    }
  }
  if (!channelId) return setStatus(deps.db, effect.id, 'failed', 'no channel');
  if (effect.status === 'planned') {
    const claimed = await deps.db.rewardEffect.updateMany({
      where: { id: effect.id, status: 'planned' },
      data: { status: 'sending', updatedAt: now },
    });
    if (claimed.count === 0) return;
  }
  try {
    await deps.discord.sendMessage(
      channelId,
      effect.content ?? '',
      effect.kind === 'announcement' ? [effect.userId] : [],
      messageNonce('r', effect.id),
    );
    await markDone(deps, effect);
    log.info('reward message sent');
  } catch (err) {
    const outcome = outcomeOfFailure(err, { idempotent: false });
    if (outcome.status === 'unknown') {
      // No answer: keep the claim (and its time) and try the same nonce again soon.
      log.warn(
        { detail: outcome.detail },
        'no answer from Discord while sending; will resend with the same nonce',
      );
      throw new RetryLaterError(outcome.detail);
    }
    await handleFailure(deps, effect, err, log, { idempotent: false });
  }
}

async function handleFailure(
  deps: RewardDeps,
  effect: EffectRow,
  err: unknown,
  log: Logger,
  { idempotent }: { idempotent: boolean },
): Promise<void> {
  const outcome = outcomeOfFailure(err, { idempotent });
  if (outcome.status === 'retry') {
    // Worth another try later: leave the row to do and let the queue back off.
    await setStatus(deps.db, effect.id, 'planned', outcome.detail);
    log.warn({ detail: outcome.detail }, 'Discord call failed; will retry');
    throw new RetryLaterError(outcome.detail);
  }
  await setStatus(deps.db, effect.id, outcome.status, outcome.detail);
  log.warn({ detail: outcome.detail, status: outcome.status }, 'reward not applied');
  if (outcome.status === 'dms_closed') await rememberDmsClosed(deps.db, effect.userId);
  if (outcome.status === 'missing_permissions') {
    await reportMissingPermissions(deps, effect.guildId, effect.kind, effect.roleId ?? effect.channelId);
  }
}

/** The user refused a DM (50007): the bot stops trying, in every guild. */
export async function rememberDmsClosed(db: Db, userId: string): Promise<void> {
  await db.discordUser.upsert({
    where: { userId },
    create: { userId, dmsClosedAt: new Date() },
    update: { dmsClosedAt: new Date() },
  });
}

/**
 * Grants role rewards that were parked because the voter was not a member.
 * Runs on guild member join and on the member's next vote.
 */
export async function grantPendingRoles(
  deps: RewardDeps,
  guildId: string,
  userId: string,
  exceptVoteId?: bigint,
): Promise<number> {
  const pending = await deps.db.rewardEffect.findMany({
    where: {
      guildId,
      userId,
      kind: 'role',
      status: 'pending_member',
      ...(exceptVoteId ? { NOT: { voteId: exceptVoteId } } : {}),
    },
    orderBy: { id: 'asc' },
  });
  if (pending.length === 0) return 0;
  const policy = policyFrom(await deps.db.guildConfig.findUnique({ where: { guildId } }));
  // One grant per distinct role is enough; the others are marked done with it.
  const granted = new Set<string>();
  for (const effect of pending) {
    if (effect.roleId && granted.has(effect.roleId)) {
      await setStatus(deps.db, effect.id, 'done', 'granted with an earlier pending reward');
      continue;
    }
    try {
      await applyRole(
        deps,
        effect,
        deps.log.child({ guildId, userId, effect: 'role', voteId: effect.voteId.toString() }),
      );
    } catch (err) {
      // Still parked: the retry of this job (or the next join or vote) finds it again.
      if (err instanceof RetryLaterError) await setStatus(deps.db, effect.id, 'pending_member', err.message);
      throw err;
    }
    const after = await deps.db.rewardEffect.findUnique({
      where: { id: effect.id },
      select: { status: true },
    });
    if (after?.status !== 'done' || !effect.roleId) continue;
    granted.add(effect.roleId);
    if (effect.roleId === policy.rewardRoleId && policy.rewardRoleSeconds !== null) {
      // The clock of a temporary role starts when the member actually gets it.
      await restartRoleClock(deps, guildId, userId, effect.roleId, policy.rewardRoleSeconds);
    }
  }
  return granted.size;
}

async function restartRoleClock(
  deps: RewardDeps,
  guildId: string,
  userId: string,
  roleId: string,
  seconds: number,
): Promise<void> {
  const now = (deps.now ?? (() => new Date()))();
  await deps.db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO member (guild_id, user_id) VALUES (${guildId}, ${userId}) ON CONFLICT DO NOTHING`;
    const [member] = await tx.$queryRaw<{ roleExpiresAt: Date | null }[]>`
      SELECT role_expires_at AS "roleExpiresAt" FROM member
      WHERE guild_id = ${guildId} AND user_id = ${userId} FOR UPDATE`;
    const expiry = await extendRoleExpiry(deps, tx, {
      guildId,
      userId,
      roleId,
      seconds,
      current: member?.roleExpiresAt ?? null,
      now,
    });
    await tx.member.update({ where: { guildId_userId: { guildId, userId } }, data: expiry });
  });
}

/**
 * vote.remind: the member opted in, and the cooldown after this vote has
 * passed. One reminder per vote (a ledger row like any reward message, so
 * at most once); none if a newer vote came in (it has its own); opting out
 * happens by itself when DMs to the member fail.
 */
export async function remindVoter(
  deps: RewardDeps,
  data: { guildId: string; userId: string; voteId: string },
): Promise<void> {
  const { guildId, userId } = data;
  const voteId = BigInt(data.voteId);
  const [member, latest] = await Promise.all([
    deps.db.member.findUnique({ where: { guildId_userId: { guildId, userId } } }),
    deps.db.vote.findFirst({
      where: { guildId, userId },
      orderBy: { votedAt: 'desc' },
      select: { id: true },
    }),
  ]);
  if (!member?.remindEnabled || latest?.id !== voteId) return;
  const server = deps.discord.guildName?.(guildId);
  await deps.db.rewardEffect.createMany({
    data: [
      {
        voteId,
        guildId,
        userId,
        kind: 'reminder',
        status: 'planned',
        content:
          `⏰ You can vote${server ? ` for **${server}**` : ''} on Rankly again! ` +
          `Your streak is ${member.currentStreak}; vote now to keep it going. (Turn these off with /votes remind off.)`,
      },
    ],
    skipDuplicates: true,
  });
  const effect = await deps.db.rewardEffect.findUniqueOrThrow({
    where: { voteId_kind: { voteId, kind: 'reminder' } },
  });
  if (effect.status === 'planned' || effect.status === 'sending') {
    await applyMessage(deps, effect, deps.log.child({ guildId, userId, effect: 'reminder' }));
  }
  const after = await deps.db.rewardEffect.findUniqueOrThrow({
    where: { id: effect.id },
    select: { status: true },
  });
  if (after.status === 'dms_closed') {
    await deps.db.member.update({
      where: { guildId_userId: { guildId, userId } },
      data: { remindEnabled: false },
    });
  }
}

/** How messages name the reward role: its name when known (DMs cannot render a role mention). */
function roleLabel(discord: DiscordActions, guildId: string, roleId: string | null): string | undefined {
  const name = roleId ? discord.roleName?.(guildId, roleId) : undefined;
  return name ? `**${name}**` : undefined;
}
