// `which` through the real core: what people read, what buttons do, and what scripts get.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { recognizeWhich } from '../../src/core/commands/which.js';
import type { Choice, Reply } from '../../src/core/reply.js';
import { LEVEL } from '../../src/core/route.js';
import { expandChatShorthand } from '../../src/knowledge/tree.js';
import { ask, builtInKnowledge, testRuntime } from '../helpers.js';

const options = (reply: Reply): Choice[] => reply.blocks.flatMap((b) => (b.type === 'choices' ? b.options : []));
const commandOf = (reply: Reply, label: string) => options(reply).find((o) => o.label === label)?.command;

describe('which, interactive', () => {
  it('starts with who needs to reach it, each answer a canonical command', async () => {
    const r = await ask('which');
    expect(r.command).toBe('which');
    expect(r.outcome).toBe('ok');
    expect(r.text).toContain('Who needs to reach it?');
    expect(r.data).toMatchObject({ question: 'audience', answers: {} });
    expect(options(r).map((o) => o.command)).toEqual(['which a=pods', 'which a=laptop', 'which a=private', 'which a=internet']);
    expect(options(r).some((o) => o.label === 'Back')).toBe(false);
  });

  it('answers to its aliases', async () => {
    expect((await ask('recommend')).data.question).toBe('audience');
    expect((await ask('choose a=internet')).data.question).toBe('protocol');
  });

  it('walks a whole path by buttons, with Back and Start over at each step', async () => {
    let r = await ask('which');
    for (const label of ['Anyone on the internet', 'HTTP or HTTPS', 'Bare metal or on-prem, no cloud load balancer']) {
      const next = commandOf(r, label);
      expect(next, label).toBeDefined();
      r = await ask(next as string);
    }
    expect(r.data.recommendation).toBe('ingress+nodeport');
    expect(r.data.answers).toEqual({ audience: 'internet', protocol: 'http', environment: 'bare', stage: 'prod', metallb: 'no', routing: 'ingress' });
    // Without MetalLB, production is assumed (with a button for a demo's NodePort).
    expect(r.data.assumed).toEqual(['metallb', 'stage', 'routing']);
    expect(commandOf(r, 'Back')).toBe('which a=internet p=http');
    expect(commandOf(r, 'Start over')).toBe('which');
    const back = await ask(commandOf(r, 'Back') as string);
    expect(back.text).toContain('So far: Anyone on the internet · HTTP or HTTPS');
    const demo = await ask('which a=internet p=http e=bare s=demo');
    expect(demo.data.recommendation).toBe('nodeport');
  });

  it('accepts long answer names and synonyms as values', async () => {
    const r = await ask('which audience=internet protocol=http environment=bare-metal stage=production');
    expect(r.data.recommendation).toBe('ingress+nodeport');
  });
});

