/**
 * Discord's OAuth2 (the dashboard's "Log in with Discord"), by the real service's rules: the
 * authorize page (which, for the user signed in to the fake, approves at once and redirects back
 * with a code), the token exchange (client secret, single-use codes that expire in 10 minutes, the
 * same redirect_uri, the PKCE verifier), and the Bearer-token routes users/@me and
 * users/@me/guilds (with each guild's permissions as Discord computes them), plus revocation.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Ctx, Reply } from './http.js';
import { apiError, reply } from './http.js';
import { userObject } from './payloads.js';
import { APPLICATION_ID, type State } from './state.js';

const ADMINISTRATOR = 1n << 3n;
/** Every permission bit Discord has today: what an owner or an Administrator is listed with. */
const ALL_PERMISSIONS = (1n << 53n) - 1n;
const CODE_TTL_MS = 10 * 60_000;
const TOKEN_TTL_S = 604_800;
const SCOPES = new Set(['identify', 'guilds', 'email', 'bot', 'applications.commands']);

export interface FakeOAuth {
  clientId: string;
  clientSecret: string;
  /** Adds a redirect URI to the application (Developer Portal → OAuth2 → Redirects). */
  addRedirectUri(uri: string): void;
  /** The user signed in to Discord in the browser: /oauth2/authorize answers for them (null: nobody). */
  signIn(userId: string | null): void;
  /** The user refuses (Cancel on Discord's page): authorize redirects back with error=access_denied. */
  denyNext(): void;
  /** A guild the bot is not in, listed in the user's users/@me/guilds with these permissions. */
  addUserGuild(
    userId: string,
    guild: { id: string; name: string; permissions: bigint; owner?: boolean },
  ): void;
  /** Access tokens that work now. */
  liveTokens(): number;
}

interface Code {
  userId: string;
  redirectUri: string;
  scopes: string[];
  challenge: string | undefined;
  expiresAt: number;
}

