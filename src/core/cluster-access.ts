// What the three cluster commands share: reading the namespace a user asked for out of words and
// flags, checking it against the channel's policy BEFORE anything is read (a refused namespace is
// never fetched), and the replies for "no cluster" and "the cluster could not be read".

import { allProblems, readSnapshot, type ScopedProblem, type Snapshot, type Target } from '../cluster/snapshot.js';
import { CONNECT_HINT, type ResourceKind } from '../cluster/source.js';
import { DNS1123_LABEL } from '../config.js';
import type { CommandInput } from './command.js';
import { canSee, type Context } from './context.js';
import { choices, code, echo, echoValue, invalidInput, note, paragraph, reply, type Block, type Reply } from './reply.js';

/** What the user asked for: one namespace (typed or the default), or every namespace they may see. */
export type NamespaceRequest = { kind: 'one'; namespace: string; explicit: boolean } | { kind: 'default' } | { kind: 'all' };

/** Words people put around a namespace ("services in the shop namespace"). */
const FILLER = new Set(['in', 'the', 'namespace', 'ns', 'of', 'for']);
const ALL_WORDS = new Set(['all', '*', 'everything', 'all-namespaces']);

export function withoutFiller(words: readonly string[]): string[] {
  return words.filter((w) => !FILLER.has(w.toLowerCase()));
}

/**
 * The namespace from `-n`, `-A` and at most one positional word (`all` = every visible one).
 * Returns the request, or a reply saying what is wrong.
 */
export function namespaceRequest(command: string, input: CommandInput, positional: string | undefined): NamespaceRequest | Reply {
  const flag = input.flags.namespace;
  const all = input.flags['all-namespaces'] === true;
  const word = positional?.toLowerCase();
  const wordIsAll = word !== undefined && ALL_WORDS.has(word);
  const named = [typeof flag === 'string' ? flag : undefined, word !== undefined && !wordIsAll ? positional : undefined].filter(
    (n): n is string => n !== undefined,
  );
  if ((all || wordIsAll) && named.length > 0) {
    return invalidInput(command, 'That asks for one namespace and for all of them at once.', `Use ${echoValue(`${command} ${named[0]}`)} or \`${command} all\`.`);
  }
  if (named.length === 2 && named[0] !== named[1]) {
    return invalidInput(command, `That names two namespaces, ${echo(named[0] ?? '')} and ${echo(named[1] ?? '')}.`, `Name one, for example ${echoValue(`${command} -n ${named[0]}`)}.`);
  }
  if (all || wordIsAll) return { kind: 'all' };
  const namespace = named[0];
  if (namespace === undefined) return { kind: 'default' };
  if (!DNS1123_LABEL.test(namespace)) {
    return invalidInput(
      command,
      `${echo(namespace)} is not a namespace name.`,
      'Namespace names are lowercase letters, digits and "-", at most 63 characters, for example `payments`.',
    );
  }
  return { kind: 'one', namespace, explicit: true };
}

/** Namespaces the channel may see, for messages. */
function visibleList(ctx: Context): string {
  if (ctx.namespaces.all) return 'every namespace';
  return ctx.namespaces.namespaces.map((n) => `\`${n}\``).join(', ');
}

/** The same request in namespace `n`: what a refusal's buttons run. */
export type RetryIn = (n: string) => string;

function refuse(command: string, ctx: Context, namespace: string | null, retry: RetryIn): Reply {
  if (!ctx.namespaces.all && ctx.namespaces.namespaces.length === 0) {
    return reply(
      command,
      [
        note('This channel may not look at any namespace of the cluster.', 'warning'),
        paragraph(
          `An admin can allow it in the policy file, for example \`channels: { ${ctx.channel.slice(0, 40)}: { namespaces: [shop] } }\`, or set \`defaultNamespaces\`.`,
        ),
      ],
      { outcome: 'invalid', visibility: 'private' },
    );
  }
  const visible = ctx.namespaces.all ? [] : ctx.namespaces.namespaces;
  return reply(
    command,
    [
      note(`This channel may not look at namespace ${echo(namespace ?? '')}. It may see ${visibleList(ctx)}.`, 'warning'),
      ...(visible.length > 0 ? [choices(visible.slice(0, 5).map((n) => ({ label: retry(n), command: retry(n) })))] : []),
    ],
    { outcome: 'invalid', visibility: 'private' },
  );
}

export interface Resolved {
  target: Target;
  /** The namespace when exactly one was asked for (or defaulted to). */
  namespace: string | null;
  /** How to say where, in a heading: "`shop`", "all namespaces", "`shop`, `web`". */
  label: string;
}

/**
 * Turns a request into what to read, refusing namespaces the channel may not see. The default is
 * the policy's `defaults.namespace` when visible, else the channel's only namespace, else all of
 * the channel's namespaces. A refusal offers `retry(n)` for each namespace the channel may see
 * (by default `<command> <n>`).
 */
