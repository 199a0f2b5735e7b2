/** The log of answered requests the tests read, and waiting until requests have arrived. */
import type { FakeDiscord, RecordedRequest } from './types.js';
import { matches } from './util.js';

export interface Recorder
  extends Pick<FakeDiscord, 'requests' | 'find' | 'waitFor' | 'maxRequestsPerSecond'> {
  record(r: RecordedRequest): void;
  /** Rejects every pending waitFor (the fake is closing). */
  failWaiters(e: Error): void;
}

export function createRecorder(): Recorder {
  const requests: RecordedRequest[] = [];
  const waiters = new Map<() => void, (e: Error) => void>(); // check -> reject

  const find: FakeDiscord['find'] = (method, path) =>
    requests.filter((r) => r.method === method.toUpperCase() && matches(path, r.path));

  return {
    requests,
    find,
    record(r) {
      // Keep arrival order even though latency makes requests complete out of order.
      let i = requests.length;
      while (i > 0 && (requests[i - 1]?.at ?? 0) > r.at) i--;
      requests.splice(i, 0, r);
      for (const check of [...waiters.keys()]) check();
    },
    failWaiters(e) {
      for (const fail of [...waiters.values()]) fail(e);
    },
    maxRequestsPerSecond() {
      const times = requests.map((r) => r.at).sort((a, b) => a - b);
      let best = 0;
      let j = 0; // start of the 1000 ms window ending at times[i]
      times.forEach((t, i) => {
        while (t - (times[j] ?? t) >= 1000) j++;
        best = Math.max(best, i - j + 1);
      });
      return best;
    },
    waitFor(method, path, count = 1, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const found = find(method, path);
          if (found.length < count) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          const seen = requests.map((r) => `${r.method} ${r.path} -> ${r.status}`).join('\n  ');
          reject(new Error(`timed out waiting for ${count}x ${method} ${path}; saw:\n  ${seen}`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.set(check, (e) => {
          cleanup();
          reject(e);
        });
        check();
      });
    },
  };
}
