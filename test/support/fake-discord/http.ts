/** What a REST request and its answer are inside the fake, and how request bodies are read. */
import type { IncomingMessage } from 'node:http';
import type { Json, UploadedFile } from './types.js';

/** Discord's own messages for the error codes the fake answers with. */
export const ERROR_MESSAGES: Record<number, string> = {
  0: 'General error',
  10003: 'Unknown Channel',
  10004: 'Unknown Guild',
  10007: 'Unknown Member',
  10008: 'Unknown Message',
  10011: 'Unknown Role',
  10062: 'Unknown interaction',
  40060: 'Interaction has already been acknowledged.',
  50001: 'Missing Access',
  50007: 'Cannot send messages to this user',
  50013: 'Missing Permissions',
  50027: 'Invalid Webhook Token',
  50035: 'Invalid Form Body',
};

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A message create answered from an earlier one with the same nonce (enforce_nonce). */
  replayed?: boolean;
}
export type Outcome = Reply | { kind: 'timeout' | 'reset' };
export interface Ctx {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** The Authorization header (OAuth2 routes read Basic and Bearer credentials from it). */
  authorization?: string;
}
/** `p` are the route's capture groups ('' when an optional group did not match). */
export type Params = [string, string, string];
export type Handler = (p: Params, ctx: Ctx) => Reply;

export const reply = (status: number, body?: unknown): Reply => ({ status, body });
export const apiError = (status: number, code: number, message = ERROR_MESSAGES[code] ?? 'Error'): Reply =>
  reply(status, { message, code });

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A multipart/form-data body's parts (headers, content); undefined for any other body. */
function multipartParts(
  raw: Buffer,
  contentType: string,
): Array<{ head: string; content: string }> | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!contentType.startsWith('multipart/form-data') || !boundary) return undefined;
  const parts: Array<{ head: string; content: string }> = [];
  // latin1 keeps binary file bytes 1:1 so splitting on the boundary is safe.
  for (const part of raw.toString('latin1').split(`--${boundary[1] ?? boundary[2]}`)) {
    const sep = part.indexOf('\r\n\r\n');
    if (sep < 0) continue;
    parts.push({ head: part.slice(0, sep), content: part.slice(sep + 4).replace(/\r\n$/, '') });
  }
  return parts;
}

/** The file parts of a multipart/form-data body, bytes intact. */
export function parseUploads(raw: Buffer, contentType = ''): UploadedFile[] | undefined {
  const parts = multipartParts(raw, contentType);
  if (!parts) return undefined;
  const uploads: UploadedFile[] = [];
  for (const { head, content } of parts) {
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (filename === undefined) continue;
    uploads.push({
      field: /name="([^"]*)"/.exec(head)?.[1] ?? '',
      filename,
      contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1],
      data: Buffer.from(content, 'latin1'),
    });
  }
  return uploads;
}

/** JSON, or for multipart/form-data (discord.js with files) the parsed payload_json plus `files: [names]`. */
export function parseBody(raw: Buffer, contentType = ''): unknown {
  if (raw.length === 0) return null;
  const parts = multipartParts(raw, contentType);
  if (parts) {
    const body: Json = {};
    const files: string[] = [];
    for (const { head, content } of parts) {
      const filename = /filename="([^"]*)"/.exec(head)?.[1];
      if (filename !== undefined) files.push(filename);
      else if (/name="payload_json"/.test(head)) {
        try {
          Object.assign(body, JSON.parse(Buffer.from(content, 'latin1').toString('utf8')));
        } catch {
          /* keep going */
        }
      }
    }
    return { ...body, files };
  }
  const text = raw.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
