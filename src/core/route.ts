// Free text -> the command it most likely means. Each command recognises its own intent
// (`Command.recognize`, reading the shared features in intent.ts) and says how sure it is on one
// scale, LEVEL; this module picks the most confident. The levels are the routing policy:
//
// 1. explicit   An explicit request wins: pasted YAML (check), "yaml for an ingress" (yaml),
//               "nodeport vs lb" (compare), "show services in payments" (services), "why can't I
//               reach api in payments" (service), "anything wrong in shop" (diagnose), "help".
// 2. recommend  Asks what to use, or how to expose or reach something, for the asker's workload:
//               "which service type for our redis", "how do I expose mysql outside k8s" (which).
//               A question about how a concept behaves ("is nodeport ok for production?", "can an
//               ingress route UDP?", "how do I add https to my ingress?") is not one, unless it
//               also describes the asker's workload or enough of the setup to decide on: then the
//               recommendation, which carries the facts and the reasons, answers it.
//               So is "X or Y?" / "X vs Y" between ways to expose asked for a setup that decides it
//               ("loadbalancer or nodeport for a quick test on kind?").
//               Also in other words: a story that tells the setup, then asks how it should be
//               reached or what to settle on (a setting named in the telling is setup, not the
//               question; an aside "…is broken btw" is no trouble); a kind already chosen for a
//               described workload put up to be checked ("…made it a LoadBalancer, is that
//               right? only pods read it"); the need said after a failed try ("…stuck pending, I
//               only want to open it in my browser"); a manifest the asker has, not one asked for.
// 3. choice     "X or Y?" between ways to expose, with nothing about the workload (compare).
// 4. topic      A topic's name alone, or "what is X" (explain).
// 5. facts      A statement of facts about a workload that asks nothing (which). A line that
//               names a setting or a kind but no workload, need or whole setup ("etp cluster vs
//               local", "sticky sessions by client ip", "path /api with Prefix, does /api/v1
//               match") is about the concept, and goes to `ask`; a kind named for the asker's
//               workloads ("ingress for our 3 apps on aks") proposes a setup (which).
// How to address, restrict or configure something (a Service in another namespace, who may
// connect, the address outgoing traffic leaves with, a setting of a kind already chosen, which
// port callers use) is knowledge, not a choice of how to expose (intent.ts `mechanism`): `ask`.
// So is a setting, annotation, class name or config asked of a product or feature already chosen
// ("internal multi cluster gateway on gke, gatewayclass name?"), how a named multi-cluster, CNI or
// mesh feature behaves ("clustermesh: want cluster B to prefer its own backends"), and "which X"
// where X is a part, not a way to expose ("which kubectl drain flags keep my pods serving"),
// unless the message asks how its workload should be reached or what to use.
// A message that carries its evidence (a pasted error, log line or kubectl output) is read by
// `ask`; `service` and `diagnose` inspect the cluster when asked to, or for a namespace named.
// Below THRESHOLD nothing is routed: handle.ts sends a sentence to `ask` (the knowledge base)
// and a short mistyped word to "did you mean".
//
// Explicit recognitions do not overlap (the recognisers exclude each other through the shared
// features); on an exact tie the command listed first in the registry wins.

import type { Knowledge } from '../knowledge/index.js';
import type { Registry } from './registry.js';

export const LEVEL = {
  explicit: 0.9,
  recommend: 0.8,
  choice: 0.7,
  topic: 0.65,
  facts: 0.55,
} as const;

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
