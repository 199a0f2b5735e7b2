/**
 * True when an error means "the database cannot be reached right now"
 * rather than "this request is wrong": such failures answer 503 so Rankly
 * retries, and fail a job so the queue retries it.
 */
const unavailableCodes = new Set([
  'P1001', // can't reach database server
  'P1002', // database server timed out
  'P1008', // operation timed out
  'P1017', // server closed the connection
  'P2024', // timed out fetching a connection from the pool
  'P2037', // too many connections
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);

const unavailableMessages =
  /Connection terminated|connection (is )?closed|Can't reach database|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery)|is not currently accepting connections|terminating connection/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    const candidate = e as {
      code?: unknown;
      name?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: unknown;
    };
    if (
      typeof candidate.code === 'string' &&
      (unavailableCodes.has(candidate.code) || candidate.code.startsWith('08'))
    ) {
      return true;
    }
    if (candidate.name === 'PrismaClientInitializationError') return true;
    if (typeof candidate.message === 'string' && unavailableMessages.test(candidate.message)) return true;
    const driverError = (candidate.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
    e = driverError ?? candidate.cause;
  }
  return false;
}

/**
 * True for Postgres "data exception" errors (class 22: a NUL in text, a
 * date out of range, ...): the input can never be stored, so it is a 400,
 * not a 5xx that Rankly would retry forever.
 */
export function isInvalidData(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    const candidate = e as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: unknown };
    for (const code of [candidate.code, candidate.originalCode]) {
      if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
    }
    const driverError = (candidate.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
    e = driverError ?? candidate.cause;
  }
  return false;
}
