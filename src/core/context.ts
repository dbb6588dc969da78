// What a command may know about the request and the bot it runs in. Adapters build a Context
// with `contextFor`; commands read it and never reach for globals.

import type { ClusterSource } from '../cluster/source.js';
import type { Policy } from '../config.js';
import type { Knowledge } from '../knowledge/index.js';
import type { Logger } from '../log.js';
import type { Outcome } from './reply.js';

export type Platform = 'shell' | 'slack' | 'discord';

/** Namespaces a channel may see: every one, or an explicit list (possibly empty). */
export type NamespaceScope = { all: true } | { all: false; namespaces: string[] };

/** One handled command, as metrics and logs see it (never the message text). */
export interface HandledEvent {
  platform: Platform;
  command: string | null;
  outcome: Outcome;
  ms: number;
}

/** What the running bot has loaded, shared by every request. */
export interface Runtime {
  policy: Policy;
  /** True when a policy file was given; without one the shell may see every namespace. */
  hasPolicyFile: boolean;
  log: Logger;
  /** Topics and the decision tree (and, as they come, lessons and quiz), validated at start-up. */
  knowledge: Knowledge;
  /** Called once per handled command (metrics). */
  observe?: (event: HandledEvent) => void;
  /** The cluster `services`, `service` and `diagnose` read (live API or dump); absent when none is configured. */
  cluster?: ClusterSource;
}

export interface Request {
  platform: Platform;
  /** Platform user id, `local` in the shell. */
  user: string;
  /** Platform channel id, or the shell's `--channel` (default `shell`). */
  channel: string;
  /** True when the request came from a channel the policy marks for onboarding. */
  onboarding?: boolean;
}

export interface Context extends Request {
  runtime: Runtime;
  namespaces: NamespaceScope;
}

/**
 * The namespaces a channel may see. A channel listed in the policy gets its list (`*` = all);
 * any other channel gets `defaultNamespaces`. Without a policy file the local shell sees all
 * namespaces its kubeconfig can, and chat channels see none.
 */
export function namespaceScope(policy: Policy, hasPolicyFile: boolean, request: Request): NamespaceScope {
  const listed = policy.channels[request.channel]?.namespaces;
  if (listed !== undefined) return toScope(listed);
  if (!hasPolicyFile && request.platform === 'shell') return { all: true };
  return toScope(policy.defaultNamespaces);
}

function toScope(list: string[]): NamespaceScope {
  return list.includes('*') ? { all: true } : { all: false, namespaces: [...new Set(list)] };
}

export function canSee(scope: NamespaceScope, namespace: string): boolean {
  return scope.all || scope.namespaces.includes(namespace);
}

export function contextFor(runtime: Runtime, request: Request): Context {
  return {
    ...request,
    onboarding: request.onboarding ?? runtime.policy.onboardingChannels.includes(request.channel),
    runtime,
    namespaces: namespaceScope(runtime.policy, runtime.hasPolicyFile, request),
  };
}