describe('which, inline and free text', () => {
  it('reads positional answers by synonym', async () => {
    expect((await ask('which internet http bare-metal prod')).data.recommendation).toBe('ingress+nodeport');
    expect((await ask('which external production http no-cloud-lb')).data.recommendation).toBe('ingress+nodeport');
  });

  it('skips the questions free text answers and asks the next one', async () => {
    const r = await ask('which I need to expose a TCP service, we are on-prem');
    expect(r.data.question).toBe('stage');
    expect(options(r).map((o) => o.command)).toContain('which a=out p=tcp e=bare s=prod');
  });

  it('asks about a contradiction instead of guessing, and the answer settles it', async () => {
    const r = await ask("which we're on EKS and also minikube, how do I expose my web app?");
    expect(r.data.question).toBe('environment');
    expect(r.text).toContain('You mentioned more than one answer to this: A managed cloud (EKS, GKE, AKS…); Local (kind, minikube, k3d, Docker Desktop)');
    const cloud = options(r).find((o) => o.label.startsWith('A managed cloud'))?.command as string;
    expect(cloud).toContain('e=cloud');
    expect(cloud).not.toContain('cloud,local');
  });

  it('asks where it runs when a cluster on the asker\'s own machine must serve others in production', async () => {
    for (const text of ['which minikube on my workstation, but from next week it must serve every branch office in production. what service type', 'docker desktop on my laptop has to serve our 30 shops in production from tomorrow']) {
      const r = await ask(text);
      expect(r.command).toBe('which');
      // A question (what it speaks comes first; where it runs is still open), never NodePort on a laptop for production.
      expect(r.data.recommendation).toBeUndefined();
      expect(r.data.question).toBeDefined();
      expect(r.text).not.toContain('Recommendation:');
    }
  });

  it('asks who connects when it must stay in the cluster yet a device outside it streams from it', async () => {
    for (const text of ['which navidrome stays cluster-internal only, nothing outside the cluster may reach it. but the sonos speaker in the kitchen plays from it', 'the print api: nothing outside the cluster may reach it. the label printers on the dock (not in k8s) post jobs to it']) {
      const r = await ask(text);
      expect(r.command, text).toBe('which');
      expect(r.data.recommendation, text).toBeUndefined();
      expect(r.data.question, text).toBe('audience');
    }
  });

  it('says a queue worker may need no Service, and asks what connects to it', async () => {
    for (const text of ['which stack: next.js, nest api, postgres, a bullmq worker. what service type for the worker?', 'stack: next.js, nest api, postgres, a bullmq worker. what service type for the worker?']) {
      const r = await ask(text);
      expect(r.command, text).toBe('which');
      expect(r.data.question, text).toBe('audience');
      expect(r.text, text).toContain('needs no Service at all');
    }
  });

  it('serves the port as is where LAN clients keep hitting a fixed address and port, and says why', async () => {
    const r = await ask('which emby on k3s for the house LAN, the roku apps must keep hitting a static ip on port 8096 as before');
    expect(['loadbalancer', 'nodeport']).toContain(r.data.recommendation);
    expect(r.text).toContain('its own address on port 8096');
  });

  it('asks who connects to a database or broker to expose, when no one is named', async () => {
    for (const text of ["which we have to expose the cassandra db, we're on AKS", 'our rabbitmq runs on GKE, how do we expose it']) {
      const r = await ask(text);
      // A question, and who connects not taken as outside the cluster.
      expect(r.data.recommendation).toBeUndefined();
      expect(r.data.question).toBeDefined();
      expect(r.text).not.toContain('Clients outside the cluster');
    }
  });

  it('says when it understood nothing, and starts at the first question', async () => {
    const r = await ask('which banana smoothie');
    expect(r.text).toContain("I could not tell anything about your setup from `banana smoothie`, so let's go step by step.");
    expect(r.data.question).toBe('audience');
  });

  it('routes free text that asks for a decision, keeping the facts', async () => {
    const r = await ask('how do I reach postgres from my laptop');
    expect(r.command).toBe('which');
    expect(r.data.recommendation).toBe('port-forward');
    expect(r.text).toContain('kubectl port-forward service/my-app 5432:5432 -n default');
    expect(r.text).toContain('http://localhost:8001/api/v1/namespaces/default/services/my-app:5432/proxy/');
    expect(recognizeWhich('I need to expose my API on bare metal for production', builtInKnowledge().tree)?.command).toBe('which a=out p=http e=bare s=prod m=one');
    // A port given in brackets ("the telnet port (2323)") is the workload's, not a question about ports.
    expect(recognizeWhich('how should i reach the telnet port (2323) of my mud pod? only me, a couple of times a year, not public', builtInKnowledge().tree)?.command).toBe('which a=laptop');
    expect(recognizeWhich('which service type should I use?', builtInKnowledge().tree)).toEqual({ score: LEVEL.recommend, command: 'which' });
  });

  it('reads chat shorthand and slips as the words they stand for', async () => {
    expect(expandChatShorthand('wat svc 4 my sts, pf 2 hit teh ui w/ grpc, tls passthru')).toBe('what svc for my statefulset, port-forward to hit the ui with grpc, tls passthrough');
    // A number that counts stays one.
    expect(expandChatShorthand('4 replicas behind 2 services')).toBe('4 replicas behind 2 services');
    const perPod = await ask('our etcd sts needs dns records per pod');
    expect(perPod.command).toBe('which');
    expect(perPod.data.recommendation).toBe('headless');
    const laptop = await ask('wanna curl my api from laptop real quick');
    expect(laptop.command).toBe('which');
    expect(laptop.data.recommendation).toBe('port-forward');
  });

  it('routes whether a kind fits, what type to use, what instead of a kind ruled out, and a workload described by its callers', () => {
    const tree = builtInKnowledge().tree;
    for (const text of [
      'should the checkout api be a NodePort?',
      'dev cluster on my desk, what kind should we pick?',
      'security said no loadbalancer. so what now?',
      'the ledger service is only ever used by pods in this cluster',
      'port-forward or kubectl proxy? only need to open the grafana ui from my laptop once',
    ]) {
      expect(recognizeWhich(text, tree)?.score, text).toBe(text.includes('only ever used') ? LEVEL.facts : LEVEL.recommend);
    }
    expect(recognizeWhich('port-forward or kubectl proxy?', tree)).toBeNull();
    // Asked indirectly ("tell me what to use for…"): still what to use.
    expect(recognizeWhich('could you tell me what to use for the billing worker?', tree)?.score).toBe(LEVEL.recommend);
    expect(recognizeWhich('no idea what to pick for our new api', tree)?.score).toBe(LEVEL.recommend);
  });

  it('answers peers that must learn every other pod\'s address, and gRPC stuck on one pod, with a headless Service', async () => {
    for (const text of [
      "the elixir pods join up with libcluster's dns poll strategy, what service do they need",
      'every janus pod must learn the ip of every other janus pod to relay rooms between them',
      'grpc calls from checkout to pricing, 4 pods behind a clusterip, yet each call lands on one pod. what should the service look like',
    ]) {
      const free = await ask(text);
      expect(free.command, text).toBe('which');
      expect(free.data.recommendation, text).toBe('headless');
    }
  });

  it('answers requests told apart by a custom header with the Gateway API, not one LoadBalancer', async () => {
    const r = await ask('send users with `x-beta-tester: yes` to shop-v2, the rest to shop. new cluster on gke');
    expect(r.command).toBe('which');
    expect(r.data.recommendation).toBe('gateway-api');
  });

  it('answers a short name wished for a Service in another namespace, and one name in every env for an outside host, with an ExternalName', async () => {
    for (const text of [
      'orders in ns shop calls billing in ns finance, devs paste the full fqdn everywhere. can we make a short name in shop for it?',
      'the smtp relay answers at mail.corp.example.net and the pods send through it. should we give it a service so the name is the same in all envs?',
    ]) {
      const free = await ask(text);
      expect(free.command, text).toBe('which');
      expect(free.data.recommendation, text).toBe('externalname');
    }
  });

  it('routes a workload told with a windows node pool or a port wished on a local cluster, and a choice for "the … thing", to which', async () => {
    const windows = await ask('a .NET service on an AKS windows node pool, only called by linux pods in the same cluster. does it need a special service type?');
    expect(windows.command).toBe('which');
    expect(windows.data.recommendation).toBe('clusterip');
    const local = await ask('testing srt ingest on kind, ffmpeg on the same laptop pushes to it. fastest way to get a port on the kind node?');
    expect(local.command).toBe('which');
    expect(['nodeport', 'port-forward']).toContain(local.data.recommendation);
    // Speed asked of something else than a way in is not a recommendation.
    expect((await ask('fastest way to get the logs of a crashed pod?')).command).not.toBe('which');
    // Nothing about the thing but its name: which asks what it speaks rather than comparing the two in general.
    const thing = await ask('nodeport or lb for the chat thing');
    expect(thing.command).toBe('which');
    expect(thing.data.recommendation).toBeUndefined();
    expect(thing.data.question).toBeDefined();
  });

  it('answers several plain-HTTP apps, each its own deployment, asking about a LoadBalancer each, with an Ingress', async () => {
    const r = await ask('lifting 6 legacy struts wars onto GKE, each one its own deployment, all plain http. one LoadBalancer each?');
    expect(r.command).toBe('which');
    expect(r.data.recommendation).toBe('ingress');
  });

  it('leaves definitions, comparisons, YAML and troubleshooting to other commands', () => {
    for (const text of [
      'what is a nodeport',
      'nodeport vs lb?',
      'difference between ingress and loadbalancer',
      'explain headless services',
      'show me yaml for an ingress',
      "why can't I reach my service",
      'what does externalTrafficPolicy do',
      'compare clusterip and nodeport',
      'how does ExternalName work',
      'is an ingress a service type?',
      'show services in payments',
      'help',
      // A kind defined first, then likened to something else: still a definition.
      "what's gateway api? heard it replaces ingress-nginx",
      'whats an ingress, the k8s version of an nginx reverse proxy?',
    ]) {
      expect(recognizeWhich(text, builtInKnowledge().tree), text).toBeNull();
    }
    // Defined and asked for the asker's own workload: the recommendation answers both.
    expect(recognizeWhich("what's an ingress, do we need one for our shop api on eks?", builtInKnowledge().tree)).not.toBeNull();
  });
});

