// Which command answers free text, end to end through handle(). The messages are written for this
// table (none comes from the eval questions or the which scenarios), in the way people type in
// chat, and the expectations say what is right for the person asking:
// - an explicit request wins: pasted YAML -> check, "yaml for X" -> yaml, "X vs Y" -> compare,
//   "show services in ns" -> services, a named Service -> service, a namespace's health -> diagnose;
// - "which / how should I expose / what should I use for <my workload>" -> which;
// - a question about how a concept behaves -> ask (explain for a bare "what is <topic>"), even
//   when it is phrased "can I / should I / is it ok", unless it describes the asker's workload;
// - "X or Y?" with nothing about the workload -> compare; with the workload -> which.
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/core/registry.js';
import { route } from '../../src/core/route.js';
import { ask, builtInKnowledge, testRuntime } from '../helpers.js';

type Row = [message: string, command: string, routed?: string];

const MANIFEST = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n    - port: 80\n      nodePort: 80';

export const ROUTING_TABLE: Row[] = [
  // --- help ---------------------------------------------------------------------------------
  ['what can this bot do?', 'help'],
  ['how do I use you', 'help'],

  // --- yaml: an explicit request for a manifest -----------------------------------------------
  ['give me a manifest for a headless service', 'yaml'],
  ['can you write the yaml for an ingress for shop.example.com', 'yaml'],
  ['nodeport service yaml example please', 'yaml'],
  ['sample httproute manifest', 'yaml'],
  ['I need yaml for an externalname service pointing at db.example.com', 'yaml'],
  ['show me the yaml for a clusterip service called api', 'yaml', 'yaml clusterip api'],
  ['template for a loadbalancer svc named web in payments', 'yaml'],
  ['give me an ingress yaml for my 3 web apps on gke', 'yaml'],

  // --- check: pasted manifests ----------------------------------------------------------------
  [`is this right?\n${MANIFEST}`, 'check'],
  [`why won't this apply\n\`\`\`yaml\napiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  backend:\n    serviceName: web\n    servicePort: 80\n\`\`\``, 'check'],
  ['can you look at {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "db"}, "spec": {"ports": [{"port": 5432}]}}', 'check'],

  // --- explain: a topic by name ---------------------------------------------------------------
  ['what are endpoint slices?', 'explain'],
  ['tell me about metallb', 'explain'],
  ['gateway api?', 'explain'],
  ['what is kube-proxy', 'explain'],
  ['what does a headless service do', 'explain'],
  ['externalTrafficPolicy', 'explain'],

  // --- compare: explicit comparisons, and choices with nothing about the workload ----------------
  ['clusterip vs headless', 'compare'],
  ["what's the difference between an ingress and a gateway?", 'compare'],
  ['how does nodeport differ from loadbalancer', 'compare'],
  ['ingress or loadbalancer?', 'compare'],
  ['should I use ExternalName or a headless service?', 'compare'],
  ['nodeport vs ingress for my home lab jellyfin?', 'compare'],
  ['port-forward vs kubectl proxy', 'compare'],

  // --- ask: how a concept behaves, troubleshooting without a named object ---------------------
  ['does a ClusterIP service work across namespaces?', 'ask'],
  ['can a nodeport service use port 443?', 'ask'],
  ['are nodeports a bad idea for prod?', 'ask'],
  ['can an ingress forward raw tcp?', 'ask'],
  ['does every LoadBalancer service get its own IP?', 'ask'],
  ['how do I enable TLS on an ingress?', 'ask'],
  ['how do I access a loadbalancer service from my browser?', 'ask'],
  ['how many load balancers does an ingress create?', 'ask'],
  ['external ip of my LB has been pending for an hour', 'ask'],
  ['connection refused when curling the service', 'ask'],
  ['what port range can a nodePort use?', 'ask'],
  ['how does traffic get from the load balancer to my pod?', 'ask'],
  ['do I need an ingress controller for an ingress to work?', 'ask'],
  ['can I use cert-manager with the gateway api?', 'ask'],
  ['what happens to traffic when a pod is not ready?', 'ask'],
  ['should I set externalTrafficPolicy to Local?', 'ask'],
  ['should I use sessionAffinity for my websocket app?', 'ask'],
  ['what ingress controller should I install on bare metal?', 'ask'],
  ['why does my ingress return 404 for /api', 'ask'],
  ["why can't I reach my app", 'ask'],
  ['how do pods find each other in a statefulset', 'ask'],
  ['is it possible to give a LoadBalancer a static ip?', 'ask'],
  ['can a service point at pods in two namespaces', 'ask'],
  ['is a nodeport service load balanced across nodes?', 'ask'],
  ['does gateway api support tcp routes', 'ask'],
  ['how do I move my ingresses off extensions/v1beta1', 'ask'],
  ['is udp supported by loadbalancer services on aws?', 'ask'],
  ['what about linkerd', 'ask'],

  // --- which: a recommendation for the asker's own workload -----------------------------------
  ['we run a handful of django apps on AKS and customers need to reach them over https, what do we use?', 'which'],
  ["what's the right way to let partners reach our sftp server on gke?", 'which'],
  ['our prometheus needs to scrape an exporter in the same cluster, which service type?', 'which'],
  ["I'm on k3s at home and want my jellyfin reachable on my LAN", 'which'],
  ['which type should the redis for my sessions be? only the web pods talk to it', 'which'],
  ["expose my spring app on eks for the public, it's the only one", 'which'],
  ['need to expose a udp voice server on bare metal for production', 'which'],
  ['how do I let colleagues in the office reach a grafana we run on-prem?', 'which'],
  ['is an ingress right for our mqtt broker on gke?', 'which'],
  ["can I use a nodeport for my company's website in production on bare metal?", 'which'],
  ['ingress or loadbalancer for our 6 http apis on gke?', 'which'],
  ["what's the cheapest way to expose 10 web apps on digitalocean?", 'which'],
  ['my pods need to talk to an external mongo atlas cluster through a service name', 'which'],
  ['need quick access to the rabbitmq management ui from my laptop', 'which'],
  ['each replica of my nats statefulset needs its own dns name', 'which'],
  ['how do I expose port 8080 of my pod?', 'which'],
  ['how do I get https for my web app on gke?', 'which'],
  ['compare the options for exposing my api on bare metal', 'which'],
  ['yaml for whatever service type fits a public http api on gke', 'which'],
  ['how should our game backend on EKS take UDP traffic from players?', 'which'],
  ['we have an elasticsearch that only kibana in the cluster uses, what svc type', 'which'],
  ['does our internal grpc service need an ingress? only other pods call it', 'which'],

  // --- services: listing what the cluster exposes ---------------------------------------------
  ['list the services in checkout', 'services', 'services checkout'],
  ['show me all svcs in the staging namespace', 'services', 'services staging'],
  ['what services are running in prod?', 'services', 'services prod'],
  ["what's exposed across the cluster?", 'services', 'services all'],
  ['get services -n web', 'services', 'services web'],

  // --- service: one named Service -------------------------------------------------------------
  ['describe the checkout service in shop', 'service', 'service checkout -n shop'],
  ['how do I reach the orders service in payments from my laptop', 'service', 'service orders -n payments'],
  ['the cart service keeps timing out', 'service', 'service cart'],
  ['details for service payments-api', 'service', 'service payments-api'],
  ['which service type is the checkout service in shop using?', 'service', 'service checkout -n shop'],
  ["can't connect to the db service in the prod namespace", 'service', 'service db -n prod'],

  // --- diagnose: a namespace's (or the cluster's) health ---------------------------------------
  ['anything wrong in the payments namespace?', 'diagnose', 'diagnose payments'],
  ['are there problems with services across all namespaces', 'diagnose', 'diagnose all'],
  ['is something broken in shop?', 'diagnose', 'diagnose shop'],
  ['my services in staging are all unreachable', 'diagnose', 'diagnose staging'],
];

describe('free-text routing table', () => {
  const runtime = testRuntime();
  it('covers every command that recognises free text, and ask', () => {
    const covered = new Set(ROUTING_TABLE.map(([, command]) => command));
    for (const command of registry.commands) if (command.recognize) expect(covered, command.name).toContain(command.name);
    expect(covered).toContain('ask');
  });

  it.each(ROUTING_TABLE)('%s -> %s', async (message, command, routed) => {
    const r = await ask(message, runtime);
    expect(r.command).toBe(command);
    if (routed !== undefined) expect(route(message, registry, builtInKnowledge())?.command).toBe(routed);
  });
});
