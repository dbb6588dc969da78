// InFlight: the one way every adapter finishes its answers when it stops.
import { describe, expect, it, vi } from 'vitest';
import { InFlight } from '../src/lifecycle.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('InFlight', () => {
  it('drain stops accepting and waits for the work in flight, including work it started meanwhile', async () => {
    const inFlight = new InFlight();
    const first = deferred();
    const second = deferred();
    void inFlight.track(first.promise.then(() => void inFlight.track(second.promise)));
    expect(inFlight.size).toBe(1);
    let drained: number | undefined;
    const draining = inFlight.drain().then((n) => (drained = n));
    expect(inFlight.accepting).toBe(false);
    first.resolve();
    await first.promise;
    await Promise.resolve();
    expect(drained).toBeUndefined();
    second.resolve();
    await draining;
    expect(drained).toBe(0);
    expect(inFlight.size).toBe(0);
  });

  it('gives up after the bound and says how much was abandoned; a rejection counts as done', async () => {
    vi.useFakeTimers();
    try {
      const inFlight = new InFlight();
      void inFlight.track(new Promise(() => {}));
      void inFlight.track(Promise.reject(new Error('failed'))).catch(() => {});
      const draining = inFlight.drain(5000);
      await vi.advanceTimersByTimeAsync(5000);
      expect(await draining).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
