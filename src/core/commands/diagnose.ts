import { diagnose as diagnoseNamespace, DIAGNOSTICS, sortFindings, type Unchecked } from '../../cluster/diagnostics/index.js';
import type { Finding } from '../../cluster/diagnostics/types.js';
import { findingBlocks, severityCounts, uncheckedBlocks } from '../../cluster/describe/findings.js';
import type { Command, CommandInput } from '../command.js';
import { kubectlScopes, listingRequest, pageChoices, pastLastPage, readCluster, unavailableReply } from '../cluster-access.js';
import { readIntent } from '../intent.js';
import { LEVEL } from '../route.js';
import type { Context } from '../context.js';
import { choices, heading, note, paragraph, reply, type Block, type Reply } from '../reply.js';

/** Findings per page: each is two blocks, and a chat message holds about 50. */
export const FINDINGS_PAGE_SIZE = 12;

const USAGE = 'diagnose [namespace|all] [page=N]';

async function run(input: CommandInput, ctx: Context): Promise<Reply> {
  const asked = listingRequest('diagnose', USAGE, input, ctx);
  if ('blocks' in asked) return asked;
  const { page, resolved } = asked;

  const snapshot = await readCluster(
    'diagnose',
    ctx,
    resolved.target,
    ['services', 'endpointslices', 'ingresses', 'ingressclasses', 'pods', 'nodes'],
    kubectlScopes(resolved.target).flatMap((scope) => [`kubectl get services,endpointslices,ingresses ${scope}`, `kubectl get pods ${scope} -o wide`]),
  );
  if ('blocks' in snapshot) return snapshot;
  const { services, ingresses } = snapshot;
  if (services.items.length === 0 && ingresses.items.length === 0 && services.problems.length > 0) {
    return unavailableReply('diagnose', services.problems);
  }

  const namespaces = resolved.namespace
    ? [resolved.namespace]
    : resolved.target.all
      ? [...new Set([...services.items, ...ingresses.items].map((o) => o.namespace))].sort()
      : resolved.target.namespaces;
  const findings: Finding[] = [];
  const unchecked = new Map<string, Unchecked>();
  let ran = 0;
  for (const namespace of namespaces) {
    const result = diagnoseNamespace(snapshot, namespace);
    findings.push(...result.findings);
    ran = Math.max(ran, result.ran);
    for (const u of result.unchecked) unchecked.set(`${u.diagnostic}\n${u.problem.message}`, u);
  }
  const sorted = sortFindings(findings);
  const base = resolved.namespace ? `diagnose ${resolved.namespace}` : 'diagnose all';
  const pages = Math.max(1, Math.ceil(sorted.length / FINDINGS_PAGE_SIZE));
  if (page > pages) return pastLastPage('diagnose', base, page, pages);

  const withNamespace = resolved.namespace === null;
  const serviceCount = services.items.length;
  const ingressCount = ingresses.items.length;
  const checked = `${serviceCount.toLocaleString('en-US')} Service${serviceCount === 1 ? '' : 's'} and ${ingressCount.toLocaleString('en-US')} Ingress${ingressCount === 1 ? '' : 'es'}`;
  const blocks: Block[] = [heading(`Diagnosis of ${resolved.label}`)];
  if (sorted.length === 0) {
    blocks.push(
      note(
        ran === 0
          ? `No check could run in ${resolved.label}.`
          : `No problems found: ${ran} of ${DIAGNOSTICS.length} checks ran over ${checked}.`,
        ran === 0 ? 'warning' : 'success',
      ),
    );
  } else {
    const shown = sorted.slice((page - 1) * FINDINGS_PAGE_SIZE, page * FINDINGS_PAGE_SIZE);
    const range = pages > 1 ? ` Showing ${(page - 1) * FINDINGS_PAGE_SIZE + 1}–${(page - 1) * FINDINGS_PAGE_SIZE + shown.length}, page ${page} of ${pages}.` : '';
    blocks.push(paragraph(`${severityCounts(sorted)} over ${checked} (${ran} of ${DIAGNOSTICS.length} checks ran), most severe first.${range}`));
    for (const finding of shown) blocks.push(...findingBlocks(finding, withNamespace));
    blocks.push(...pageChoices(base, page, pages));
    const services = [...new Map(shown.filter((f) => f.object.kind === 'Service').map((f) => [`${f.object.namespace}/${f.object.name}`, f.object])).values()].slice(0, 3);
    if (services.length > 0) {
      blocks.push(choices(services.map((s) => ({ label: `service ${s.name} -n ${s.namespace}`, command: `service ${s.name} -n ${s.namespace}` })), 'Look closer:'));
    }
  }
  blocks.push(...uncheckedBlocks([...unchecked.values()]));
  if (snapshot.source.startsWith('the dump file')) blocks.push(note(`Read from ${snapshot.source}, not the live cluster.`));
  return reply('diagnose', blocks, {
    outcome: ran === 0 ? 'unavailable' : 'ok',
    data: {
      command: base,
      total: sorted.length,
      page,
      pages,
      findings: sorted.map((f) => ({ diagnostic: f.diagnostic, severity: f.severity, object: f.object, problem: f.problem })),
      unchecked: [...unchecked.values()].map((u) => ({ diagnostic: u.diagnostic, reason: u.problem.reason })),
    },
  });
}