describe('which, a question', () => {
  it('shows where each answer leads once the facts narrow it down', async () => {
    const r = await ask('how do I expose mysql outside k8s');
    expect(r.command).toBe('which');
    expect(r.data.question).toBe('environment');
    expect(r.text).toContain('Where each answer leads');
    expect(r.text).toContain('- A managed cloud (EKS, GKE, AKS…): LoadBalancer Service');
    expect(r.text).toContain('- Local (kind, minikube, k3d, Docker Desktop): NodePort Service');
    expect((await ask('which')).text).not.toContain('Where each answer leads');
  });

  it('says why not a kind the message asked about when no answer can lead to it', async () => {
    const r = await ask('how do I expose a postgres database through ingress');
    expect(r.data.recommendation).toBeUndefined();
    expect(r.text).toContain('Why not Ingress (with an Ingress controller)? An Ingress routes HTTP(S) only, so it cannot carry raw TCP or UDP.');
    expect((await ask('which ingress for my web app')).text).not.toContain('Why not Ingress');
  });
});

describe('which, the recommendation', () => {
  it('gives the kind, the reasons tied to the answers, caveats, alternatives and next steps', async () => {
    const r = await ask('which can I put my UDP game server behind an ingress on AKS?');
    expect(r.data.recommendation).toBe('loadbalancer');
    expect(r.text).toContain('Recommendation: LoadBalancer Service');
    expect(r.text).toContain('UDP cannot go through an Ingress, which only routes HTTP(S)');
    expect(r.text).toContain('Why not Ingress (with an Ingress controller)? An Ingress routes HTTP(S) only, so it cannot carry raw TCP or UDP.');
    expect(r.text).toContain('One load balancer, and one bill, per Service');
    expect(commandOf(r, 'Show YAML')).toBe('yaml loadbalancer my-app port=9000 protocol=UDP');
    expect(commandOf(r, 'Explain loadbalancer')).toBe('explain loadbalancer');
    expect(commandOf(r, 'Compare loadbalancer and ingress')).toBe('compare loadbalancer ingress');
    expect(commandOf(r, "Yes, the app needs the client's source IP")).toBe('which a=internet p=udp e=cloud m=? ip=yes r=ingress vs=ingress');
  });

  it('keeps the client IP with externalTrafficPolicy: Local when asked, and says what it costs', async () => {
    const r = await ask('which a=internet p=tcp e=cloud ip=yes');
    expect(commandOf(r, 'Show YAML')).toBe('yaml loadbalancer my-app port=9000 externalTrafficPolicy=Local');
    expect(r.text).toContain('the load balancer sends traffic only to nodes with a ready pod');
  });

  it('explains why NodePort is not for production when someone asks about it', async () => {
    const r = await ask('which is NodePort fine for production on GKE? one HTTP service, we can afford a load balancer');
    expect(r.data.recommendation).toBe('loadbalancer');
    expect(r.text).toContain('Why not NodePort Service? NodePort is not for production: a high port (30000-32767) on node addresses that change');
  });

  it('lists the NodePort range and node addresses among its caveats', async () => {
    const r = await ask('which a=out p=http e=local');
    expect(r.data.recommendation).toBe('nodeport');
    expect(r.text).toContain('30000-32767');
    expect(r.text).toContain('node addresses change');
    expect(commandOf(r, 'Several services behind one address')).toBe('which a=out p=http e=local m=many');
  });

  it('tells whoever wants the internet to reach a laptop cluster to forward the port and tunnel to it', async () => {
    const r = await ask('which internet http local');
    expect(r.data.recommendation).toBe('port-forward');
    expect(r.text).toContain('Nothing on the internet can reach a cluster on your laptop');
    expect(r.text).toContain('stripe listen --forward-to localhost:8080');
  });

  it("names the YAML and commands it offers after the asker's workload, and carries the name through every button", async () => {
    const r = await ask('how should I expose my api called orders (port 8080) to the internet on EKS? HTTP, just this one service');
    expect(r.data.recommendation).toBe('loadbalancer');
    expect(commandOf(r, 'Show YAML')).toBe('yaml loadbalancer orders port=8080');
    expect(r.data.command).toContain('name=orders');
    const pf = await ask('i need to reach the postgres statefulset `ledger-db` from my laptop to run one migration');
    expect(pf.data.recommendation).toBe('port-forward');
    expect(pf.text).toContain('kubectl port-forward service/ledger-db 5432:5432');
    // Typed as an answer, and checked like one.
    const typed = await ask('which a=internet p=http e=cloud m=many name=shop');
    expect(commandOf(typed, 'Show YAML')).toBe('yaml ingress shop host=app.example.com service=shop port=80');
    const bad = await ask('which a=laptop name=Shop_Front');
    expect(bad.text).toContain('`name=Shop_Front` is not a Service name');
    // No name given: the placeholders, and nothing read from words that only sit where a name would.
    const none = await ask('our checkout service is called by the frontend; expose it to the internet on GKE, one HTTP service');
    expect(commandOf(none, 'Show YAML')).toBe('yaml loadbalancer my-app port=80');
  });

  it('offers a Service without a selector and the EndpointSlice for an outside IP, with the address the asker gave', async () => {
    const r = await ask('pods need to reach our legacy billing box at 10.20.0.15 port 5432 by a service name');
    expect(r.data.recommendation).toBe('clusterip');
    const show = commandOf(r, 'Show YAML') ?? '';
    expect(show).toBe('yaml clusterip my-app port=5432 ip=10.20.0.15');
    expect(r.data.command).toContain('addr=10.20.0.15');
    const manifest = await ask(show);
    expect(manifest.text).toContain('kind: EndpointSlice');
    expect(manifest.text).toContain('- 10.20.0.15');
    expect((manifest.data.manifest as { spec: { selector?: unknown } }).spec.selector).toBeUndefined();
    // No address given: a documentation address, said to be one to replace.
    const typed = await ask('which a=pods t=outside n=ip p=tcp');
    expect(typed.data.recommendation).toBe('clusterip');
    const placeholder = await ask(commandOf(typed, 'Show YAML') ?? '');
    expect(placeholder.text).toContain('Replace the documentation address `192.0.2.10`');
    // Bind addresses are not outside hosts.
    const bound = await ask('my app listens on 0.0.0.0:8080 and 127.0.0.1:9090, expose it to the internet on EKS, one HTTP service');
    expect(bound.data.command ?? '').not.toContain('addr=');
    expect((await ask('which a=pods addr=127.0.0.1')).text).toContain('`addr=127.0.0.1` is not an address a Service can send to');
  });

  it('offers an ExternalName for the outside host the asker named, carried as host=', async () => {
    const r = await ask('pods should call our managed postgres at mydb.abc123.eu-west-1.rds.amazonaws.com by a short name');
    expect(r.data.recommendation).toBe('externalname');
    expect(commandOf(r, 'Show YAML')).toBe('yaml externalname my-db externalName=mydb.abc123.eu-west-1.rds.amazonaws.com');
    expect(r.data.command).toContain('host=mydb.abc123.eu-west-1.rds.amazonaws.com');
    expect((await ask('which a=pods t=outside host=http://db.example.com')).text).toContain('is not a host name');
  });

  it('uses the policy defaults in the YAML it offers', async () => {
    const runtime = testRuntime({ defaults: { namespace: 'shop', ingressClass: 'traefik', domain: 'apps.example.org' } });
    const r = await ask('which a=internet p=http e=cloud m=many', runtime);
    expect(commandOf(r, 'Show YAML')).toBe('yaml ingress my-app host=my-app.apps.example.org service=my-app port=80 class=traefik');
    const pf = await ask('which a=laptop p=http', runtime);
    expect(pf.text).toContain('kubectl port-forward service/my-app 8080:80 -n shop');
  });

  it('never silently assumes what the text only hinted at: it asks, or shows the reading as an assumption to change', async () => {
    // "talk to each other" hints at per-pod names; the whole-message reading is sure enough to take it
    // (see reading.test.ts for when it is not), and the reply says so and offers the other answer.
    const r = await ask('which my cassandra pods need to talk to each other');
    const commands = options(r).map((o) => o.command);
    if (typeof r.data.recommendation === 'string') {
      expect(r.data.recommendation).toBe('headless');
      expect(r.text).toContain('Assumed');
      expect(commands).toContain('which a=pods t=app p=tcp port=9042');
    } else {
      expect(r.data.question).toBe('target');
      expect(commands).toContain('which a=pods t=peers p=tcp port=9042');
    }
  });

  it('offers ExternalName for a DNS name and a selector-less Service for an IP', async () => {
    expect((await ask('which a=pods t=outside n=dns')).data.recommendation).toBe('externalname');
    const ip = await ask('which a=pods t=outside n=ip');
    expect(ip.data.recommendation).toBe('clusterip');
    expect(ip.text).toContain('EndpointSlice');
  });
});

