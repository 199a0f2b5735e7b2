import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { secretMatches } from '../secrets.js';

/**
 * The browser-facing rules of the dashboard: its cookies, the CSRF check
 * of every state-changing request, and the security headers.
 */

export interface CookieNames {
  session: string;
  login: string;
}

/** `__Host-` cookies (HTTPS only) cannot be set by a sibling subdomain nor scoped to another path. */
export function cookieNames(secure: boolean): CookieNames {
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}rankly_session`, login: `${prefix}rankly_login` };
}

export function cookieOptions(secure: boolean, expires?: Date) {
  return {
    path: '/',
    httpOnly: true,
    // Lax: the cookie goes with the top-level GET back from Discord, never with another site's POST.
    sameSite: 'lax' as const,
    secure,
    ...(expires ? { expires } : {}),
  };
}

/**
 * A POST is accepted only from our own pages: its Origin (or, where a
 * browser sends none, its Referer) must be PUBLIC_URL's, and its `_csrf`
 * field must be the session's token (compared in constant time). Either
 * alone would do against today's browsers; both cost nothing.
 */
export function csrfProblem(
  request: FastifyRequest,
  publicOrigin: string,
  sessionToken: string | undefined,
): string | null {
  const origin = request.headers.origin ?? originOf(request.headers.referer);
  if (origin !== publicOrigin) return 'This form was not sent from the dashboard’s own page.';
  const body = request.body as Record<string, unknown> | undefined;
  const token = typeof body?._csrf === 'string' ? body._csrf : undefined;
  if (!sessionToken || !secretMatches(token, sessionToken))
    return 'This form has expired. Go back, reload the page and try again.';
  return null;
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Security headers of every dashboard answer, set by hand rather than by a
 * plugin so the webhook routes beside it stay exactly as they were. The CSP
 * allows no inline script and no script at all but our own files; pages
 * are never framed, cached or sniffed.
 */
export function securityHeaders(app: FastifyInstance, secure: boolean): void {
  app.addHook('onSend', async (_request: FastifyRequest, reply: FastifyReply) => {
    reply.header(
      'content-security-policy',
      [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        // The live preview's fetch (preview-script.ts), to our own origin only.
        "connect-src 'self'",
        "img-src 'self' data:",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        ...(secure ? ['upgrade-insecure-requests'] : []),
      ].join('; '),
    );
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    if (secure) reply.header('strict-transport-security', 'max-age=31536000');
    if (!reply.getHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
