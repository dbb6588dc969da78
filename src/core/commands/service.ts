import { distance } from 'fastest-levenshtein';
import { diagnose, type Diagnosis } from '../../cluster/diagnostics/index.js';
import type { Finding } from '../../cluster/diagnostics/types.js';
import { findingBlocks, severityCounts, uncheckedBlocks } from '../../cluster/describe/findings.js';
import { routesTo, type IngressRoute } from '../../cluster/describe/reach.js';
import { describeService } from '../../cluster/describe/service.js';
import { matchedPods, slicesOf } from '../../cluster/model.js';
import { inNamespace, problemIn, type Snapshot } from '../../cluster/snapshot.js';
import type { ReadProblem, Service } from '../../cluster/source.js';
import type { Command, CommandInput } from '../command.js';
import { namespaceRequest, readCluster, resolveTarget, unavailableReply, withoutFiller } from '../cluster-access.js';
import { readIntent } from '../intent.js';
import { LEVEL } from '../route.js';
import type { Context } from '../context.js';
import { echo, heading, invalidInput, note, paragraph, reply, type Block, type Reply } from '../reply.js';

const USAGE = 'service <name> [-n namespace]';

/** Service names are RFC 1035 labels. */
const SERVICE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** `api`, `payments/api`, `api.payments`, `api.payments.svc.cluster.local` -> name and namespace. */
export function splitServiceName(word: string): { name: string; namespace: string | null } {
  const slash = word.indexOf('/');
  if (slash > 0) return { namespace: word.slice(0, slash), name: word.slice(slash + 1) };
  const dns = /^([^.]+)\.([^.]+)(?:\.svc(?:\.[^\s]+)?)?$/.exec(word);
  if (dns) return { name: dns[1] as string, namespace: dns[2] as string };
  return { name: word, namespace: null };
}

/**
 * A finding belongs in a Service's page when it is about the Service, names it as related (a
 * broken Ingress backend, a twin Service), or is about a whole Ingress that routes to it.
 */
function relevant(finding: Finding, service: Service, routes: IngressRoute[] | ReadProblem): boolean {
  const same = (ref: { kind: string; namespace: string; name: string }) => ref.kind === 'Service' && ref.namespace === service.namespace && ref.name === service.name;
  if (same(finding.object) || finding.related.some(same)) return true;
  if (finding.object.kind !== 'Ingress' || finding.related.length > 0) return false;
  return Array.isArray(routes) && routes.some((r) => r.ingress.name === finding.object.name);
}

function diagnosticBlocks(diagnosis: Diagnosis, service: Service, routes: IngressRoute[] | ReadProblem): { blocks: Block[]; findings: Finding[] } {
  const findings = diagnosis.findings.filter((f) => relevant(f, service, routes));
  const blocks: Block[] = [heading('Diagnostics')];
  if (findings.length === 0) {
    blocks.push(note(diagnosis.unchecked.length === 0 ? `No problems found (${diagnosis.ran} checks).` : `No problems found by the ${diagnosis.ran} checks that could run.`, 'success'));
  } else {
    blocks.push(paragraph(`${severityCounts(findings)}:`));
    for (const finding of findings) blocks.push(...findingBlocks(finding, false));
  }
  blocks.push(...uncheckedBlocks(diagnosis.unchecked));
  return { blocks, findings };
}

function known<T>(value: T[], problem: ReadProblem | undefined): T[] | ReadProblem {
  return problem ?? value;
}

function render(snapshot: Snapshot, service: Service): Reply {
  const ns = service.namespace;
  const podsProblem = problemIn(snapshot.pods, ns);
  const ingressProblem = problemIn(snapshot.ingresses, ns);
  const routes = known(routesTo(service, inNamespace(snapshot.ingresses, ns)), ingressProblem);
  const blocks = describeService({
    service,
    now: snapshot.now,
    pods: known(matchedPods(service, inNamespace(snapshot.pods, ns)), podsProblem),
    slices: known(slicesOf(service, inNamespace(snapshot.endpointslices, ns)), problemIn(snapshot.endpointslices, ns)),
    routes,
    nodes: known(snapshot.nodes.items, problemIn(snapshot.nodes, ns)),
  });
  const diagnosis = diagnose(snapshot, ns);
  const diagnostics = diagnosticBlocks(diagnosis, service, routes);
  blocks.push(...diagnostics.blocks);
  if (snapshot.source.startsWith('the dump file')) blocks.push(note(`Read from ${snapshot.source}, not the live cluster.`));
  return reply('service', blocks, {
    data: {
      service: { namespace: ns, name: service.name, type: service.type },
      findings: diagnostics.findings.map((f) => ({ diagnostic: f.diagnostic, severity: f.severity, object: f.object, problem: f.problem })),
    },
  });
}

