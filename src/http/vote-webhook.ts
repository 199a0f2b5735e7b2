import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import { poolOf } from '../db/client.js';
import { createVoteWriter } from '../db/votes.js';
import type { JobQueue } from '../jobs/boss.js';
import { secretMatches, secretMatchesHash } from './auth.js';
import { invalidPayloadBody, serverVotePayload, snowflake } from './rankly-payloads.js';

export interface VoteWebhookDeps {
  db: Db;
  queue: JobQueue;
  /** The global secret (RANKLY_WEBHOOK_AUTH); guilds may have their own. */
  webhookAuth: string | undefined;
  /** Called after a vote is stored, to wake a local worker at once. */
  onVoteStored?: () => void;
}

/** Small on purpose: a vote payload is about 250 bytes. */
export const webhookBodyLimit = 16 * 1024;

type VoteRequest = FastifyRequest<{ Params: { guildId?: string } }>;

/**
 * POST /webhook/votes and /webhook/votes/:guildId (for a guild with its own
 * secret): authorize, validate, store and enqueue, answer. No Discord call
 * happens here, so the answer does not depend on Discord being up.
 */
export function registerVoteWebhook(
  app: FastifyInstance,
  deps: VoteWebhookDeps,
  routeConfig: object = {},
): void {
  // Rankly sends JSON; anything else is refused with 415 rather than parsed.
  app.removeContentTypeParser('text/plain');
  const votes = createVoteWriter(deps.db, deps.queue);
  const guildSecretHash = sharedLookups(async (guildId: string) => {
    // Plain pg: this runs on every webhook, and a Prisma query costs several times its CPU.
    const { rows } = await poolOf(deps.db).query<{ webhook_secret_hash: string | null }>(
      'SELECT webhook_secret_hash FROM guild_config WHERE guild_id = $1',
      [guildId],
    );
    return rows[0]?.webhook_secret_hash ?? null;
  });

  /**
   * The secrets that apply: the global one, and the guild's own (the guild
   * of the URL, or on the shared URL the guild the body names). Runs after
   * the body is read (at most 16 KiB) so the shared URL cannot be used to
   * slip past a guild's own secret. With no secret anywhere, anyone may post.
   */
  const authorize = async (request: VoteRequest, reply: FastifyReply) => {
    const urlGuildId = request.params.guildId;
    if (urlGuildId !== undefined && !snowflake.safeParse(urlGuildId).success) {
      return reply
        .code(404)
        .send({ error: 'Not Found', message: 'the guild id in the URL is not a Discord ID' });
    }
    const bodyGuildId = (request.body as { serverId?: unknown } | null)?.serverId;
    const guildId =
      urlGuildId ?? (snowflake.safeParse(bodyGuildId).success ? (bodyGuildId as string) : undefined);
    const secretHash = guildId ? await guildSecretHash(guildId) : null;
    if (!secretHash && deps.webhookAuth === undefined) return;
    const presented = request.headers.authorization;
    const authorized =
      (secretHash !== null && secretMatchesHash(presented, secretHash)) ||
      (deps.webhookAuth !== undefined && secretMatches(presented, deps.webhookAuth));
    if (!authorized) {
      request.log.warn(
        { guildId, hasHeader: presented !== undefined },
        'vote webhook refused: wrong Authorization',
      );
      return reply.code(401).send({
        error: 'Unauthorized',
        message: 'the Authorization header does not match the webhook secret configured for this endpoint',
      });
    }
  };

  const handle = async (request: VoteRequest, reply: FastifyReply) => {
    const parsed = serverVotePayload.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send(invalidPayloadBody('vote', parsed.error));
    const vote = parsed.data;
    const guildId = request.params.guildId;
    if (guildId && vote.serverId !== guildId) {
      return reply.code(400).send({
        error: 'Bad Request',
        message: 'serverId does not match the guild id in the URL',
        fields: { serverId: 'does not match the URL' },
      });
    }
    const context = { guildId: vote.serverId, userId: vote.userId, votedAt: vote.timestamp };
    if (vote.test) {
      request.log.info(context, 'Rankly test webhook received; no reward is granted for tests');
      await deps.queue.send('testDelivery', {
        guildId: vote.serverId,
        userId: vote.userId,
        votedAt: vote.timestamp,
      });
      return reply.send({ received: true, test: true });
    }
    const result = await votes.store({
      userId: vote.userId,
      guildId: vote.serverId,
      votedAt: new Date(vote.timestamp),
      creditsAwarded: vote.creditsAwarded,
      adBlocker: vote.adBlocker,
      creditDenialReason: vote.creditDenialReason,
    });
    if (result.outcome === 'duplicate') {
      request.log.info(context, 'duplicate vote webhook acknowledged');
      return reply.send({ received: true, duplicate: true });
    }
    request.log.info({ ...context, voteId: result.voteId.toString() }, 'vote stored');
    deps.onVoteStored?.();
    return reply.send({ received: true });
  };

  const methodNotAllowed = async (_request: FastifyRequest, reply: FastifyReply) =>
    reply.code(405).header('allow', 'POST').send({ error: 'Method Not Allowed', message: 'use POST' });

  for (const url of ['/webhook/votes', '/webhook/votes/:guildId']) {
    app.post(url, { bodyLimit: webhookBodyLimit, preHandler: authorize, config: routeConfig }, handle);
    app.route({ method: ['GET', 'PUT', 'PATCH', 'DELETE'], url, handler: methodNotAllowed });
  }
}

/**
 * Concurrent lookups of the same key share one query: a burst of votes for
 * one guild reads its secret once, not once per request. Nothing is cached
 * after the query answers, so a rotated secret applies to the next request.
 */
function sharedLookups<T>(lookup: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key) => {
    let pending = inFlight.get(key);
    if (!pending) {
      pending = lookup(key).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };
}
