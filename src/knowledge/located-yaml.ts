// YAML with source lines: one parse (js-yaml's event stream) gives both the value and, for every
// key and sequence item, the line it starts on, so a schema or cross-reference error in a
// knowledge file can name `file:line`.

import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';

export interface LocatedYaml {
  /** The first document's value (undefined for an empty file). */
  value: unknown;
  /** The 1-based line where `path` starts, or where its nearest located ancestor starts. */
  lineOf(path: readonly PropertyKey[]): number;
}

type Frame =
  | { kind: 'document'; path: string }
  | { kind: 'mapping'; path: string; key: string | null }
  | { kind: 'sequence'; path: string; index: number };

// Paths as one string: segments joined by a separator no YAML key in a knowledge file contains.
const SEPARATOR = '\u0000';
const join = (path: string, segment: string): string => `${path}${SEPARATOR}${segment}`;
const pathKey = (path: readonly PropertyKey[]): string => path.map((s) => `${SEPARATOR}${String(s)}`).join('');

function startOf(event: Event): number {
  switch (event.type) {
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return event.start;
    case EVENT_ID.SCALAR:
      return event.valueStart;
    case EVENT_ID.ALIAS:
      return event.anchorStart;
    default:
      return -1;
  }
}

/** Where every key and sequence item starts (source offsets), by path. */
function offsetsOf(events: readonly Event[], source: string): Map<string, number> {
  const offsets = new Map<string, number>();
  const stack: Frame[] = [];
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT) {
      stack.push({ kind: 'document', path: '' });
      continue;
    }
    const top = stack.at(-1);
    let path = '';
    if (top?.kind === 'mapping') {
      if (top.key === null) {
        // A key. Complex (collection) keys do not occur in knowledge files; they get a placeholder.
        top.key = event.type === EVENT_ID.SCALAR ? getScalarValue(source, event) : '?';
        offsets.set(join(top.path, top.key), startOf(event));
        if (event.type === EVENT_ID.MAPPING) stack.push({ kind: 'mapping', path: join(top.path, '?'), key: null });
        if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'sequence', path: join(top.path, '?'), index: 0 });
        continue;
      }
      path = join(top.path, top.key);
      top.key = null;
    } else if (top?.kind === 'sequence') {
      path = join(top.path, String(top.index++));
      offsets.set(path, startOf(event));
    } else if (top?.kind === 'document') {
      path = top.path;
      offsets.set(path, startOf(event));
    }
    if (event.type === EVENT_ID.MAPPING) stack.push({ kind: 'mapping', path, key: null });
    if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'sequence', path, index: 0 });
  }
  return offsets;
}

/**
 * Parses one YAML document; throws js-yaml's `YAMLException` (with its mark) on a syntax error.
 * Lines are worked out only when asked for (an error), so a valid file costs one parse.
 */
export function loadLocated(source: string, filename: string): LocatedYaml {
  const events = parseEvents(source, { filename });
  const [value] = constructFromEvents(events, { source, filename });
  let offsets: Map<string, number> | undefined;

  let lineStarts: number[] | undefined;
  const lineAt = (offset: number): number => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  return {
    value,
    lineOf(path) {
      offsets ??= offsetsOf(events, source);
      for (let n = path.length; n >= 0; n--) {
        const offset = offsets.get(pathKey(path.slice(0, n)));
        if (offset !== undefined && offset >= 0) return lineAt(offset);
      }
      return 1;
    },
  };
}