function closeNames(name: string, services: readonly Service[]): string[] {
  return services
    .map((s) => ({ name: s.name, d: s.name.includes(name) || name.includes(s.name) ? 0 : distance(name, s.name) }))
    .filter((c) => c.d <= 2)
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, 4)
    .map((c) => c.name);
}

async function notFound(ctx: Context, name: string, namespace: string, explicit: boolean, inNs: Service[]): Promise<Reply> {
  // Without an explicit namespace, the Service may live in another namespace this channel sees.
  if (!explicit) {
    const everywhere = resolveTarget('service', { kind: 'all' }, ctx);
    if (!('blocks' in everywhere)) {
      const found = await readCluster('service', ctx, everywhere.target, ['services']);
      if (!('blocks' in found)) {
        const elsewhere = found.services.items.filter((s) => s.name === name && s.namespace !== namespace).slice(0, 5);
        const only = elsewhere.length === 1 ? elsewhere[0] : undefined;
        if (only) {
          const shown = await inspect(ctx, name, only.namespace, true);
          if (shown.outcome === 'ok') shown.blocks.unshift(note(`There is no Service ${echo(name)} in \`${namespace}\`; this is the one in \`${only.namespace}\`.`));
          return shown;
        }
        if (elsewhere.length > 0) {
          return invalidInput(
            'service',
            `There is no Service ${echo(name)} in \`${namespace}\`, but there is one in ${elsewhere.map((s) => `\`${s.namespace}\``).join(', ')}.`,
            undefined,
            elsewhere.map((s) => ({ label: `service ${name} -n ${s.namespace}`, command: `service ${name} -n ${s.namespace}` })),
          );
        }
      }
    }
  }
  const close = closeNames(name, inNs);
  return invalidInput(
    'service',
    `There is no Service ${echo(name)} in \`${namespace}\`.`,
    close.length > 0 ? 'Did you mean one of these?' : `\`services ${namespace}\` lists the Services there.`,
    [
      ...close.map((n) => ({ label: `service ${n} -n ${namespace}`, command: `service ${n} -n ${namespace}` })),
      { label: `services ${namespace}`, command: `services ${namespace}` },
    ],
  );
}

async function run(input: CommandInput, ctx: Context): Promise<Reply> {
  if (Object.keys(input.options).length > 0) {
    return invalidInput('service', '`service` takes no key=value options.', `Usage: \`${USAGE}\``);
  }
  const words = withoutFiller(input.args);
  if (words.length === 0) {
    return invalidInput('service', 'Which Service? Give its name.', `Usage: \`${USAGE}\`, for example \`service api -n payments\`.`, [
      { label: 'services', command: 'services' },
    ]);
  }
  if (words.length > 2) {
    return invalidInput('service', '`service` takes one Service name and at most one namespace.', `Usage: \`${USAGE}\``);
  }
  const split = splitServiceName(words[0] as string);
  const name = split.name.toLowerCase();
  if (!SERVICE_NAME.test(name)) {
    return invalidInput(
      'service',
      `${echo(split.name)} is not a Service name.`,
      'Service names are lowercase letters, digits and "-", start with a letter and have at most 63 characters, for example `api`.',
    );
  }
  if (split.namespace !== null && words[1] !== undefined && split.namespace !== words[1]) {
    return invalidInput('service', `That names two namespaces, ${echo(split.namespace)} and ${echo(words[1])}.`, `Usage: \`${USAGE}\``);
  }
  const request = namespaceRequest('service', input, split.namespace ?? words[1]);
  if ('blocks' in request) return request;
  if (request.kind === 'all') {
    return invalidInput('service', '`service` looks at one namespace.', `Give one with \`-n\`, for example \`service ${name} -n payments\`; \`services all\` lists every namespace.`);
  }
  const resolved = resolveTarget('service', request, ctx, (n) => `service ${name} -n ${n}`);
  if ('blocks' in resolved) return resolved;
  const namespace = resolved.namespace;
  if (namespace === null) {
    // No usable default: find the Service in the namespaces this channel may see.
    const snapshot = await readCluster('service', ctx, resolved.target, ['services']);
    if ('blocks' in snapshot) return snapshot;
    const matches = snapshot.services.items.filter((s) => s.name === name);
    if (matches.length === 0 && snapshot.services.problems.length > 0) return unavailableReply('service', snapshot.services.problems);
    if (matches.length === 1) return inspect(ctx, name, (matches[0] as Service).namespace, false);
    return invalidInput(
      'service',
      matches.length === 0 ? `There is no Service ${echo(name)} in ${resolved.label}.` : `There are Services named ${echo(name)} in ${matches.length} namespaces.`,
      matches.length === 0 ? undefined : 'Pick one:',
      matches.slice(0, 5).map((s) => ({ label: `service ${name} -n ${s.namespace}`, command: `service ${name} -n ${s.namespace}` })),
    );
  }
  return inspect(ctx, name, namespace, request.kind === 'one' && request.explicit);
}

async function inspect(ctx: Context, name: string, namespace: string, explicit: boolean): Promise<Reply> {
  const snapshot = await readCluster('service', ctx, { all: false, namespaces: [namespace] }, ['services', 'endpointslices', 'ingresses', 'ingressclasses', 'pods', 'nodes'], [
    `kubectl describe service ${name} -n ${namespace}`,
    `kubectl get endpointslices -n ${namespace} -l kubernetes.io/service-name=${name}`,
  ]);
  if ('blocks' in snapshot) return snapshot;
  if (snapshot.services.problems.length > 0) return unavailableReply('service', snapshot.services.problems);
  const service = snapshot.services.items.find((s) => s.name === name);
  if (!service) return notFound(ctx, name, namespace, explicit, snapshot.services.items);
  return render(snapshot, service);
}

/** "describe api", "how do I reach the checkout service", "what type is the api service", "is api up?" */
const INSPECT =
  /^(?:describe|inspect|show(?: me)?|details (?:of|for|on|about)|status of|check)\b|\bhow (?:do|can|would) (?:i|we|you) (?:reach|access|connect to|call|get to)\b|\b(?:what|which)(?: service)? type (?:is|does)\b|^is (?:the )?\S+ (?:service|svc)\b.*\b(?:up|ok|okay|healthy|working|running|reachable)\b/;

/**
 * A load balancer address left pending where the cluster runs with no cloud to provide one ("svc stuck <pending> on our on-prem
 * cluster", "EXTERNAL-IP pending on bare metal"): the cause is told, and the answer is knowledge (MetalLB, a NodePort), not a read of
 * one Service; unless a namespace places it, which asks to look at it.
 */
const PENDING = /<pending>|\bpending\b/;
const NO_CLOUD_LB = /\b(?:on-?prem\w*|bare[- ]?metal|homelab|home ?lab|minikube|kind cluster|k3s|k3d|microk8s|docker[- ]desktop|vsphere|proxmox|raspberry ?pis?|own (?:servers|hardware|hosts))\b/;

export const service: Command = {
  name: 'service',
  maxWords: 2,
  aliases: ['inspect'],
  summary: 'One Service in depth: its pods, endpoints, Ingress rules, how to reach it, and what is wrong with it.',
  usage: USAGE,
  examples: ['service api -n payments', 'service payments/api', 'inspect web -n shop'],
  flags: ['namespace'],
  recognize(text) {
    const intent = readIntent(text);
    const t = intent.lower;
    // A manifest for a new Service ("yaml for a service called api") is `yaml`'s.
    if (t.length > 160 || /\bservices\b/.test(t) || intent.wantsManifest) return null;
    const name = intent.serviceName;
    if (!name || (!intent.trouble && !INSPECT.test(t))) return null;
    if (PENDING.test(t) && NO_CLOUD_LB.test(t) && intent.namespace === null && !INSPECT.test(t)) return null;
    // "the redis service exists though: Error: connect ECONNREFUSED 10.96.45.12:6379": the message
    // carries its evidence and asks to read it; inspecting the cluster is for an explicit request
    // ("describe api") or a Service placed in a namespace.
    // So does a Service called from another namespace ("calling the inventory svc from another
    // namespace returns NXDOMAIN"): how to address it is the question.
    // A story that sets two namespaces side by side with its evidence ("`redis:6379` works in ns
    // cache, in ns web: ENOTFOUND redis") asks how names resolve across them, not about one Service.
    // A name that did not resolve ("`Could not resolve host: api`", NXDOMAIN) is a question of the name used, wherever the Service is.
    const comparesNamespaces = intent.namespaces.length >= 2 && (intent.evidence || intent.mechanism === 'cross-namespace');
    if (((intent.evidence || intent.mechanism === 'cross-namespace') && intent.namespace === null) || comparesNamespaces || intent.nameNotFound) {
      if (!INSPECT.test(t)) return null;
    }
    return { score: LEVEL.explicit, command: intent.namespace ? `service ${name} -n ${intent.namespace}` : `service ${name}` };
  },
  run,
};
