// A start-up shortcut for the built-in folder: `npm run build` validates knowledge/ (the topics
// and the decision tree) and writes the result beside the compiled code with a fingerprint of
// every file's bytes. At start-up the loader still reads every built-in file; when the
// fingerprint matches, those exact bytes were validated by this same build and the parsed result
// is reused (JSON), skipping YAML parsing and schema checks, the cross-reference check (when
// there is no overlay), the search fields' term analysis and the tree's graph checks. Any
// difference (an edited file, a new one, another build) means full validation of everything.
// Team overlays are always validated in full.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayName, type SourceFile } from './source.js';
import { searchTermsOf } from './search.js';
import type { Topic } from './topics.js';
import type { TreeData } from './tree.js';

/** Bumped when the shape of a Topic changes, so an old snapshot is never reused. */
const SNAPSHOT_VERSION = 3;

export const SNAPSHOT_FILE = fileURLToPath(new URL('../knowledge.snapshot.json', import.meta.url));

interface Snapshot {
  version: number;
  fingerprint: string;
  topics: (Omit<Topic, 'file'> & { file: string })[];
  /** Every topic name's key -> topic id, as checkTopicSet built it for the built-in set. */
  names: [string, string][];
  tree: TreeData;
}

export interface SavedKnowledge {
  topics: Topic[];
  names: Map<string, string>;
  tree: TreeData;
}

export function fingerprint(sources: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  hash.update(String(SNAPSHOT_VERSION));
  for (const s of sources) hash.update(`\0${basename(s.name)}\0${s.text}`);
  return hash.digest('hex');
}

/** The validated topics and tree for exactly these files (topics and tree.yaml), if this build saved them; otherwise null. */
export function readSnapshot(dir: string, sources: readonly SourceFile[], file = SNAPSHOT_FILE): SavedKnowledge | null {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  } catch {
    return null;
  }
  if (snapshot.version !== SNAPSHOT_VERSION || snapshot.fingerprint !== fingerprint(sources)) return null;
  // Messages name files as seen from where the bot runs now.
  const topics = snapshot.topics.map((t) => {
    const shown = displayName(join(dir, 'topics', t.file));
    return { ...t, file: shown, front: { ...t.front, file: shown } };
  });
  return { topics, names: new Map(snapshot.names), tree: snapshot.tree };
}

/** Saves what the build validated; `sources` are every file it read (topics and tree.yaml). */
export function writeSnapshot(
  sources: readonly SourceFile[],
  topics: readonly Topic[],
  names: ReadonlyMap<string, string>,
  tree: TreeData,
  file = SNAPSHOT_FILE,
): void {
  const snapshot: Snapshot = {
    version: SNAPSHOT_VERSION,
    fingerprint: fingerprint(sources),
    // The analysed search fields too, so that the first question does not redo the analysis.
    topics: topics.map((t) => ({ ...t, file: basename(t.file), searchTerms: searchTermsOf(t) })),
    names: [...names],
    tree,
  };
  writeFileSync(file, JSON.stringify(snapshot));
}
