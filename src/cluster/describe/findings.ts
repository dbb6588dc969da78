// Findings and unchecked diagnostics -> blocks: each finding as a note in its severity's tone
// (object and what is wrong) followed by why it matters, the fix and a kubernetes.io link.

import type { Unchecked } from '../diagnostics/index.js';
import type { Finding, Severity } from '../diagnostics/types.js';
import { note, paragraph, type Block, type Tone } from '../../core/reply.js';

const TONE: Record<Severity, Tone> = { error: 'error', warning: 'warning', note: 'info' };

export function findingTitle(finding: Finding, withNamespace: boolean): string {
  const { kind, namespace, name } = finding.object;
  return `**${kind} \`${withNamespace ? `${namespace}/` : ''}${name}\`**`;
}

export function findingBlocks(finding: Finding, withNamespace: boolean): Block[] {
  return [
    note(`${findingTitle(finding, withNamespace)}: ${finding.problem}`, TONE[finding.severity]),
    paragraph(`${finding.why} **Fix:** ${finding.fix} [Kubernetes docs](${finding.link})`),
  ];
}

/** "Not checked" lines, one per distinct reason. */
export function uncheckedBlocks(unchecked: readonly Unchecked[]): Block[] {
  const byReason = new Map<string, string[]>();
  for (const u of unchecked) {
    const titles = byReason.get(u.problem.message) ?? [];
    if (!titles.includes(u.title)) titles.push(u.title);
    byReason.set(u.problem.message, titles);
  }
  return [...byReason].map(([message, titles]) =>
    note(`Not checked (${titles.length}): ${titles.join('; ')}. ${message}`, 'warning'),
  );
}

/** "2 errors, 1 warning, 3 notes" */
export function severityCounts(findings: readonly Finding[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  const parts: string[] = [];
  if (counts.error > 0) parts.push(`${counts.error} error${counts.error === 1 ? '' : 's'}`);
  if (counts.warning > 0) parts.push(`${counts.warning} warning${counts.warning === 1 ? '' : 's'}`);
  if (counts.note > 0) parts.push(`${counts.note} note${counts.note === 1 ? '' : 's'}`);
  return parts.join(', ');
}
