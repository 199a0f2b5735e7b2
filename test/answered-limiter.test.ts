import { describe, expect, it } from 'vitest';
import { answeredLimiter } from '../src/discord/answered-limiter.js';

describe('answeredLimiter', () => {
  it('keeps arrivals within the limit in every window, however late each request arrives', async () => {
    const windowMs = 100;
    const arrivals: number[] = [];
    // Each request "arrives" somewhere between its send and its answer,
    // up to 60 ms late (more than half the window), in random order.
    const send = async () => {
      const lateness = Math.random() * 60;
      await new Promise((r) => setTimeout(r, lateness));
      arrivals.push(performance.now());
      await new Promise((r) => setTimeout(r, Math.random() * 20));
    };
    const limited = answeredLimiter(5, send, windowMs);
    await Promise.all(Array.from({ length: 60 }, () => limited()));
    arrivals.sort((a, b) => a - b);
    let densest = 0;
    for (const [i, t] of arrivals.entries())
      densest = Math.max(densest, arrivals.filter((a, j) => j >= i && a < t + windowMs).length);
    expect(arrivals).toHaveLength(60);
    expect(densest).toBeLessThanOrEqual(5);
  });

  it('frees a slot after a failed request too', async () => {
    const limited = answeredLimiter(
      1,
      async (fail: boolean) => {
        if (fail) throw new Error('refused');
        return 'ok';
      },
      10,
    );
    await expect(limited(true)).rejects.toThrow('refused');
    await expect(limited(false)).resolves.toBe('ok');
  });
});
