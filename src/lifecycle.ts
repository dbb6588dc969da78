// What main starts and later stops: chat adapters, HTTP servers, watchers.

export interface RunningService {
  /** For logs: `slack (socket mode)`, `discord`, `http :3000`. */
  name: string;
  /** Stop taking new work, finish what is in flight, close connections. */
  stop(): Promise<void>;
}

/**
 * A service could not start for a reason outside the configuration (the platform unreachable,
 * for instance). Its message is one line for the person starting the bot; main prints it and
 * exits non-zero.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
