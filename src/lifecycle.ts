// What main starts and later stops: chat adapters, HTTP servers, watchers.

export interface RunningService {
  /** For logs: `slack (socket mode)`, `discord`, `http :3000`. */
  name: string;
  /** Stop taking new work, finish what is in flight, close connections. */
  stop(): Promise<void>;
}
