// What main starts and later stops: chat adapters, HTTP servers, watchers.

export interface RunningService {
  /** For logs: `slack (socket mode)`, `discord`, `http :3000`. */
  name: string;
  /** Stop taking new work, finish what is in flight, close connections. */
  stop(): Promise<void>;
}

/**
 * A service could not start for a reason the operator must fix (a rejected token, a port in
 * use, an unreachable API). The message is one line naming what and how to fix it; main prints
 * `kube-concierge: <message>` and exits non-zero.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
