// A start-up shortcut for the built-in folder: `npm run build` validates knowledge/ and writes
// the result beside the compiled code with a fingerprint of every file's bytes. At start-up the
// loader still reads every built-in file; when the fingerprint matches, those exact bytes were
// validated by this same build and the parsed result is reused (JSON), skipping YAML parsing and
// schema checks. Any difference (an edited file, a new one, another build) means full validation.
// Team overlays are always validated in full.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayName, type SourceFile } from './source.js';
import type { Topic } from './topics.js';

/** Bumped when the shape of a Topic changes, so an old snapshot is never reused. */
const SNAPSHOT_VERSION = 1;

export const SNAPSHOT_FILE = fileURLToPath(new URL('../knowledge.snapshot.json', import.meta.url));

interface Snapshot {
  version: number;
  fingerprint: string;
  topics: (Omit<Topic, 'file'> & { file: string })[];
}

export function fingerprint(sources: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  hash.update(String(SNAPSHOT_VERSION));
  for (const s of sources) hash.update(`\0${basename(s.name)}\0${s.text}`);
  return hash.digest('hex');
}

/** The validated topics for exactly these files, if this build saved them; otherwise null. */
export function readSnapshot(dir: string, sources: readonly SourceFile[], file = SNAPSHOT_FILE): Topic[] | null {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  } catch {
    return null;
  }
  if (snapshot.version !== SNAPSHOT_VERSION || snapshot.fingerprint !== fingerprint(sources)) return null;
  // Messages name files as seen from where the bot runs now.
  return snapshot.topics.map((t) => ({ ...t, file: displayName(join(dir, 'topics', t.file)), front: { ...t.front, file: displayName(join(dir, 'topics', t.file)) } }));
}

export function writeSnapshot(sources: readonly SourceFile[], topics: readonly Topic[], file = SNAPSHOT_FILE): void {
  const snapshot: Snapshot = {
    version: SNAPSHOT_VERSION,
    fingerprint: fingerprint(sources),
    topics: topics.map((t) => ({ ...t, file: basename(t.file) })),
  };
  writeFileSync(file, JSON.stringify(snapshot));
}