describe('which, several parts: one reached from outside, one kept inside', () => {
  // The recommendation is for the part asked about, or a question; never ClusterIP for callers outside.
  it.each([
    ["AKS: the billing VMs in our datacenter (over expressroute) connect to mysql on 3306 in the cluster; replication between the mysql pods stays internal. do we route it through the ingress?", 'loadbalancer'],
    ["our on-prem reporting servers need to query the postgres in our EKS cluster on 5432. the inter-node traffic stays inside the cluster. what service?", 'loadbalancer'],
    ["kibana should go on https://logs.example.org behind our existing traefik ingress with forward auth; the elasticsearch nodes stay internal. what do i use for kibana?", 'ingress'],
    ["it's only me doing a redis-cli flushall on the cache pod every few months, not public. how do i get at it", 'port-forward'],
    ["need to poke the admin grpc port of one inventory pod with grpcurl, once. its public https goes through the ingress", 'port-forward'],
    ["GKE prod. the storefront serves https to customers, the pricing grpc backend is internal. plan is a NodePort 31443 on the storefront and customers get the node ips. good idea?", 'ingress'],
    ["own servers in a colo, prod, no metallb allowed. the chat app has a public websocket endpoint and a redis port that must stay internal", 'ingress+nodeport'],
    ["colo, prod, no metallb. the chat app is public and its redis port must stay internal", 'ask'],
    ["bare-metal k3s in the garage. can my terraria tcp port 7777 go into the traefik ingress beside the web ui or do i need metallb?", 'loadbalancer'],
    ["ledger-svc answers grpc to the api-gateway pods only (the gateway is what's public, not this). what type for ledger-svc", 'clusterip'],
    ["otel setup: apps push traces to the agent on 4317 (grpc), people view grafana via the ingress. the agent ports are in-cluster only, which service for those?", 'clusterip'],
    ["bare metal with metallb and nginx ingress. the forgejo web ui is on the ingress already but ssh (2222) won't go through it. what should the ssh port be", 'loadbalancer'],
  ] as const)('%s', async (text, expected) => {
    const runtime = testRuntime();
    for (const message of [`which ${text}`, text]) {
      const r = await ask(message, runtime);
      expect(r.command, message).toBe('which');
      expect(typeof r.data.recommendation === 'string' ? r.data.recommendation : 'ask', message).toBe(expected);
    }
  });
});

