// Every Discord button carries the full canonical command it runs, with no state kept anywhere:
// a button pressed after a restart, or on another replica, still works.
//
// A custom_id holds at most 100 characters, so the command travels in one of four carriers,
// chosen in this order by the renderer (the first that fits):
//
//   <action><carrier>[n]:<payload>
//   action   r = run the command (private answer), s = share: run it again publicly
//   carrier  c = payload is the command itself (one line, fits in 100 characters)
//            z = payload is the command deflated (raw DEFLATE) and base64url-encoded
//            e = payload is k: the command is in embed k of the same message, shown as a code
//                block ("Button “Label” runs: …"); a button interaction includes its message
//            f = payload is k: the command is in attachment `command-k.txt` of the same message
//                (for commands too long even for an embed)
//   n        an optional counter that keeps two buttons with the same command unique, as Discord
//            requires custom_ids to be within a message
//
// Decoding is the exact inverse; `resolveButton` reads embeds and files from the message the
// button belongs to. Commands are well-formed Unicode (they come from Discord text or the core).

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { APIEmbed } from 'discord.js';
import { CUSTOM_ID_MAX, EMBED_DESCRIPTION_MAX, EMBED_TITLE_MAX } from './limits.js';

export type ButtonAction = 'run' | 'share';
type Carrier = 'c' | 'z' | 'e' | 'f';

const ACTION_CODE: Record<ButtonAction, string> = { run: 'r', share: 's' };
const CUSTOM_ID = /^([rs])([czef])(\d*):(.*)$/s;
// Control characters (a newline in a pasted body, for instance) stay out of plain custom_ids.
const CONTROL = /\p{Cc}/u;
const FENCE_OPEN = '```\n';
const FENCE_CLOSE = '\n```';

function prefix(action: ButtonAction, carrier: Carrier, counter: number): string {
  return `${ACTION_CODE[action]}${carrier}${counter > 0 ? counter : ''}:`;
}

export function compress(command: string): string {
  return deflateRawSync(Buffer.from(command, 'utf8'), { level: 9 }).toString('base64url');
}

function decompress(payload: string): string | null {
  try {
    return inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8');
  } catch {
    return null;
  }
}

/**
 * The custom_id for a command carried inside the id itself (carriers c and z), or null when
 * even the compressed form is longer than 100 characters. `taken` holds the ids already used in
 * the message; a counter is added until the id is unique.
 */
export function inlineCustomId(action: ButtonAction, command: string, taken: ReadonlySet<string>): string | null {
  const unique = (carrier: Carrier, payload: string): string | null => {
    for (let counter = 0; ; counter++) {
      const id = prefix(action, carrier, counter) + payload;
      if (id.length > CUSTOM_ID_MAX) return null;
      if (!taken.has(id)) return id;
    }
  };
  const plain = CONTROL.test(command) ? null : unique('c', command);
  return plain ?? unique('z', compress(command));
}

export function embedCustomId(action: ButtonAction, embedIndex: number): string {
  return prefix(action, 'e', 0) + String(embedIndex);
}

export function fileCustomId(action: ButtonAction, fileNumber: number): string {
  return prefix(action, 'f', 0) + String(fileNumber);
}

export function commandFileName(fileNumber: number): string {
  return `command-${fileNumber}.txt`;
}

/**
 * The embed that carries a command for an `e` button, or null when the command cannot be shown
 * in one: it contains a code fence or is longer than an embed description allows.
 */
export function commandEmbed(label: string, command: string): APIEmbed | null {
  if (command.includes('```')) return null;
  const description = FENCE_OPEN + command + FENCE_CLOSE;
  if (description.length > EMBED_DESCRIPTION_MAX) return null;
  const title = `Button “${label}” runs:`;
  return { title: title.length <= EMBED_TITLE_MAX ? title : `${title.slice(0, EMBED_TITLE_MAX - 1)}…`, description };
}

/** The characters an embed counts towards the 6000-character total of its message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Where a button's command is, as read from its custom_id. */
export type ButtonRef =
  | { action: ButtonAction; command: string }
  | { action: ButtonAction; embed: number }
  | { action: ButtonAction; file: string };

/** Reads a custom_id; null when it is not one of ours or is damaged. */
export function parseCustomId(customId: string): ButtonRef | null {
  const match = CUSTOM_ID.exec(customId);
  if (!match) return null;
  const action: ButtonAction = match[1] === 's' ? 'share' : 'run';
  const payload = match[4] as string;
  switch (match[2] as Carrier) {
    case 'c':
      return { action, command: payload };
    case 'z': {
      const command = decompress(payload);
      return command === null ? null : { action, command };
    }
    case 'e':
      return /^\d{1,2}$/.test(payload) ? { action, embed: Number(payload) } : null;
    case 'f':
      return /^\d{1,2}$/.test(payload) ? { action, file: commandFileName(Number(payload)) } : null;
  }
}

/** The command inside a command embed's description, or null if it is not one. */
export function commandFromEmbed(embed: { description?: string | null } | undefined): string | null {
  const description = embed?.description;
  if (!description || !description.startsWith(FENCE_OPEN) || !description.endsWith(FENCE_CLOSE)) return null;
  if (description.length < FENCE_OPEN.length + FENCE_CLOSE.length) return null;
  return description.slice(FENCE_OPEN.length, description.length - FENCE_CLOSE.length);
}

/** What a button's message offers to `resolveButton`. */
export interface ButtonMessage {
  embeds: readonly ({ description?: string | null } | undefined)[];
  /** The text of the attachment with this name, or undefined when there is none. */
  readFile(name: string): Promise<string | undefined>;
}

/** The action and full command of a pressed button, or null when it cannot be recovered. */
export async function resolveButton(
  customId: string,
  message: ButtonMessage,
): Promise<{ action: ButtonAction; command: string } | null> {
  const ref = parseCustomId(customId);
  if (ref === null) return null;
  if ('command' in ref) return ref;
  if ('embed' in ref) {
    const command = commandFromEmbed(message.embeds[ref.embed]);
    return command === null ? null : { action: ref.action, command };
  }
  const command = await message.readFile(ref.file);
  return command === undefined ? null : { action: ref.action, command };
}
