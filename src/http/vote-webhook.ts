import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TestDeliveryEnqueuer, VoteRewardEnqueuer } from '../contracts.js';
import type { Db } from '../db/client.js';
import { createVoteWriter, type IncomingVote, type VoteWriter } from '../db/votes.js';
import { createWebhookSecretCheck, type SecretVerdict } from '../db/webhook-secrets.js';
import { serverVotePayload, snowflake, voteFacts } from '../rankly/payloads.js';
import { secretMatcher } from '../secrets.js';
import { acknowledgeStored, invalidPayloadBody, methodNotAllowed } from './webhook-replies.js';

export interface VoteWebhookDeps {
  db: Db;
  queue: VoteRewardEnqueuer & TestDeliveryEnqueuer;
  /** The global secret (RANKLY_WEBHOOK_AUTH); guilds may have their own. */
  webhookAuth: string | undefined;
  /** ALLOW_UNAUTHENTICATED_WEBHOOKS: accept votes no secret applies to (local development). */
  allowUnauthenticatedWebhooks?: boolean;
  /** Called after a vote is stored, to wake a local worker at once. */
  onVoteStored?: () => void;
}

/** Small on purpose: a vote payload is about 250 bytes. */
export const webhookBodyLimit = 16 * 1024;

type VoteRequest = FastifyRequest<{ Params: { guildId?: string } }>;

/** The guild a vote request is for: the URL's, else the body's; undefined when that is not an ID. */
function guildOf(request: VoteRequest): string | undefined {
  const claimed = request.params.guildId ?? (request.body as { serverId?: unknown } | null)?.serverId;
  // Not an ID (refused with 404 or 400): only the bot-wide rule can apply.
  return snowflake.safeParse(claimed).success ? (claimed as string) : undefined;
}

/** The per-route options of @fastify/rate-limit that app.ts sets for every webhook route. */
export interface WebhookRateLimit {
  max: number;
  timeWindow: string;
}

/**
 * POST /webhook/votes and /webhook/votes/:guildId (for a guild with its own
 * secret): authorize, validate, store and enqueue, answer. No Discord call
 * happens here, so the answer does not depend on Discord being up.
 */
export function registerVoteWebhook(
  app: FastifyInstance,
  deps: VoteWebhookDeps,
  rateLimit: WebhookRateLimit | undefined,
): void {
  // Rankly sends JSON; anything else is refused with 415 rather than parsed.
  app.removeContentTypeParser('text/plain');
  const votes = createVoteWriter(deps.db, deps.queue);
  const secrets = createWebhookSecretCheck(deps.db, {
    globalSecret: deps.webhookAuth,
    allowUnauthenticated: deps.allowUnauthenticatedWebhooks ?? false,
  });

  /**
   * The verdict on a request's secret, once per request: the rate limiter
   * and the authorization both ask. The guild is the one of the URL, or on
   * the shared URL the one the body names, so the body is read first (at
   * most 16 KiB) and the shared URL cannot slip past a guild's own secret.
   */
  const verdicts = new WeakMap<FastifyRequest, Promise<SecretVerdict>>();
  const verdictOf = (request: VoteRequest): Promise<SecretVerdict> => {
    let verdict = verdicts.get(request);
    if (!verdict) {
      verdict = secrets.verify(guildOf(request), request.headers.authorization);
      verdicts.set(request, verdict);
    }
    return verdict;
  };

  const authorize = async (request: VoteRequest, reply: FastifyReply) => {
    const urlGuildId = request.params.guildId;
    if (urlGuildId !== undefined && !snowflake.safeParse(urlGuildId).success) {
      return reply
        .code(404)
        .send({ error: 'Not Found', message: 'the guild id in the URL is not a Discord ID' });
    }
    const verdict = await verdictOf(request);
    if (verdict.accepted) return;
    request.log.warn(
      {
        guildId: guildOf(request),
        hasHeader: request.headers.authorization !== undefined,
        reason: verdict.reason,
      },
      'vote webhook refused: no accepted Authorization',
    );
    return reply.code(401).send({
      error: 'Unauthorized',
      message:
        verdict.reason === 'none'
          ? 'no webhook secret is configured for this server, so votes are refused: set RANKLY_WEBHOOK_AUTH ' +
            "on the bot and the same value in the Authorization field of Rankly's webhook settings, or run " +
            '/setup webhook in the server for its own URL and secret (ALLOW_UNAUTHENTICATED_WEBHOOKS=true ' +
            'accepts votes without a secret, for local development only)'
          : 'the Authorization header does not match the webhook secret configured for this endpoint ' +
            '(a server with its own secret from /setup webhook accepts only that one)',
    });
  };

  // Requests that carry the bot-wide secret are not rate-limited (Rankly's
  // few addresses deliver every vote of a busy server), but only where that
  // secret is the one that applies: one a guild's own secret overrides is
  // refused, and counted like any other guess. The limit runs before
  // authorization (preValidation, once the body names the guild), and only
  // a request carrying the bot-wide secret costs a look-up before it is counted.
  const globalMatches = deps.webhookAuth !== undefined ? secretMatcher(deps.webhookAuth) : undefined;
  const routeConfig = rateLimit
    ? {
        rateLimit: {
          ...rateLimit,
          hook: 'preValidation' as const,
          allowList: async (request: FastifyRequest) =>
            globalMatches?.(request.headers.authorization) === true &&
            (await verdictOf(request as VoteRequest)).accepted,
        },
      }
    : {};

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
    const stored = { userId: vote.userId, guildId: vote.serverId, ...voteFacts(vote) };
    return storeVote(request, reply, { votes, onVoteStored: deps.onVoteStored }, 'vote', stored, context);
  };

  for (const url of ['/webhook/votes', '/webhook/votes/:guildId']) {
    app.post(url, { bodyLimit: webhookBodyLimit, preHandler: authorize, config: routeConfig }, handle);
    app.route({ method: ['GET', 'PUT', 'PATCH', 'DELETE'], url, handler: methodNotAllowed });
  }
}

/** Stores a vote with its job and answers: the one path of server and bot votes. */
export async function storeVote(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: { votes: VoteWriter; onVoteStored?: () => void },
  webhook: 'vote' | 'bot vote',
  vote: IncomingVote,
  context: Record<string, unknown>,
): Promise<FastifyReply> {
  const result = await deps.votes.store(vote);
  return acknowledgeStored(request, reply, {
    webhook,
    context,
    stored: result.outcome === 'stored' ? { voteId: result.voteId } : null,
    onStored: deps.onVoteStored,
  });
}