describe('which, bad input', () => {
  it('names an unknown answer key and lists the keys', async () => {
    const r = await ask('which colour=blue');
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain("I don't know the answer `colour`");
    expect(r.text).toContain('`a` (audience)');
  });

  it('names a wrong value, lists the right ones and offers them as buttons', async () => {
    const r = await ask('which a=internet e=mars');
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('`e=mars` is not an answer to "Where does the cluster run?"');
    expect(r.text).toContain('`e` takes `cloud`, `bare`, `local`');
    expect(options(r).map((o) => o.command)).toEqual(['which a=internet e=cloud', 'which a=internet e=bare', 'which a=internet e=local']);
  });

  it('checks vs= and port=', async () => {
    expect((await ask('which vs=banana')).outcome).toBe('invalid');
    expect((await ask('which port=70000')).text).toContain('is not a port');
    expect((await ask('which a=laptop port=6379')).text).toContain('6379:6379');
  });

  it('reads a flag quoted from another command line in a sentence as its words, but refuses one given to it', async () => {
    const quoted = await ask('which we started the db with docker run -p 5432:5432 on a VM, now it runs in the cluster and only the app pods query it');
    expect(quoted.outcome).toBe('ok');
    expect(quoted.data.recommendation).toBe('clusterip');
    const laptop = await ask('which kubectl port-forward -n shop svc/api is what I do now, just me from my laptop');
    expect(laptop.data.recommendation).toBe('port-forward');
    const given = await ask('which a=pods -p 80');
    expect(given.outcome).toBe('invalid');
    expect(given.text).toContain('`which` does not take `-p`');
  });

  it('answers a huge or hostile message briefly', async () => {
    const huge = await ask(`which ${'expose '.repeat(2000)}`);
    expect(huge.outcome).toBe('invalid');
    expect(huge.text.length).toBeLessThan(400);
    const hostile = await ask('which ```a=`rm -rf`\u0000``` <script>');
    expect(['ok', 'invalid']).toContain(hostile.outcome);
  });
});

