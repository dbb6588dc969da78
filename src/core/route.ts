// Free text -> the command it most likely means. Each command recognises its own phrasings
// (`Command.recognize`); this module only picks the most confident one.

import type { Knowledge } from '../knowledge/index.js';
import type { Registry } from './registry.js';

/** Below this, a recognition is a guess we do not act on. */
export const ROUTE_THRESHOLD = 0.5;

/** Free text longer than this is not routed: nobody asks a question that long. */
export const MAX_ROUTED_TEXT = 2000;

export interface Route {
  /** The canonical command line to run instead of the free text. */
  command: string;
  score: number;
  /** The name of the command that recognised it. */
  name: string;
}

export function route(text: string, registry: Registry, knowledge: Knowledge): Route | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_ROUTED_TEXT) return null;
  let best: Route | null = null;
  for (const command of registry.commands) {
    const recognition = command.recognize?.(trimmed, knowledge);
    if (!recognition || recognition.score < ROUTE_THRESHOLD) continue;
    if (!best || recognition.score > best.score) best = { ...recognition, name: command.name };
  }
  return best;
}
