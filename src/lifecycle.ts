// What main starts and later stops: chat adapters, HTTP servers, watchers; and the one way they
// all finish their work on the way out (InFlight).

export interface RunningService {
  /** For logs: `slack (socket mode)`, `discord`, `http :3000`. */
  name: string;
  /** Stop taking new work, finish what is in flight (at most DRAIN_MS), close connections. */
  stop(): Promise<void>;
}

/**
 * A setting is wrong. The message is one line naming the setting, what is wrong and what would
 * work; main prints `kube-concierge: <message>` and exits 2. (Here rather than in config.ts so
 * that the command line can be read without loading the schemas.)
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * A service could not start for a reason the operator must fix (a rejected token, a port in
 * use, an unreachable API). The message is one line naming what and how to fix it; main prints
 * `kube-concierge: <message>` and exits non-zero.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * How long stopping waits for replies in flight. Kubernetes sends SIGKILL
 * terminationGracePeriodSeconds (default 30 s) after SIGTERM, so the drain, the preStop pause in
 * deploy/ and closing connections must fit well inside that.
 */
export const DRAIN_MS = 10_000;

/**
 * The answers a service is still working on (computing and delivering), so that stopping can
 * wait for them. Adapters wrap each event's work in `track`; `stop()` calls `drain`.
 */
export class InFlight {
  private readonly work = new Set<Promise<unknown>>();
  private closed = false;

  /** False once draining began: new events are to be left alone. */
  get accepting(): boolean {
    return !this.closed;
  }

  get size(): number {
    return this.work.size;
  }

  /** Tracks `work` until it settles, and returns it. Work already started is tracked even while draining. */
  track<T>(work: Promise<T>): Promise<T> {
    this.work.add(work);
    const done = () => void this.work.delete(work);
    work.then(done, done);
    return work;
  }

  /** Resolves once nothing is in flight, including work that started meanwhile. */
  async idle(): Promise<void> {
    while (this.work.size > 0) await Promise.allSettled([...this.work]);
  }

  /** Stops accepting, then waits for the work in flight for at most `ms`; resolves to how many were abandoned. */
  async drain(ms = DRAIN_MS): Promise<number> {
    this.closed = true;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      this.idle().then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), ms);
      }),
    ]);
    clearTimeout(timer);
    return timedOut ? this.work.size : 0;
  }
}