export function createOAuth(state: State) {
  const clientId = APPLICATION_ID;
  const clientSecret = 'fake-client-secret';
  const redirectUris = new Set<string>();
  const codes = new Map<string, Code>();
  const tokens = new Map<string, { userId: string; scopes: string[]; expiresAt: number }>();
  const extraGuilds = new Map<
    string,
    Array<{ id: string; name: string; permissions: bigint; owner?: boolean }>
  >();
  let signedIn: string | null = null;
  let deny = false;

  const oauthError = (status: number, error: string, description: string): Reply =>
    reply(status, { error, error_description: description });

  /** Client authentication: HTTP Basic, or client_id and client_secret in the form. */
  const clientOk = (ctx: Ctx, form: URLSearchParams): boolean => {
    let id: string | null | undefined = form.get('client_id');
    let secret: string | null | undefined = form.get('client_secret');
    const basic = /^Basic (.+)$/.exec(ctx.authorization ?? '');
    if (basic)
      [id, secret] = Buffer.from(basic[1] as string, 'base64')
        .toString('utf8')
        .split(':');
    return id === clientId && secret === clientSecret;
  };

  const formOf = (ctx: Ctx) => new URLSearchParams(typeof ctx.body === 'string' ? ctx.body : '');

  function authorize(ctx: Ctx): Reply {
    const q = ctx.query;
    const redirect = q.get('redirect_uri') ?? '';
    if (q.get('client_id') !== clientId) return reply(400, 'Unknown application');
    // Discord shows an error page (no redirect) for a redirect_uri the application did not register.
    if (!redirectUris.has(redirect)) return reply(400, 'Invalid OAuth2 redirect_uri');
    const back = (params: Record<string, string>) => {
      const url = new URL(redirect);
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      const st = q.get('state');
      if (st !== null) url.searchParams.set('state', st);
      return { status: 302, headers: { Location: url.toString() } };
    };
    if (q.get('response_type') !== 'code') return back({ error: 'unsupported_response_type' });
    const scopes = (q.get('scope') ?? '').split(/[ +]/).filter(Boolean);
    if (scopes.length === 0 || scopes.some((s) => !SCOPES.has(s))) return back({ error: 'invalid_scope' });
    const challenge = q.get('code_challenge') ?? undefined;
    if (challenge && q.get('code_challenge_method') !== 'S256') return back({ error: 'invalid_request' });
    if (!signedIn) return reply(401, 'Log in to Discord first');
    if (deny) {
      deny = false;
      return back({ error: 'access_denied' });
    }
    const code = randomBytes(15).toString('base64url');
    codes.set(code, {
      userId: signedIn,
      redirectUri: redirect,
      scopes,
      challenge,
      expiresAt: Date.now() + CODE_TTL_MS,
    });
    return back({ code });
  }

  function token(ctx: Ctx): Reply {
    const form = formOf(ctx);
    if (!clientOk(ctx, form)) return oauthError(401, 'invalid_client', 'Invalid client');
    if (form.get('grant_type') !== 'authorization_code')
      return oauthError(400, 'unsupported_grant_type', 'Unsupported grant type');
    const code = codes.get(form.get('code') ?? '');
    // A code works once: used, it is gone.
    codes.delete(form.get('code') ?? '');
    if (!code || code.expiresAt < Date.now())
      return oauthError(400, 'invalid_grant', 'Invalid "code" in request.');
    if (form.get('redirect_uri') !== code.redirectUri)
      return oauthError(400, 'invalid_grant', 'Invalid "redirect_uri" in request.');
    if (code.challenge) {
      const verifier = form.get('code_verifier') ?? '';
      const s256 = createHash('sha256').update(verifier, 'ascii').digest('base64url');
      if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || s256 !== code.challenge)
        return oauthError(400, 'invalid_grant', 'Invalid "code_verifier"');
    }
    const access = randomBytes(20).toString('base64url');
    tokens.set(access, {
      userId: code.userId,
      scopes: code.scopes,
      expiresAt: Date.now() + TOKEN_TTL_S * 1000,
    });
    return reply(200, {
      access_token: access,
      token_type: 'Bearer',
      expires_in: TOKEN_TTL_S,
      refresh_token: randomBytes(20).toString('base64url'),
      scope: code.scopes.join(' '),
    });
  }

  function revoke(ctx: Ctx): Reply {
    const form = formOf(ctx);
    if (!clientOk(ctx, form)) return oauthError(401, 'invalid_client', 'Invalid client');
    tokens.delete(form.get('token') ?? '');
    return reply(200, {});
  }

  function userGuilds(userId: string) {
    const listed = [...state.guilds.values()]
      .filter((g) => g.members.has(userId))
      .map((g) => {
        let perms = BigInt(g.roles.get(g.id)?.permissions ?? '0');
        for (const r of g.members.get(userId)?.roles ?? [])
          perms |= BigInt(g.roles.get(r)?.permissions ?? '0');
        const owner = g.ownerId === userId;
        if (owner || perms & ADMINISTRATOR) perms = ALL_PERMISSIONS;
        return {
          id: g.id,
          name: g.name,
          icon: null,
          banner: null,
          owner,
          permissions: String(perms),
          features: [],
        };
      });
    const extra = (extraGuilds.get(userId) ?? []).map((g) => ({
      id: g.id,
      name: g.name,
      icon: null,
      banner: null,
      owner: g.owner ?? false,
      permissions: String(g.owner ? ALL_PERMISSIONS : g.permissions),
      features: [],
    }));
    return [...listed, ...extra];
  }

  /** Bearer-token requests; undefined for any other request (the bot's routes answer those). */
  function bearer(ctx: Ctx): Reply | undefined {
    const m = /^Bearer (.+)$/.exec(ctx.authorization ?? '');
    if (!m) return undefined;
    const t = tokens.get(m[1] as string);
    if (!t || t.expiresAt < Date.now()) return apiError(401, 0, '401: Unauthorized');
    if (ctx.method === 'GET' && ctx.path === '/users/@me') {
      if (!t.scopes.includes('identify')) return apiError(401, 0, '401: Unauthorized');
      return reply(200, userObject(t.userId));
    }
    if (ctx.method === 'GET' && ctx.path === '/users/@me/guilds') {
      if (!t.scopes.includes('guilds')) return apiError(403, 50001);
      return reply(200, userGuilds(t.userId));
    }
    return apiError(401, 0, '401: Unauthorized');
  }

  const api: FakeOAuth = {
    clientId,
    clientSecret,
    addRedirectUri: (uri) => void redirectUris.add(uri),
    signIn(userId) {
      signedIn = userId;
    },
    denyNext() {
      deny = true;
    },
    addUserGuild(userId, guild) {
      extraGuilds.set(userId, [...(extraGuilds.get(userId) ?? []), guild]);
    },
    liveTokens: () => [...tokens.values()].filter((t) => t.expiresAt > Date.now()).length,
  };

  return {
    api,
    /** A page outside the API (the browser's side): only /oauth2/authorize. */
    page: (ctx: Ctx): Reply | undefined =>
      ctx.method === 'GET' && ctx.path === '/oauth2/authorize' ? authorize(ctx) : undefined,
    /** An API request OAuth2 answers (token, revoke, Bearer routes); undefined for the bot's. */
    api_request(ctx: Ctx): Reply | undefined {
      if (ctx.method === 'POST' && ctx.path === '/oauth2/token') return token(ctx);
      if (ctx.method === 'POST' && ctx.path === '/oauth2/token/revoke') return revoke(ctx);
      return bearer(ctx);
    },
  };
}
