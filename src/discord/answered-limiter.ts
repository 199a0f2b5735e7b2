/**
 * A limit of `limit` requests in any second of their arrival at Discord,
 * however late each one arrives. A request holds one of `limit` slots from
 * the moment it is sent until a second after its answer: it reached Discord
 * somewhere between the two, so every request that arrived within one
 * second was holding a slot at that second's end, and there are only
 * `limit` of them. A limiter that counts send times instead (p-throttle)
 * is wrong by how late a request arrives, which in a busy process is more
 * than its headroom (seen: 11 of 10 in a second through the Discord proxy).
 * It costs the round trip: `limit` requests per (1 s + round trip).
 */
export function answeredLimiter<A extends unknown[], R>(
  limit: number,
  send: (...args: A) => Promise<R>,
  windowMs = 1_000,
): (...args: A) => Promise<R> {
  let free = limit;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return async (...args: A) => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await send(...args);
    } finally {
      setTimeout(release, windowMs).unref();
    }
  };
}
