import type { FastifyInstance } from 'fastify';
import type { VoteRewardEnqueuer } from '../contracts.js';
import type { Db } from '../db/client.js';
import { createVoteWriter } from '../db/votes.js';
import { botVotePayload, voteFacts } from '../rankly/payloads.js';
import { registerSignedWebhook } from './signed-webhook.js';
import { storeVote } from './vote-webhook.js';
import { invalidPayloadBody } from './webhook-replies.js';

export interface BotVoteWebhookDeps {
  db: Db;
  queue: VoteRewardEnqueuer;
  /** RANKLY_VOTE_WEBHOOK_SECRET, split on commas: any may sign (rotation). */
  botVoteSecrets: string[];
  /** BOT_VOTE_GUILD_ID: the guild bot votes are credited in. */
  botVoteGuildId: string | undefined;
  onVoteStored?: () => void;
}

/**
 * POST /webhook/bot-votes: Rankly's bot vote webhook (signed like premium).
 * A bot vote goes down the server vote's path: stored by the same writer as
 * a vote in the home guild (with its bot id), rewarded by the same job and
 * ledger, counted in /votes. Duplicates by (voter, bot, timestamp).
 */
export function registerBotVoteWebhook(
  app: FastifyInstance,
  deps: BotVoteWebhookDeps,
  routeConfig: object = {},
): void {
  const votes = createVoteWriter(deps.db, deps.queue);
  registerSignedWebhook(app, {
    url: '/webhook/bot-votes',
    what: 'bot vote',
    secrets: deps.botVoteSecrets,
    notConfigured: () =>
      deps.botVoteSecrets.length === 0
        ? 'RANKLY_VOTE_WEBHOOK_SECRET'
        : deps.botVoteGuildId === undefined
          ? 'BOT_VOTE_GUILD_ID'
          : null,
    routeConfig,
    async handle(request, reply, json) {
      const parsed = botVotePayload.safeParse(json);
      if (!parsed.success) return reply.code(400).send(invalidPayloadBody('bot vote', parsed.error));
      const vote = parsed.data;
      const guildId = deps.botVoteGuildId as string;
      const context = { botId: vote.bot.id, userId: vote.voter.userId, guildId, votedAt: vote.timestamp };
      const stored = { userId: vote.voter.userId, guildId, botId: vote.bot.id, ...voteFacts(vote) };
      return storeVote(
        request,
        reply,
        { votes, onVoteStored: deps.onVoteStored },
        'bot vote',
        stored,
        context,
      );
    },
  });
}
