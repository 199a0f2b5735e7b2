import { endpointUrlProblem, newSigningSecret } from '../domain/outbound-events.js';
import type { Db } from './client.js';
import { InvalidSetting } from './settings.js';

/**
 * A guild's outbound event endpoints (README "Outbound webhooks"): the one
 * place that adds, removes and lists them, for /setup events (and the
 * dashboard, later).
 */
export const maxEndpointsPerGuild = 5;

/** Adds an endpoint and returns its signing secret, to be shown once. */
export async function addEventEndpoint(
  db: Db,
  guildId: string,
  url: string,
  allowPrivate: boolean,
): Promise<string> {
  const problem = endpointUrlProblem(url, allowPrivate);
  if (problem) throw new InvalidSetting('url', problem);
  const secret = newSigningSecret();
  await db.$transaction(async (tx) => {
    const count = await tx.eventEndpoint.count({ where: { guildId } });
    if (count >= maxEndpointsPerGuild)
      throw new InvalidSetting(
        'url',
        `a server has at most ${maxEndpointsPerGuild} endpoints: remove one first`,
      );
    // The same URL again makes a new secret: the way to rotate it.
    await tx.eventEndpoint.upsert({
      where: { guildId_url: { guildId, url } },
      create: { guildId, url, secret },
      update: { secret },
    });
  });
  return secret;
}

export async function removeEventEndpoint(db: Db, guildId: string, url: string): Promise<boolean> {
  const { count } = await db.eventEndpoint.deleteMany({ where: { guildId, url } });
  return count > 0;
}

export interface EndpointSummary {
  url: string;
  delivered: number;
  pending: number;
  failed: number;
  lastError: string | null;
}

/** Each endpoint with how its deliveries stand, and the last failure's reason. */
export async function eventEndpointSummaries(db: Db, guildId: string): Promise<EndpointSummary[]> {
  const endpoints = await db.eventEndpoint.findMany({ where: { guildId }, orderBy: { id: 'asc' } });
  if (endpoints.length === 0) return [];
  const counts = await db.eventDelivery.groupBy({
    by: ['endpointId', 'status'],
    where: { endpointId: { in: endpoints.map((e) => e.id) } },
    _count: { _all: true },
  });
  const summaries: EndpointSummary[] = [];
  for (const e of endpoints) {
    const of = (status: 'delivered' | 'pending' | 'failed') =>
      counts.find((c) => c.endpointId === e.id && c.status === status)?._count._all ?? 0;
    const lastFailure = await db.eventDelivery.findFirst({
      where: { endpointId: e.id, lastError: { not: null }, status: { not: 'delivered' } },
      orderBy: { updatedAt: 'desc' },
      select: { lastError: true },
    });
    summaries.push({
      url: e.url,
      delivered: of('delivered'),
      pending: of('pending'),
      failed: of('failed'),
      lastError: lastFailure?.lastError ?? null,
    });
  }
  return summaries;
}
