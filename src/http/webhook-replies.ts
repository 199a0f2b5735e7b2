import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { describePayloadProblems } from '../rankly/payloads.js';

/** The body of a 400 for an invalid payload: one readable message and `{ field: problem }`. */
export function invalidPayloadBody(what: string, error: z.ZodError) {
  return { error: 'Bad Request', ...describePayloadProblems(what, error) };
}

/**
 * The answer to a webhook whose row was stored, or was stored before (a
 * redelivery): 200 either way, so Rankly stops retrying, and a duplicate
 * says so. Only a new row is logged with its id and calls `onStored` (which
 * wakes a local worker for its job).
 */
export function acknowledgeStored(
  request: FastifyRequest,
  reply: FastifyReply,
  ack: {
    /** The webhook and the row, for the log lines: 'vote', 'bot vote'; 'premium' and 'premium event'. */
    webhook: string;
    row?: string;
    context: Record<string, unknown>;
    /** The new row's id, logged under its name (`{ voteId }`); null when it was a duplicate. */
    stored: Record<string, bigint> | null;
    onStored?: () => void;
  },
): FastifyReply {
  if (!ack.stored) {
    request.log.info(ack.context, `duplicate ${ack.webhook} webhook acknowledged`);
    return reply.send({ received: true, duplicate: true });
  }
  const ids = Object.fromEntries(Object.entries(ack.stored).map(([key, id]) => [key, id.toString()]));
  request.log.info({ ...ack.context, ...ids }, `${ack.row ?? ack.webhook} stored`);
  ack.onStored?.();
  return reply.send({ received: true });
}

/** Webhooks are POSTed: any other method is told so. */
export async function methodNotAllowed(_request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  return reply.code(405).header('allow', 'POST').send({ error: 'Method Not Allowed', message: 'use POST' });
}
