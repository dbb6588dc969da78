// Answer work yields to acknowledgements. Slack waits on the ack (3 s, and the user sees nothing
// until it arrives), not on the answer; but an answer computed in the same turn of the event loop
// as its ack delays the acks of every request that arrived meanwhile. So answers start here, one
// per turn: setImmediate runs after the poll phase, so the requests ready by then are read,
// verified and acknowledged before the next answer starts (nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick).

/** Starts `job` in a later turn of the event loop, after the jobs queued before it; settles when it does. */
export type AfterAcks = (job: () => Promise<void>) => Promise<void>;

export function afterAcks(): AfterAcks {
  const queue: (() => void)[] = [];
  let scheduled = false;
  const next = () => {
    const start = queue.shift();
    scheduled = queue.length > 0;
    if (scheduled) setImmediate(next);
    start?.();
  };
  return (job) =>
    new Promise<void>((resolve, reject) => {
      queue.push(() => {
        try {
          job().then(resolve, reject);
        } catch (error) {
          reject(error);
        }
      });
      if (!scheduled) {
        scheduled = true;
        setImmediate(next);
      }
    });
}
