import { indexSlices } from '../../cluster/model.js';
import { serviceColumns, serviceRow, servicesSummary, serviceTableRow, type ServiceRow } from '../../cluster/describe/services-table.js';
import type { Command, CommandInput } from '../command.js';
import { kubectlScopes, listingRequest, pageChoices, pastLastPage, problemNotes, readCluster, unavailableReply } from '../cluster-access.js';
import type { Context } from '../context.js';
import { readIntent } from '../intent.js';
import { choices, heading, note, paragraph, reply, table, type Block, type Reply } from '../reply.js';
import { LEVEL } from '../route.js';

/** Rows per page: readable in a chat message, well inside Slack's 100-row table limit. */
export const SERVICES_PAGE_SIZE = 30;

const USAGE = 'services [namespace|all] [page=N]';

async function run(input: CommandInput, ctx: Context): Promise<Reply> {
  const asked = listingRequest('services', USAGE, input, ctx, '; for one Service use `service <name> -n <namespace>`.');
  if ('blocks' in asked) return asked;
  const { page, resolved } = asked;

  const snapshot = await readCluster(
    'services',
    ctx,
    resolved.target,
    ['services', 'endpointslices'],
    kubectlScopes(resolved.target).map((scope) => `kubectl get services ${scope} -o wide`),
  );
  if ('blocks' in snapshot) return snapshot;
  const { services, endpointslices } = snapshot;
  if (services.items.length === 0 && services.problems.length > 0) return unavailableReply('services', services.problems);

  // Namespace and name are DNS labels (no NUL), so one string key sorts by both.
  const sorted = services.items
    .map((s) => ({ key: `${s.namespace}\u0000${s.name}`, s }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((e) => e.s);
  const slicesKnown = endpointslices.problems.length === 0;
  const index = indexSlices(endpointslices.items);
  const brokenSlices = new Set(endpointslices.problems.map((p) => p.namespace));
  const rows: ServiceRow[] = sorted.map((s) =>
    serviceRow(s, slicesKnown || !(brokenSlices.has(null) || brokenSlices.has(s.namespace)) ? (index.get(`${s.namespace}/${s.name}`) ?? []) : null, snapshot.now),
  );

  // Every visible namespace is what `all` means, so paging through them is `services all`.
  const baseCommand = resolved.namespace ? `services ${resolved.namespace}` : 'services all';
  const pages = Math.max(1, Math.ceil(rows.length / SERVICES_PAGE_SIZE));
  if (page > pages) return pastLastPage('services', baseCommand, page, pages);

  const withNamespace = resolved.namespace === null;
  const blocks: Block[] = [heading(`Services in ${resolved.label}`)];
  if (rows.length === 0) {
    blocks.push(paragraph(`No Services in ${resolved.label}${resolved.namespace ? ' (or the namespace does not exist)' : ''}.`));
  } else {
    const shown = rows.slice((page - 1) * SERVICES_PAGE_SIZE, page * SERVICES_PAGE_SIZE);
    const namespaces = new Set(rows.map((r) => r.namespace)).size;
    const range = pages > 1 ? ` Showing ${(page - 1) * SERVICES_PAGE_SIZE + 1}–${(page - 1) * SERVICES_PAGE_SIZE + shown.length}, page ${page} of ${pages}.` : '';
    const where = withNamespace ? ` in ${namespaces.toLocaleString('en-US')} namespace${namespaces === 1 ? '' : 's'}` : '';
    blocks.push(paragraph(`${servicesSummary(rows).replace(/^([\d,]+ Services?)/, `$1${where}`)}${range} Ready/Total counts endpoints.`));
    blocks.push(table(serviceColumns(withNamespace), shown.map((r) => serviceTableRow(r, withNamespace))));
    blocks.push(...pageChoices(baseCommand, page, pages));
    // The first row without a ready endpoint is the likeliest thing to look at.
    const first = shown.find((r) => r.ready === 0) ?? shown[0];
    const next: { label: string; command: string }[] = [];
    if (first) next.push({ label: `service ${first.name} -n ${first.namespace}`, command: `service ${first.name} -n ${first.namespace}` });
    next.push({ label: resolved.namespace ? `diagnose ${resolved.namespace}` : 'diagnose all', command: resolved.namespace ? `diagnose ${resolved.namespace}` : 'diagnose all' });
    blocks.push(choices(next, 'Look closer:'));
  }
  blocks.push(...problemNotes(snapshot));
  if (snapshot.source.startsWith('the dump file')) blocks.push(note(`Read from ${snapshot.source}, not the live cluster.`));
  return reply('services', blocks, {
    data: {
      command: baseCommand,
      total: rows.length,
      page,
      pages,
      services: rows.slice((page - 1) * SERVICES_PAGE_SIZE, page * SERVICES_PAGE_SIZE).map((r) => ({
        namespace: r.namespace,
        name: r.name,
        type: r.type,
        clusterIP: r.clusterIP,
        external: r.external,
        ports: r.ports,
        endpoints: r.ready === null ? null : { ready: r.ready, total: r.total },
      })),
    },
  });
}

export const services: Command = {
  name: 'services',
  aliases: ['svc'],
  summary: "List a namespace's Services: type, cluster IP, external address, ports and ready endpoints.",
  usage: USAGE,
  examples: ['services', 'services payments', 'services all', 'svc -n shop page=2'],
  flags: ['namespace', 'all-namespaces'],
  // "svc protocol field, what's the default", "svc ports named or not?": a part of a Service after the word starts a
  // question about Services, not a namespace to list.
  startsQuestion: /^(?:protocols?|ports?|port names?|target ?ports?|selectors?|fields?|spec|annotations?|labels?|cluster ?ips?|ips?|dns|session ?affinity|(?:internal|external) ?traffic ?policy|app ?protocol)\b/i,
  recognize(text) {
    const intent = readIntent(text);
    const t = intent.lower;
    if (/\bservice types?\b|\bwhich type\b|\bshould (?:i|we)\b|\bdo (?:i|we) need\b|\bvs\.?\b|\bdifference\b/.test(t)) return null;
    const listing = /^(?:(?:please |can you |could you )?(?:show|list|get|display)(?: me)?(?: all)?(?: the)?(?: k8s| kubernetes)? (?:services|svcs?)\b|(?:which|what) services\b|what(?:'s| is)(?: being)? exposed\b)/.test(t);
    if (!listing || t.length > 120) return null;
    if (intent.allNamespaces) return { score: LEVEL.explicit, command: 'services all' };
    return { score: LEVEL.explicit, command: intent.namespace ? `services ${intent.namespace}` : 'services' };
  },
  run,
};
