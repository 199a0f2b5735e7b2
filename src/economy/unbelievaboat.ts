import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/**
 * UnbelievaBoat's public HTTP API (https://unbelievaboat.com/api/docs), the
 * two calls the bot makes: GET a member's balance (checks a token at
 * /setup economy) and PATCH it (adds to cash or bank, not idempotent).
 * Every answer is sorted by what it says about the change having happened,
 * which is all the ledger needs (economy-pay.ts):
 * - ok: applied, with the new balance;
 * - notSent: it surely did not happen (the connection was refused, 429, 502
 *   or 503, which a gateway or the API answers without applying anything):
 *   safe to send again, after retryAfterMs when it says;
 * - unknown: the request went out and no answer came back (reset, timeout,
 *   500/504): it may have been applied, so it is never sent again;
 * - refused: a 4xx, nothing applied, and sending it again would not help
 *   (401 bad token, 403 application not authorized for the guild, 404).
 */
/** What the bot needs to reach guilds' UnbelievaBoat (config.ts). */
export interface EconomySettings {
  /** UNBELIEVABOAT_API_URL. */
  apiUrl: string;
  /** ENCRYPTION_KEY: without it no stored token can be read, and nothing is paid. */
  key?: Buffer;
  /** A 429 asking for at most this long is waited out inside the job (default 5 s, economy-pay.ts). */
  maxInlineWaitMs?: number;
}

export type EconomyAnswer =
  | { kind: 'ok'; balance: { cash: number; bank: number; total: number } }
  | { kind: 'notSent'; detail: string; retryAfterMs?: number }
  | { kind: 'unknown'; detail: string }
  | { kind: 'refused'; status: number; detail: string };

export const defaultUnbelievaBoatUrl = 'https://unbelievaboat.com/api/v1';

/** One attempt's limit: an answer later than this is taken as lost. */
const timeoutMs = 10_000;

/** Node's errors raised before a connection existed: nothing was sent. */
const beforeConnect = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function getBalance(apiUrl: string, token: string, guildId: string, userId: string, timeout?: number) {
  return call(apiUrl, token, 'GET', `/guilds/${guildId}/users/${userId}`, undefined, timeout);
}

/** Adds `amount` to the member's cash or bank (UnbelievaBoat's PATCH increments). */
export function addToBalance(
  apiUrl: string,
  token: string,
  guildId: string,
  userId: string,
  change: { balance: 'cash' | 'bank'; amount: number; reason: string },
) {
  return call(apiUrl, token, 'PATCH', `/guilds/${guildId}/users/${userId}`, {
    [change.balance]: change.amount,
    reason: change.reason,
  });
}

function call(
  apiUrl: string,
  token: string,
  method: 'GET' | 'PATCH',
  path: string,
  body?: object,
  timeout = timeoutMs,
): Promise<EconomyAnswer> {
  const target = new URL(`${apiUrl}${path}`);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const payload = body ? JSON.stringify(body) : undefined;
  return new Promise((resolve) => {
    // Only once connected can anything have reached the API: the line
    // between "surely not sent" and "unknown". No keep-alive agent, so a
    // reused socket never blurs it.
    let connected = false;
    const req = send(
      target,
      {
        method,
        agent: false,
        timeout,
        headers: {
          // UnbelievaBoat takes the bare token, no "Bearer".
          authorization: token,
          accept: 'application/json',
          'user-agent': 'rankly-rewards-bot',
          ...(payload ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          if (text.length < 10_000) text += c;
        });
        res.on('error', () => {});
        res.on('close', () => resolve(sortAnswer(status, res.headers, text)));
      },
    );
    req.on('socket', (socket) => {
      socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
        connected = true;
      });
    });
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error('no answer in time'), { code: 'ETIMEDOUT' })),
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      const what = `${err.code ?? 'error'}: ${err.message}`;
      resolve(
        !connected && (beforeConnect.has(err.code ?? '') || err.code === 'ETIMEDOUT')
          ? { kind: 'notSent', detail: `could not connect to UnbelievaBoat (${what})` }
          : { kind: 'unknown', detail: `no answer from UnbelievaBoat (${what})` },
      );
    });
    req.end(payload);
  });
}

function sortAnswer(
  status: number,
  headers: Record<string, string | string[] | undefined>,
  text: string,
): EconomyAnswer {
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {}
  const message = typeof json.message === 'string' ? `: ${json.message.slice(0, 200)}` : '';
  if (status >= 200 && status < 300) {
    // The status line says it was applied, even if the body was cut short.
    const n = (k: string) =>
      typeof json[k] === 'number' ? (json[k] as number) : Number(json[k] ?? Number.NaN);
    return { kind: 'ok', balance: { cash: n('cash'), bank: n('bank'), total: n('total') } };
  }
  if (status === 429) {
    const header = Number(headers['retry-after']);
    const retryAfterMs =
      typeof json.retry_after === 'number'
        ? json.retry_after
        : Number.isFinite(header)
          ? header * 1000
          : undefined;
    return {
      kind: 'notSent',
      detail: 'rate limited by UnbelievaBoat (429)',
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
  }
  if (status === 502 || status === 503)
    return { kind: 'notSent', detail: `UnbelievaBoat unavailable (${status})${message}` };
  if (status >= 500) return { kind: 'unknown', detail: `UnbelievaBoat answered ${status}${message}` };
  return { kind: 'refused', status, detail: refusalText(status, message) };
}

function refusalText(status: number, message: string): string {
  if (status === 401)
    return `UnbelievaBoat refused the token (401)${message}: run /setup economy with a new one`;
  if (status === 403)
    return `the UnbelievaBoat application is not authorized for this server (403)${message}: authorize it, then /setup replay`;
  return `UnbelievaBoat refused the payment (${status})${message}`;
}
