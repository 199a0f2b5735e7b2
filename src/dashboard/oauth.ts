import { z } from 'zod';

/**
 * Discord's OAuth2 endpoints, as the dashboard uses them: the authorization
 * code flow with PKCE (S256) and `state`, scopes `identify guilds`. The
 * client secret and the tokens travel only between this process and
 * Discord; the browser sees the authorize URL and the code.
 */
export const oauthScopes = 'identify guilds';

export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  /** `<PUBLIC_URL>/dashboard/callback`: registered in the Developer Portal, sent on both legs. */
  redirectUri: string;
  /** DISCORD_API_URL (Discord's `https://discord.com/api` by default). */
  apiUrl: string;
}

const tokenAnswer = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number(),
  scope: z.string(),
});
const user = z.object({
  id: z.string(),
  username: z.string(),
  global_name: z.string().nullable().optional(),
});
const partialGuild = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.boolean().optional(),
  permissions: z.string(),
});

export type DiscordUser = z.infer<typeof user>;
export type UserGuild = { id: string; name: string; owner: boolean; permissions: string };

/** Discord refused the code (expired, used, wrong verifier) or was unreachable: the user logs in again. */
export class OAuthFailed extends Error {
  override name = 'OAuthFailed';
}

/** The authorize page is on Discord's site, beside (not under) its API: `https://discord.com/oauth2/authorize`. */
export function authorizeUrl(s: OAuthSettings, state: string, challenge: string): string {
  const base = new URL(s.apiUrl.replace(/\/api\/?$/, '/'));
  const url = new URL('oauth2/authorize', base);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: s.clientId,
    scope: oauthScopes,
    redirect_uri: s.redirectUri,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    prompt: 'none',
  }).toString();
  return url.toString();
}

const api = (s: OAuthSettings, path: string) => `${s.apiUrl.replace(/\/$/, '')}/v10${path}`;

async function call<T>(what: string, request: Promise<Response>, schema: z.ZodType<T>): Promise<T> {
  let response: Response;
  try {
    response = await request;
  } catch {
    throw new OAuthFailed(`Discord could not be reached (${what})`);
  }
  // Discord's OAuth2 errors are `{ error, error_description }`; neither holds a secret.
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new OAuthFailed(`Discord refused ${what}: ${response.status} ${body.error ?? ''}`.trim());
  }
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new OAuthFailed(`Discord's answer to ${what} was not understood`);
  return parsed.data;
}

const timeout = () => AbortSignal.timeout(10_000);

/** Trades the callback's code (with the PKCE verifier) for an access token. */
export function exchangeCode(s: OAuthSettings, code: string, verifier: string) {
  return call(
    'the login code',
    fetch(api(s, '/oauth2/token'), {
      method: 'POST',
      signal: timeout(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${s.clientId}:${s.clientSecret}`).toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: s.redirectUri,
        code_verifier: verifier,
      }),
    }),
    tokenAnswer,
  );
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export function fetchUser(s: OAuthSettings, token: string): Promise<DiscordUser> {
  return call('the user', fetch(api(s, '/users/@me'), { headers: bearer(token), signal: timeout() }), user);
}

export async function fetchUserGuilds(s: OAuthSettings, token: string): Promise<UserGuild[]> {
  const list = await call(
    'the guild list',
    fetch(api(s, '/users/@me/guilds'), { headers: bearer(token), signal: timeout() }),
    z.array(partialGuild),
  );
  return list.map((g) => ({ id: g.id, name: g.name, owner: g.owner ?? false, permissions: g.permissions }));
}

/** Logout: Discord forgets the token too. Best effort: the session is gone either way. */
export async function revokeToken(s: OAuthSettings, token: string): Promise<void> {
  await fetch(api(s, '/oauth2/token/revoke'), {
    method: 'POST',
    signal: timeout(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${s.clientId}:${s.clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ token, token_type_hint: 'access_token' }),
  }).catch(() => undefined);
}