export function resolveTarget(
  command: string,
  request: NamespaceRequest,
  ctx: Context,
  retry: RetryIn = (n) => `${command} ${n}`,
): Resolved | Reply {
  const scope = ctx.namespaces;
  if (!scope.all && scope.namespaces.length === 0) return refuse(command, ctx, null, retry);
  if (request.kind === 'one') {
    if (!canSee(scope, request.namespace)) return refuse(command, ctx, request.namespace, retry);
    return { target: { all: false, namespaces: [request.namespace] }, namespace: request.namespace, label: `\`${request.namespace}\`` };
  }
  if (request.kind === 'default') {
    const fallback = ctx.runtime.policy.defaults.namespace;
    if (canSee(scope, fallback)) return { target: { all: false, namespaces: [fallback] }, namespace: fallback, label: `\`${fallback}\`` };
    if (!scope.all && scope.namespaces.length === 1) {
      const only = scope.namespaces[0] as string;
      return { target: { all: false, namespaces: [only] }, namespace: only, label: `\`${only}\`` };
    }
  }
  if (scope.all) return { target: { all: true }, namespace: null, label: 'all namespaces' };
  return { target: { all: false, namespaces: [...scope.namespaces] }, namespace: null, label: visibleList(ctx) };
}

/** kubectl's namespace flag for what a command reads: `-A` for every namespace, `-n NS` for each one. */
export function kubectlScopes(target: Target): string[] {
  return target.all ? ['-A'] : target.namespaces.slice(0, 3).map((n) => `-n ${n}`);
}

/** The reply when no cluster is configured; `kubectl` lines run the same read by hand, when given. */
export function noClusterReply(command: string, kubectl: readonly string[] = []): Reply {
  const byHand = kubectl.length > 0 ? [paragraph('With kubectl, the same read is:'), code(kubectl.join('\n'), 'sh')] : [];
  return reply(command, [note('No cluster is connected.', 'warning'), ...byHand, paragraph(`To connect one: ${CONNECT_HINT}`)], {
    outcome: 'unavailable',
    visibility: 'private',
  });
}

/** Distinct problem sentences, at most `max`. */
export function problemSentences(problems: readonly ScopedProblem[], max = 3): string[] {
  return [...new Set(problems.map((p) => p.message))].slice(0, max);
}

/** The reply when what the command needs could not be read at all. */
export function unavailableReply(command: string, problems: readonly ScopedProblem[]): Reply {
  if (problems.some((p) => p.reason === 'not-configured')) return noClusterReply(command);
  const sentences = problemSentences(problems);
  return reply(command, sentences.map((s) => note(s, 'error')), {
    outcome: 'unavailable',
    visibility: 'private',
    data: { problems: problems.map((p) => ({ reason: p.reason, resource: p.resource, namespace: p.namespace })) },
  });
}

/** Notes for reads that failed in part ("could not read pods in shop: …"). */
export function problemNotes(snapshot: Snapshot): Block[] {
  return problemSentences(allProblems(snapshot), 5).map((s) => note(s, 'warning'));
}

/** Reads a snapshot, or says why it cannot: no cluster configured. */
export async function readCluster(
  command: string,
  ctx: Context,
  target: Target,
  kinds: readonly ResourceKind[],
  kubectl: readonly string[] = [],
): Promise<Snapshot | Reply> {
  const source = ctx.runtime.cluster;
  if (!source) return noClusterReply(command, kubectl);
  return readSnapshot(source, target, kinds);
}

/** A `page=N` option: a positive whole number, 1 when absent. */
export function pageOption(command: string, input: CommandInput, usage: string): number | Reply {
  const unknown = Object.keys(input.options).filter((k) => k !== 'page');
  if (unknown.length > 0) {
    return invalidInput(command, `\`${command}\` does not take ${unknown.map((k) => echo(`${k}=`, 24)).join(', ')}.`, `Usage: \`${usage}\``);
  }
  const raw = input.options.page;
  if (raw === undefined) return 1;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) {
    return invalidInput(command, `${echo(`page=${raw}`)} is not a page number.`, `Pages are numbered from 1, for example \`${command} page=2\`.`);
  }
  return Number(raw);
}

/**
 * What `services` and `diagnose` take: at most one namespace word (or `all`, `-n`, `-A`) and
 * `page=N`, checked against the channel's policy. The page and what to read, or a reply.
 */
export function listingRequest(command: string, usage: string, input: CommandInput, ctx: Context, hint = ''): { page: number; resolved: Resolved } | Reply {
  const words = withoutFiller(input.args);
  if (words.length > 1) return invalidInput(command, `\`${command}\` takes one namespace (or \`all\`).`, `Usage: \`${usage}\`${hint}`);
  const page = pageOption(command, input, usage);
  if (typeof page !== 'number') return page;
  const request = namespaceRequest(command, input, words[0]);
  if ('blocks' in request) return request;
  const resolved = resolveTarget(command, request, ctx);
  if ('blocks' in resolved) return resolved;
  return { page, resolved };
}

/** Previous/next page choices for a paged listing whose command line (without page=) is `base`. */
export function pageChoices(base: string, page: number, pages: number): Block[] {
  const options = [];
  if (page > 1) options.push({ label: `Previous page (${page - 1} of ${pages})`, command: `${base} page=${page - 1}` });
  if (page < pages) options.push({ label: `Next page (${page + 1} of ${pages})`, command: `${base} page=${page + 1}` });
  if (pages > 2 && page < pages - 1) options.push({ label: `Last page (${pages})`, command: `${base} page=${pages}` });
  return options.length > 0 ? [choices(options)] : [];
}

/** The reply for a page number past the end. */
export function pastLastPage(command: string, base: string, page: number, pages: number): Reply {
  return invalidInput(command, `There ${pages === 1 ? 'is only 1 page' : `are only ${pages} pages`}; page ${page} does not exist.`, undefined, [
    { label: `${base} page=1`, command: `${base} page=1` },
    ...(pages > 1 ? [{ label: `${base} page=${pages}`, command: `${base} page=${pages}` }] : []),
  ]);
}

