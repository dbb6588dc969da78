import { describe, expect, it } from 'vitest';
import { afterAcks } from '../../src/adapters/slack/after-acks.js';

describe('afterAcks', () => {
  it('starts queued jobs in order, one per turn of the event loop, none in the current one', async () => {
    const later = afterAcks();
    const order: string[] = [];
    const job = (name: string) => async () => {
      order.push(name);
    };
    const done = Promise.all([later(job('a')), later(job('b')), later(job('c'))]);
    // Queued after the first job's turn was scheduled: it runs between the jobs, as I/O would.
    setImmediate(() => order.push('other'));
    order.push('now');
    await done;
    expect(order).toEqual(['now', 'a', 'other', 'b', 'c']);
  });

  it('settles with its job, and a failing job does not stop the ones after it', async () => {
    const later = afterAcks();
    const thrown = later(() => {
      throw new Error('sync');
    });
    const rejected = later(() => Promise.reject(new Error('async')));
    const fine = later(async () => {});
    await expect(thrown).rejects.toThrow('sync');
    await expect(rejected).rejects.toThrow('async');
    await expect(fine).resolves.toBeUndefined();
  });
});