describe('which, for cluster add-ons and who calls them', () => {
  it.each([
    // Developers' daily work from their laptops, and the nodes pulling images: clients outside the pod network.
    ['our registry runs in the cluster on GKE, every node pulls its images from it and the devs docker push from their own laptops. one service', 'loadbalancer', 'Clients on other networks'],
    ['gitlab on aks, devs git push and clone over ssh (port 22) from their laptops all day. which service type for ssh?', 'loadbalancer', 'Clients on other networks'],
    // The web side already served by the entry point; the other protocol beside it is what is asked.
    ['forgejo on prem with metallb; the web ui already goes through our ingress-nginx but ssh clones on 22 also have to work from the office', 'loadbalancer', 'Raw TCP'],
    // The API server calls what an APIService or a webhook configuration points at, by its name in the cluster.
    ["keda's metrics apiserver is registered as an APIService, the apiservice points to its svc. what type should the svc be?", 'clusterip', 'Only pods in the cluster connect'],
    ['the mutating webhook configuration points at our injector svc, what kind of svc', 'clusterip', 'Only pods in the cluster connect'],
    // The kind asked of an add-on's own Service, named by its part ("the controller svc").
    ['traefik on our own servers, no load balancer; its controller service sits at pending. what kind should the controller service be now', 'ingress+nodeport', 'NodePort'],
    // A balancer team that takes only the nodes' addresses and one port.
    ['platform team runs the F5 and only gives us a pool of node IPs with one static port, raw tcp from the datacenter, prod on prem. what service type?', 'nodeport', 'With nothing to provide load balancer addresses'],
    // A name hard-coded with its port, for a Service moved to another namespace.
    ["our dashboards chart hardcodes grafana:3000 but grafana moved to the observability namespace. what's the fix?", 'externalname', 'a short name resolves only in its own namespace'],
    // Controller annotations turned down: the Gateway API.
    ['eks, about 20 http services and 4 grpc ones across teams, and no more per-controller annotation soup please. what should we use?', 'gateway-api', 'Gateway API'],
    // A look run on the asker's screen while another party watches: a tunnel, whoever the party is.
    ["during a screen share with a partner's dev I want to show what the orders endpoint returns, just this once. GKE", 'port-forward', 'port-forward'],
    // Seconds of access on a local cluster: a look, not a port opened on the node.
    ['minikube, want to check the UI in my browser for a moment', 'port-forward', 'port-forward'],
    // Several outside machines by address behind one name, spread over: one virtual IP over an EndpointSlice, not per-pod names.
    ['two postgres read replicas on vms at 172.16.4.10 and 172.16.4.11, pods should connect through one service name with load spread', 'clusterip', 'EndpointSlice'],
    // The same machines with every address wanted of DNS: a headless Service over them.
    ['elasticsearch nodes live on 3 vms outside the cluster (192.168.7.31, .32, .33); the client sniffs the cluster and wants every address, so one name should resolve to all of them', 'headless', 'Headless'],
    // EKS Anywhere runs on one's own vSphere: no cloud load balancer, and kube-vip turned down.
    ['EKS Anywhere in the lab on vsphere, testers reach a preview build from their desktops this week; no one wants to set up kube-vip', 'nodeport', 'NodePort'],
    // A cluster kept in the office is on machines of one's own: a NodePort for a partner's short test over the VPN.
    ['a supplier runs two days of conformance tests over our site to site vpn against a one-node k8s in the office, plain tcp. fastest way?', 'nodeport', 'NodePort'],
  ])('%s', async (message, recommendation, shown) => {
    for (const text of [`which ${message}`, message]) {
      const r = await ask(text);
      expect(r.command, text).toBe('which');
      expect(r.data.recommendation, text).toBe(recommendation);
      expect(r.text, text).toContain(shown);
    }
  });
});