/** "what's wrong in shop", "is anything broken", "are there any issues". */
const WRONG = /\b(?:what'?s|what is|anything|something|is (?:anything|something)|are there (?:any )?)\b.*\b(?:wrong|broken|misconfigured|problems?|issues?)\b/;
/** "check the staging namespace for problems", "scan payments for issues": the namespace may follow the verb. */
const CHECK_FOR = /^(?:please )?(?:check|scan|audit|look at|go over|go through)(?: the)? ([a-z0-9][-a-z0-9]{0,62})?\b.*\b(?:problems?|issues?|errors?|misconfigurations?|wrong)\b/;
/** Words after "check" that are not a namespace. */
const NOT_CHECKED = new Set(['my', 'our', 'the', 'cluster', 'everything', 'all', 'services', 'service', 'if', 'whether', 'for', 'that', 'this', 'it']);
const SCOPE = /\b(?:my|our|the) (?:services|cluster|namespace)\b/;

export const diagnose: Command = {
  name: 'diagnose',
  aliases: ['doctor'],
  summary: 'Check the Services and Ingresses of a namespace for problems, most severe first.',
  usage: USAGE,
  examples: ['diagnose payments', 'diagnose all', 'doctor -n shop'],
  flags: ['namespace', 'all-namespaces'],
  recognize(text) {
    const intent = readIntent(text);
    const t = intent.lower;
    if (t.length > 160 || intent.wantsManifest) return null;
    const checked = CHECK_FOR.exec(t)?.[1];
    const namespace = intent.namespace ?? (checked !== undefined && !NOT_CHECKED.has(checked) ? checked : null);
    const place = intent.allNamespaces || namespace !== null;
    const target = intent.allNamespaces ? 'diagnose all' : namespace ? `diagnose ${namespace}` : 'diagnose';
    // "what's wrong in shop": needs a place (a namespace, the cluster, my services).
    if ((WRONG.test(t) || CHECK_FOR.test(t)) && (place || SCOPE.test(t))) return { score: LEVEL.explicit, command: target };
    // "my services in staging are unreachable": trouble in a namespace, no one Service named.
    // Without a namespace ("I can't reach my service") the checklist of `ask` answers better.
    // A Service called across namespaces ("from ns shop how do i call the service in ns payments") is
    // a question of its DNS name, which `ask` answers.
    // Nor is a name that did not resolve ("`server can't find payments.svc.cluster.local: NXDOMAIN`, it lives in billing"):
    // the name used is the question, not the namespace's objects.
    if (/\b(?:my|our|the) services?\b/.test(t) && intent.trouble && place && intent.serviceName === null && intent.mechanism !== 'cross-namespace' && !intent.nameNotFound)
      return { score: LEVEL.explicit, command: target };
    return null;
  },
  run,
};
