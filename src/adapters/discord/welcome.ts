// Greeting newcomers on Discord, once per person per onboarding channel, keeping as little as
// possible. Discord has no "joined this channel" event (channel access is a matter of
// permissions), so a newcomer is recognised from what every message already carries:
//
// - a new member: MESSAGE_CREATE includes the author's guild member with `joined_at`; someone who
//   joined the server within NEW_MEMBER_WINDOW_MS of their message is new. No API call, no
//   privileged intent.
// - not greeted yet here: a bounded, in-memory set of salted SHA-256 hashes of (user, channel),
//   each forgotten once the window has passed (after that the joined-at check says "not new"
//   anyway). The salt is random per process, so the set holds no user id and cannot be matched
//   against a list of ids. A restart forgets it: a member who joined within the window and writes
//   again after a restart is greeted a second time, the price of storing nothing.
//
// With `welcome.discordMemberJoin` (privileged Server Members intent), guildMemberAdd greets at
// once in the server's onboarding channels and records the greeting in the same set.

import { createHash, randomBytes } from 'node:crypto';

/** How long after joining the server a member's first message in an onboarding channel is greeted. */
export const NEW_MEMBER_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
/** Most greetings remembered at once (each entry is a 22-character hash and a number). */
export const GREETINGS_REMEMBERED_MAX = 10_000;

/** Whether a member who joined at `joinedAt` is still new when writing at `messageAt` (epoch ms). */
export function isNewMember(joinedAt: number | null | undefined, messageAt: number, windowMs = NEW_MEMBER_WINDOW_MS): boolean {
  return typeof joinedAt === 'number' && Number.isFinite(joinedAt) && messageAt - joinedAt <= windowMs;
}

export class RecentGreetings {
  private readonly salt = randomBytes(16);
  /** Hash -> when it may be forgotten; insertion order is expiry order (one TTL for all). */
  private readonly greeted = new Map<string, number>();

  constructor(
    private readonly ttlMs = NEW_MEMBER_WINDOW_MS,
    private readonly max = GREETINGS_REMEMBERED_MAX,
    private readonly now: () => number = Date.now,
  ) {}

  /** True (and remembered) the first time this person is greeted in this channel; false after. */
  claim(user: string, channel: string): boolean {
    const now = this.now();
    for (const [key, expires] of this.greeted) {
      if (expires > now) break;
      this.greeted.delete(key);
    }
    const key = createHash('sha256').update(this.salt).update(`${user}\0${channel}`).digest('base64url').slice(0, 22);
    if (this.greeted.has(key)) return false;
    this.greeted.set(key, now + this.ttlMs);
    if (this.greeted.size > this.max) this.greeted.delete(this.greeted.keys().next().value as string);
    return true;
  }

  get size(): number {
    return this.greeted.size;
  }
}