describe('which, for callers kept to their own node', () => {
  // Pods kept to the instance on their own node ask for a Service setting (internalTrafficPolicy), not a way to expose.
  it('leaves it to the knowledge base', async () => {
    const r = await ask('a node exporter daemonset over tcp; each app should only reach the instance on its own node through one service');
    expect(r.command).not.toBe('which');
  });
});

describe('which, for paths split between pods and an old server', () => {
  // The cluster as the site's front door, some paths to pods and the rest to a VM: path routing at the
  // entry point (the VM one backend), never an alias for the VM's name.
  it.each([
    'the cluster should be the front door for app.example.com: /api to pods, everything else to the legacy server',
    'we are moving www.example.org piece by piece; the cluster is the front door now, /search and /account go to pods, every other path to the old vm',
  ])('%s', async (message) => {
    for (const text of [`which ${message}`, message]) {
      const r = await ask(text);
      expect(r.command, text).toBe('which');
      expect(['ingress', 'gateway-api', 'ingress+nodeport', undefined], text).toContain(r.data.recommendation);
    }
  });
});

describe('which, for telecom and network services', () => {
  // Non-HTTP protocols put up for an Ingress (RADIUS, NTP, DNS over TLS, SCTP signalling) get a Service that forwards the
  // port as is; an Ingress carries HTTP only.
  it.each([
    ['can we run the freeradius pods behind our traefik ingress? access points send udp 1812 to it. GKE', 'loadbalancer'],
    ['our resolvers will offer dns over tls on 853 to customers, AKS. tls means ingress, right?', 'loadbalancer'],
    ['eNodeBs outside the cluster reach the MME over sctp 36412; on-prem, metallb is installed', 'loadbalancer'],
  ])('%s', async (message, expected) => {
    for (const text of [`which ${message}`, message]) {
      const r = await ask(text);
      expect(r.command, text).toBe('which');
      expect(r.data.recommendation, text).toBe(expected);
    }
  });

  it('says what differs for SCTP, read as the raw-TCP way out', async () => {
    const r = await ask('which eNodeBs outside the cluster reach the MME over sctp 36412; on-prem, metallb is installed');
    expect(r.text).toContain('`protocol: SCTP`');
    expect(r.text).toContain('an Ingress cannot carry it');
    expect((await ask('which postgres for apps outside the cluster, on-prem, metallb is installed')).text).not.toContain('SCTP');
  });

  it('gives Kafka brokers in a StatefulSet with clients in the cluster per-broker names', async () => {
    const r = await ask('which redpanda, 3 brokers, our own statefulset. every consumer runs in this cluster');
    expect(r.data.recommendation).toBe('headless');
  });

  it('gives a single query by hand a tunnel, not a load balancer', async () => {
    const r = await ask('which the auditor has to run one query against the billing mysql this week and never again. nodeport?');
    expect(r.data.recommendation).toBe('port-forward');
  });
});

describe('which, for homelabs, small VPSes and regulated on-prem', () => {
  // Each typed and as free text: the same recommendation, and free text routed to `which`.
  it.each([
    // An Ingress controller ruled out by policy, nothing handing out addresses: a NodePort, pinned, behind the balancer.
    ['clinic cluster on kubeadm, security policy bans ingress controllers, no load balancer provider, one https portal for the ward pcs, our netscaler can send to a node port', 'nodeport'],
    // The same with MetalLB there: a LoadBalancer Service of its own.
    ['we are not permitted to run an ingress controller on the on-prem cluster; metallb hands out addresses; one web app for the office', 'loadbalancer'],
    // k3s's ServiceLB binds a UDP port on the node itself, whatever the cloud's balancers carry.
    ['valheim on k3s on a hetzner cloud server, udp 2456, can traefik ingress take it?', 'loadbalancer'],
    // A datacenter balancer sent to the nodes on a fixed port, raw TCP: a NodePort.
    ['the netscaler team points ldaps 636 at our worker nodes on a fixed port, what do we create in k8s', 'nodeport'],
    // Clients built for one port, at home, no load balancer: that port as is on the nodes.
    ['jellyfin at home, kubeadm on a mini pc, no metallb. the roku app expects port 30096, only on the lan', 'nodeport'],
  ])('%s', async (message, expected) => {
    for (const text of [`which ${message}`, message]) {
      const r = await ask(text);
      expect(r.command, text).toBe('which');
      expect(r.data.recommendation, text).toBe(expected);
    }
  });

  it("serves a cloud's public nodes when the asker will not pay for any load balancer", async () => {
    const message = "vultr vke, my side project api has to be public but i won't pay for a load balancer. the nodes have public ips";
    for (const text of [`which ${message}`, message]) {
      const r = await ask(text);
      expect(r.command, text).toBe('which');
      expect(['nodeport', 'ingress+nodeport'], text).toContain(r.data.recommendation);
    }
  });

  it("gives another namespace's Service wished under a name of the caller's own namespace an alias, typed or free", async () => {
    const message = "the checkout app should reach the platform team's service as 'rates' in its own namespace; it is rates.pricing.svc.cluster.local";
    for (const text of [`which ${message}`, message]) expect((await ask(text)).data.recommendation, text).toBe('externalname');
  });

  it('asks rather than recommends when every way in is ruled out', async () => {
    const r = await ask('which no load balancer of any kind here, security forbids nodeports and installing an ingress controller. a web app for partners');
    expect(r.data.recommendation).toBeUndefined();
    expect(r.text).toContain('MetalLB');
  });

  it('reaches the part asked about beside a web side that already works through the Ingress', async () => {
    const message = 'jenkins on k3s on a vultr vps. the ui is fine through traefik ingress, but agents on tcp 50000 cannot connect from outside, how do we expose that port';
    for (const text of [`which ${message}`, message]) {
      const r = await ask(text);
      expect(r.command, text).toBe('which');
      expect(r.data.recommendation, text).toBe('loadbalancer');
    }
  });

  it('takes free text that asks for the sensible way for a setup, a choice for "it", or a one-off look at a pod', async () => {
    expect((await ask('bare metal at home with metallb, a dozen web apps, what is the sensible way')).command).toBe('which');
    const choice = await ask('ingress or nodeport for it?');
    expect(choice.command).toBe('which');
    expect(choice.data.recommendation).toBeUndefined();
    const look = await ask('the SRE wants to curl /debug/pprof on one pod once to chase a memory leak');
    expect(look.command).toBe('which');
    expect(look.data.recommendation).toBe('port-forward');
  });
});

describe('which from the CLI', () => {
  const bin = new URL('../../bin/kube-concierge.js', import.meta.url).pathname;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|KUBE_CONCIERGE_|LOG_LEVEL|PORT$)/.test(k)));

  it('--json carries the question, then the recommendation, and a button command works as the next line', () => {
    const first = spawnSync(process.execPath, [bin, '--json'], { input: 'which\nwhich internet http bare-metal prod\n', env, encoding: 'utf8', timeout: 15_000 });
    expect(first.status).toBe(0);
    const [question, recommendation] = first.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(question?.data.question).toBe('audience');
    expect(recommendation?.data.recommendation).toBe('ingress+nodeport');
    const button = (question?.blocks as any[]).find((b) => b.type === 'choices').options[3].command as string;
    const next = spawnSync(process.execPath, [bin, '--json', button], { env, encoding: 'utf8', timeout: 15_000 });
    expect(JSON.parse(next.stdout).data).toMatchObject({ question: 'protocol', answers: { audience: 'internet' } });
  });
});
