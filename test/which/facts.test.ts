// Free text -> tree answers, with the real knowledge/tree.yaml synonyms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerValue, extractAnswers, MAX_FACT_TEXT, mentionedKind, messageWords, readAnswers } from '../../src/knowledge/tree-facts.js';
import { isRecommendationId } from '../../src/knowledge/tree.js';
import { namesIn } from '../../src/core/phrasing.js';
import { builtInKnowledge } from '../helpers.js';

const tree = builtInKnowledge().tree;
const facts = (text: string) => Object.fromEntries(extractAnswers(text, tree).facts);
const said = (text: string) => Object.fromEntries(readAnswers(text, tree).answers.facts);

describe('extractAnswers', () => {
  it('reads callers said to be all inside ("nothing outside the cluster sends to it") as pods, not a refused outside', () => {
    expect(facts('nobody outside the cluster calls this cache').a).toBe('pods');
    expect(facts('a metrics sink; nothing from outside the cluster connects to it').a).toBe('pods');
    expect(facts('no one outside the cluster uses it').a).toBe('pods');
    expect(facts('only the orders-worker pods read from it').a).toBe('pods');
    // Not a wish taken back: outside clients said later are the second audience, asked.
    expect(facts("we don't have external clients yet but partners will call it next month").a).not.toBe('pods');
  });

  it('keeps an app calling its database as pods on a local cluster, and asks when other people on their own machines are to reach a local cluster', () => {
    expect(said('kind cluster with a django api and mysql, how should django connect to mysql').a).toBe('pods');
    expect(said('docker desktop k8s: my node api talks to redis, which service type for redis').a).toBe('pods');
    expect(said('on minikube, can my coworkers open my app from their desks at the office?').a).toBeUndefined();
    expect(readAnswers('k3d on my mac; classmates need to try my app from their own laptops', tree).answers.contested.has('a')).toBe(true);
    // Callers said to run in the cluster, calling a store, are pods even where "expose" is asked.
    expect(said('our celery workers run inside the cluster and talk to redis. how should redis be exposed to them').a).toBe('pods');
    // An API client on the asker's own machine is the asker's own look.
    expect(said('kind cluster: testing my express endpoints from postman, how').a).toBe('laptop');
    // The asker's own look is unchanged.
    expect(said('minikube on my laptop, want the dashboard on my laptop').a).not.toBe('pods');
  });

  it('reads "+" and "&" between two named apps as a list of them', () => {
    expect(facts('grafana + kibana for the whole company on the internet').m).toBe('many');
    expect(facts('jellyfin & nextcloud at home, to the internet').m).toBe('many');
  });

  it('reads a one-off grpcurl or quick curl as the asker\'s own look', () => {
    expect(facts('how do i quickly curl the payments api to see its reply').a).toBe('laptop');
    expect(facts('want to grpcurl the ledger once').a).toBe('laptop');
  });

  it('reads a cluster name wished for an outside host, in backticks, as an alias for it', () => {
    expect(facts('the license server is lic01.corp.example.org, we want a kubernetes name `license` for it in every namespace')).toMatchObject({ t: 'outside', a: 'pods' });
    expect(facts('hosted elasticsearch at es-77.eu.cloud.example.io, our apps should connect as `search`')).toMatchObject({ t: 'outside', a: 'pods' });
    // No outside host: a name for a workload of ours says nothing of an outside target.
    expect(facts('we want a k8s name `orders` for our deployment').t).toBeUndefined();
  });

  it('reads routes kept in the app namespaces apart from the listeners as the Gateway API\'s split of roles', () => {
    expect(facts('app teams want their routes to live in their own namespaces, the cert and listener stay with platform').r).toBe('gateway');
    expect(facts('several web apis, the ops team owning the listeners and certs').r).toBe('gateway');
  });

  it('does not take a host name the in-cluster workload would get for something outside', () => {
    expect(facts('redis is already up in our cluster, only the cart pods use it; can it get a name like cache.shop.internal?').t).not.toBe('outside');
    expect(facts('our pods call billing.corp.example.com').t).toBe('outside');
  });

  it('reads several answers from one sentence', () => {
    expect(facts('I need to expose my API on bare metal for production')).toEqual({ a: 'out', p: 'http', e: 'bare', s: 'prod', m: 'one' });
    expect(facts('how do I reach postgres from my laptop')).toMatchObject({ a: 'laptop', p: 'tcp' });
  });

  it('reads a tunnel refused as a lasting way in, and "instead of"/"tired of" as refusing what follows', () => {
    expect(said('sick of port-forwarding every morning to reach our api on minikube').a).toBe('out');
    expect(said('without a port forward, how do people reach the dashboard').a).toBe('out');
    expect(said('a load balancer per service, what do we do').a).toBe('out');
    expect(said('instead of a load balancer per service, what do we do').a).toBeUndefined();
    expect(said('i use port-forward to reach it from my laptop').a).toBe('laptop');
  });

  it('reaches a refusal across "want to run"/"keep", and settles it against a laptop on a local cluster', () => {
    expect(said("i don't want to run a port-forward command every time").a).toBe('out');
    expect(said("don't want to keep a port-forward open").a).toBe('out');
    expect(facts('kind cluster; I call the api from my laptop but do not want to keep a port-forward running').a).toBe('out');
    // On a cloud the same contradiction is asked: a laptop outside may mean a private load balancer or a tunnel.
    expect(facts('on EKS; I call the api from my laptop but do not want to keep a port-forward running').a).toBeUndefined();
  });

  it('reads a name of its own wished for another namespace\'s Service as an alias there', () => {
    expect(facts('jobs in ns batch should reach `ledger` (namespace finance) as just ledger').t).toBe('alias');
    expect(facts('the api lives in a different namespace; our pods want a short name for it').t).toBe('alias');
    expect(facts('the api lives in a different namespace and our pods call it').t).toBeUndefined();
    // An outside host named as well: what the alias is for is outside.
    expect(facts('an alias in namespace shop for db.example.com').t).toBe('outside');
  });

  it('reads services that find each other as services, and a pronoun by what it stands for', () => {
    expect(facts('4 services call each other inside the cluster; how should they address each other?').t).toBeUndefined();
    expect(facts('3 zookeeper servers in a statefulset; how should they address each other?').t).toBe('peers');
  });

  it('reads where something runs ("we run X in the cluster") and an app\'s own sidecar as saying nothing of callers', () => {
    expect(said('browsers hit it, and we run the nginx controller in the cluster').a).toBe('out');
    expect(said('the pod has an nginx sidecar, how do I expose it').a).toBe('out');
    expect(said('grpc calls between pods go through istio sidecars').a).toBe('pods');
  });

  it('reads three things listed and said of together as several services', () => {
    expect(said('the shop, the blog and the admin UI all need to be public').m).toBe('many');
    expect(said('grafana and loki both need to be reachable').m).toBe('many');
  });

  it('reads "haven\'t" as a negator, a self-managed cluster as not a managed one, and OVH alone only weakly as a cloud', () => {
    expect(said("we haven't set up metallb").mlb).toBe('no');
    expect(said('a self-managed cluster on VMs').e).toBe('bare');
    expect(facts('OVH dedicated servers running RKE2').e).not.toBe('cloud');
  });

  it('reads a hard-coded name wished for an outside host, an IP address over the word "hostname", and "/x goes to y" as a route', () => {
    expect(facts('the old client hard-codes the hostname `smtp`, it should reach mail.example.org').t).toBe('outside');
    expect(facts('the box is at 10.1.2.3 with no dns name; pods should use `box` as the hostname').n).toBe('ip');
    expect(said('/blog goes to wordpress, /shop goes to the shop').m).toBe('many');
  });

  it('reads a count with three words before the noun, and a controller one already runs with words between', () => {
    expect(said('8 internal admin http apis on aws').m).toBe('many');
    expect(said('we already run an internal ingress controller').ic).toBe('yes');
  });

  it('does not take callers said of together, one workload\'s pods, or "with just a GET" as several services or an alias', () => {
    expect(said('our customers all need to reach our single web app over https on eks').m).not.toBe('many');
    expect(said('our cluster is on eks, it works fine and the pods all run on spot').m).toBeUndefined();
    expect(facts('the api lives in a different namespace and our pods call it with just a GET request').t).toBeUndefined();
  });

  it('reads "the controller\'s own Service" as the ingress controller\'s own port pair when a controller is named', () => {
    expect(facts('set up traefik on DOKS. how should the controller\'s own service be exposed?')).toMatchObject({ p: 'tcp', m: 'one' });
    expect(facts('how should the controller\'s own service be exposed?').p).not.toBe('tcp');
  });

  it('reads callers in another VPC or another named cluster as other networks', () => {
    expect(facts('the consumers sit in a different VPC peered with ours').a).toBe('private');
    expect(facts('a job in cluster x must call a tcp service running in cluster y').a).toBe('private');
    expect(said('our pods in cluster 2 call it').a).not.toBe('pods');
  });

  it('reads one lower-case word in parentheses inside a noun phrase as part of it ("another (peered) VPC"), not an abbreviation', () => {
    expect(facts('the reporting box lives in a separate (peered) vpc and queries our postgres').a).toBe('private');
    expect(messageWords('in another (peered) VPC')).toEqual(['in', 'another', 'peered', 'vpc']);
    expect(messageWords('runners as pods (ARC) in the cluster')).toContain('|');
  });

  it('reads callers in a datacenter beside a cloud as elsewhere, not where the cluster runs', () => {
    expect(facts('EKS: the sensors in our datacenter push readings to it over direct connect, udp')).toMatchObject({ e: 'cloud', a: 'private' });
  });

  it('reads a balancer of its own sending to node IPs as no load balancer in the cluster', () => {
    expect(facts('on-prem. the external balancer balances across all node IPs on one port for our broker').mlb).toBe('no');
  });

  it('reads servers in the same VPC as callers on another network, and an in-cluster tunnel connector as pods', () => {
    expect(facts('EKS, a couple of EC2 batch servers in the same VPC need to read our memcached').a).toBe('private');
    expect(facts('cloudflared runs in the cluster and forwards to our blog').a).toBe('pods');
  });

  it('reads a UI wanted on the asker\'s own machine as their look, not a cluster on the laptop', () => {
    expect(facts('grafana is a ClusterIP, I only need the dashboard on my mac for a few minutes')).toMatchObject({ a: 'laptop' });
    expect(facts('grafana is a ClusterIP, I only need the dashboard on my mac for a few minutes').e).toBeUndefined();
    expect(facts('minikube on my laptop, want the dashboard on my laptop').e).toBe('local');
  });

  it('reads "on my laptop" beside a target said to be in the cluster as where the asker sits', () => {
    expect(facts('want to point redis-cli on my laptop at the in-cluster redis for a quick look')).toMatchObject({ a: 'laptop' });
    expect(facts('want to point redis-cli on my laptop at the in-cluster redis for a quick look').e).toBeUndefined();
    expect(facts('kind cluster on my laptop, the in-cluster redis for a quick look').e).toBe('local');
    expect(facts('k3s on my laptop and the in-cluster redis').e).toBe('local');
  });

  it('reads a Service moved across namespaces, its old name still called, as an alias there', () => {
    expect(facts('we moved `orders` from namespace shop to namespace commerce; existing callers still use orders.shop.svc.cluster.local until they redeploy').t).toBe('alias');
  });

  it('reads a pasted StatefulSet\'s serviceName, asked about by name, as per-pod names', () => {
    const sts = 'kind: StatefulSet\nmetadata:\n  name: kafka\nspec:\n  serviceName: kafka-headless\n  replicas: 3\n';
    expect(facts(`${sts}which kind of svc should kafka-headless be?`).t).toBe('peers');
  });

  it('reads two paths each said to go to a backend, with "should", as several services', () => {
    expect(facts('/shop should go to the storefront and /admin to the backoffice, public http on aks').m).toBe('many');
  });

  it('reads a pasted controller.service.type with a controller named as the controller\'s own Service', () => {
    expect(facts('ingress-nginx values:\n```\ncontroller:\n  service:\n    type: LoadBalancer\n```\nbare metal, no metallb, prod')).toMatchObject({ p: 'http', m: 'many', e: 'bare' });
  });

  it('reads members a service is for as people, and many people with an app each as several services', () => {
    expect(facts('a member of our hackspace wants to host a service for the other members').t).toBeUndefined();
    expect(said('20 students each deploy a web app on the lab cluster').m).toBe('many');
    expect(said('every team gets its own web app on the cluster').m).toBe('many');
  });

  it('reads an IP address over a Service name wished inside, and a quoted short name wished for an outside host', () => {
    expect(facts('an old server at 192.168.1.20, pods should call it as oldsrv.default.svc').n).toBe('ip');
    expect(facts('billing is published as billing.internal.example.com; our pods should just use `billing`').t).toBe('outside');
  });

  it('reads an on-prem CI or its jobs as callers elsewhere, not where the cluster runs', () => {
    expect(facts('our on-prem ci runners must reach the build api we host on GKE').e).toBe('cloud');
    expect(facts('the cluster runs on on-prem servers').e).toBe('bare');
  });

  it('spells out chat shorthand only where a number cannot be a count', () => {
    expect(said('we need 2 public http apis on gke').m).toBe('many');
    expect(said('need dns per pod 4 my sts').t).toBe('peers');
  });

  it('knows where clusters run', () => {
    for (const cloud of ['EKS', 'GKE', 'AKS', 'on DigitalOcean', 'in the cloud']) expect(said(cloud).e, cloud).toBe('cloud');
    for (const local of ['minikube', 'a kind cluster', 'on kind', 'k3d', 'Docker Desktop']) expect(said(local).e, local).toBe('local');
    for (const bare of ['on-prem', 'on premises', 'bare-metal', 'no cloud LB', 'our own servers', 'homelab']) expect(said(bare).e, bare).toBe('bare');
  });

  it('reads protocols from what people run', () => {
    expect(said('a game server').p).toBe('udp');
    expect(said('our websocket chat').p).toBe('ws');
    expect(said('a gRPC API').p).toBe('grpc');
    for (const tcp of ['postgres', 'MySQL', 'redis', 'kafka', 'mongodb']) expect(said(tcp).p, tcp).toBe('tcp');
    expect(said('a REST API').p).toBe('http');
  });

  it('takes the workload port from a well-known server or a stated port', () => {
    expect(extractAnswers('postgres', tree).port).toBe(5432);
    expect(extractAnswers('redis cache', tree).port).toBe(6379);
    expect(extractAnswers('kafka on port 19092', tree).port).toBe(19092);
    expect(extractAnswers('my web app', tree).port).toBeUndefined();
  });

  it('reads a word before "team" as people, not the setup', () => {
    expect(said('each dev team manages its own routes').s).toBeUndefined();
    expect(said('the web team wants it public').p).toBeUndefined();
    expect(said('a dev cluster').s).toBe('demo');
  });

  it('reads "devs" as people, not the dev stage', () => {
    expect(said('reachable by the devs in every office').s).toBeUndefined();
    expect(said('a dev build for the devs').s).toBe('demo');
  });

  it('reads "a dev on my team" as a person, but "dev on our team cluster" as the stage', () => {
    expect(said('a dev from the platform team switched it to NodePort').s).toBeUndefined();
    expect(said('the dev on our team set it up').s).toBeUndefined();
    expect(said('our app runs in dev on our team cluster').s).toBe('demo');
  });

  it("reads clients' addresses lost behind a load balancer as a need for the source IP", () => {
    expect(said('the nginx logs show node IPs for every request').ip).toBe('yes');
    expect(said('we need the users IP for fraud checks').ip).toBe('yes');
    expect(said('the matchmaker bans by player IPs').ip).toBe('yes');
  });

  it('reads a managed database endpoint as something outside that pods reach', () => {
    expect(facts('the orders app uses shop-db.cluster-xyz.eu-central-1.rds.amazonaws.com')).toMatchObject({ a: 'pods', t: 'outside', n: 'dns' });
    expect(facts('our in-cluster workers read from cache-prod.redis.cache.windows.net')).toMatchObject({ a: 'pods', t: 'outside' });
    expect(said('jobs connect to Azure Database for PostgreSQL').t).toBe('outside');
  });

  it('reads callers outside that call in as clients outside, whatever the words for where they sit', () => {
    expect(facts('a reporting tool on a VM in the DMZ needs to query mysql inside the cluster').a).toBe('out');
    expect(facts('billing systems outside kubernetes must reach our ledger api').a).toBe('out');
    expect(facts('our pods must call services outside k8s').a).toBe('pods');
  });

  it('reads whether it must be public, asked, as a doubt rather than a need', () => {
    expect(facts('prometheus in our cluster scrapes the exporter; does the exporter need a public IP?').a).toBe('pods');
    expect(facts('does it need a public url?').a).toBeUndefined();
  });

  it('reads other people on their own machines as clients, not the asker\'s tunnel', () => {
    expect(facts('guests open it from their laptops on the office wifi').a).toBe('private');
    expect(facts('testers reach the api from their own machines for a week').a).not.toBe('laptop');
    expect(facts('devs connect DBeaver from their laptops').a).toBe('laptop');
    expect(facts('open the dashboard on my own machine, nobody else').a).toBe('laptop');
  });

  it('knows what platforms and products hand out load balancer addresses and speak', () => {
    expect(said('OpenStack with Octavia').e).toBe('cloud');
    expect(said('on-prem openstack w/o octavia').e).toBe('bare');
    expect(facts('vSphere with NSX ALB')).toMatchObject({ e: 'bare', mlb: 'yes' });
    expect(said('an RTMP ingest for OBS').p).toBe('tcp');
    expect(said('our marketing site').p).toBe('http');
    expect(facts('how to expose the ingress-nginx controller itself')).toMatchObject({ p: 'tcp', a: 'out' });
  });

  it('reads a rule that it stays inside, stable names per member, and host names tried locally', () => {
    expect(facts('the vault must not be reachable from outside the cluster')).toMatchObject({ a: 'pods', t: 'app' });
    expect(facts('each broker needs a stable name in the config')).toMatchObject({ t: 'peers', a: 'pods' });
    expect(facts('try my ingress rules with hostnames locally on kind')).toMatchObject({ ic: 'addon', p: 'http' });
  });

  it('reads other apps sharing an entry point as neighbours there, not callers', () => {
    expect(facts('slack events hit our bot; we run traefik with a shared cert for other apps').a).toBe('internet');
    expect(facts('the GitLab webhooks must reach our runner api, other services already run behind our nginx ingress').a).toBe('internet');
    expect(facts('a cache for other apps').a).toBe('pods');
  });

  it('reads TLS that only the pod may terminate as a stream passed through from outside', () => {
    for (const text of ['TLS must not be terminated before the pod', 'the load balancer must not terminate TLS', 'our app terminates TLS in the pod', 'the gateway does mTLS in the app']) {
      expect(facts(text), text).toMatchObject({ p: 'tcp', a: 'out' });
    }
  });

  it('reads two named applications side by side as several services', () => {
    expect(said('nextcloud and jellyfin on their own hostnames').m).toBe('many');
    expect(said('grafana, kibana').m).toBe('many');
    expect(said('http and https').m).toBeUndefined();
    expect(said('a web app and a rest api').m).not.toBe('many');
  });

  it('reads one named workload in the singular as one service, yielding to what a routing need implies', () => {
    expect(facts('our internal admin dashboard on GKE').m).toBe('one');
    expect(facts('our api and our dashboard').m).toBeUndefined();
    expect(facts('my service on GKE').m).toBeUndefined();
    expect(facts('the Gateway API on EKS').m).not.toBe('one');
    expect(facts('send 10% of traffic to v2 of our checkout api').m).toBe('many');
  });

  it('reads an app of a kind as one workload, but not "app" alone', () => {
    expect(facts('our Rails app on AKS, public').m).toBe('one');
    expect(facts('a chat app for the internet, on GKE').m).toBe('one');
    expect(facts('expose my app on minikube').m).toBeUndefined();
    expect(facts("the team wants Grafana's web UI on GKE, for the office").m).toBe('one');
    expect(facts('our web app and our admin dashboard').m).not.toBe('one');
  });

  it('reads HTTPS on a host name of the asker as a certificate to terminate', () => {
    expect(facts('customers should open shop.example.com over https, on EKS').lb).toBe('tls');
    expect(facts('our site on our own domain with TLS').lb).toBe('tls');
    expect(facts('customers open shop.example.com, on EKS').lb).toBeUndefined();
  });

  it('lets the name of a kind answer only when nothing else does', () => {
    expect(facts('externalname for my in-cluster redis?').t).toBe('app');
    expect(facts('externalname for db.example.com').t).toBe('outside');
  });

  it('reads a count before "other services" as a count, not an audience', () => {
    expect(said('we also have 4 other services').a).toBeUndefined();
    expect(said('other services call it').a).toBe('pods');
  });

  it('prefers the longest phrase: "no cloud LB" is bare metal, not cloud', () => {
    expect(said('we have no cloud LB')).toMatchObject({ e: 'bare' });
    expect(said('an internal load balancer')).toMatchObject({ a: 'private' });
  });

  it('reads negation within a clause', () => {
    expect(said('this is not production').s).toBe('demo');
    expect(said('not a demo').s).toBe('prod');
    expect(said("we don't use EKS, we run on prem").e).toBe('bare');
    expect(said("No, it's for production").s).toBe('prod');
    expect(said('not sure if EKS').e).toBe('cloud');
    expect(said("we don't need the client IP").ip).toBe('no');
    expect(said('bare metal, metallb not allowed').mlb).toBe('no');
    expect(said('a load balancer is not an option here').a).toBeUndefined();
  });

  it('reads chat shorthand and either number of a word', () => {
    expect(said('one svc').m).toBe('one');
    expect(said('for a customer').a).toBe('internet');
    expect(said('from my dev laptop').a).toBe('laptop');
  });

  it("reads the exposed part's protocol when the other parts of the stack are said to stay inside", () => {
    const stack = 'Our stack is a Rails app, a Sidekiq worker and Postgres. The Rails app must be reachable by customers on AKS. Postgres and the worker are only internal.';
    expect(facts(`${stack} Which service type for the Rails app?`)).toMatchObject({ a: 'internet', p: 'http', m: 'one' });
    expect(facts(`${stack} And for Postgres?`)).toMatchObject({ a: 'pods', p: 'tcp' });
    // No question about one part: the contradiction is asked about.
    expect(extractAnswers(stack, tree).contested.get('p')).toEqual(['http', 'tcp']);
    expect(extractAnswers('a Rails app and Postgres, customers use it, on AKS. What do I use?', tree).contested.get('p')).toEqual(['http', 'tcp']);
  });

  it('reads a database with nothing said of its clients as reached by pods, and yields to any hint', () => {
    expect(facts('which type for our mysql?').a).toBe('pods');
    expect(facts('which type for our mysql, reachable for partners?').a).not.toBe('pods');
    expect(facts('mysql, reached from my laptop').a).toBe('laptop');
  });

  it("reads an address set in an app's configuration as pods calling it", () => {
    expect(facts('the worker needs the api address in its environment variables').a).toBe('pods');
  });

  it('reads a target said to be outside as where it runs, not who connects', () => {
    expect(facts('our jobs call a legacy billing system at billing.corp.lan, outside the cluster')).toMatchObject({ a: 'pods', t: 'outside', n: 'dns' });
    expect(facts('expose our legacy billing system to clients outside the cluster').a).not.toBe('pods');
  });

  it('reads "public so I can connect from my laptop" as the asker\'s own tunnel', () => {
    expect(facts('make redis public so I can poke at it with redis-cli from my laptop').a).toBe('laptop');
    expect(extractAnswers('redis public for customers and from my laptop', tree).contested.get('a')).toEqual(['internet', 'laptop']);
  });

  it('keeps contradictions as contested answers instead of guessing', () => {
    const answers = extractAnswers("We're on EKS and also minikube", tree);
    expect(answers.facts.has('e')).toBe(false);
    expect(answers.contested.get('e')).toEqual(['cloud', 'local']);
  });

  it('lets a specific answer beat a vague one', () => {
    expect(said('expose redis to my laptop').a).toBe('laptop');
    expect(said('expose it').a).toBe('out');
    expect(said('expose it to the internet').a).toBe('internet');
  });

  it('fills unanswered questions from implications, never over what was said', () => {
    expect(facts('customers use it')).toMatchObject({ a: 'internet', s: 'prod' });
    expect(facts('a demo for customers')).toMatchObject({ s: 'demo' });
    expect(facts('pods reach our external database')).toMatchObject({ a: 'pods', t: 'outside' });
    expect(facts('point a service at our external database')).toMatchObject({ a: 'pods', t: 'outside' });
    // "internet" implied by a game server beats the vague "outside" implied by an Ingress.
    expect(facts('my UDP game server behind an ingress').a).toBe('internet');
    expect(said('my UDP game server behind an ingress').a).toBeUndefined();
  });

  it('reads host names and IP addresses, without reading "db" out of a host name', () => {
    expect(said('an alias for db.example.com')).toMatchObject({ n: 'dns' });
    expect(said('an alias for db.example.com').p).toBeUndefined();
    expect(said('it only has 10.0.5.20')).toMatchObject({ n: 'ip' });
    expect(said('see values.yaml').n).toBeUndefined();
  });

  it('reads an annotation or label key as a setting, not as a host name', () => {
    expect(said('what is service.beta.kubernetes.io/azure-load-balancer-internal for').n).toBeUndefined();
    expect(said('does the endpointslice.kubernetes.io/managed-by label matter').n).toBeUndefined();
    expect(said('metallb.universe.tf/allow-shared-ip: dns on both services').n).toBeUndefined();
    // A host with a path is still a host.
    expect(said('our clients call api.example.com/v2 from outside').n).toBe('dns');
  });

  it('reads neither the address a server binds to nor loopback as a host reached by IP', () => {
    expect(said('the old box ran it bound to 0.0.0.0:8080, reached by something we never listed').n).toBeUndefined();
    expect(said('locally I curl 127.0.0.1:3000 and it answers').n).toBeUndefined();
    expect(said('their SFTP is only at 172.16.4.9').n).toBe('ip');
  });

  it('reads a vendor\'s binary or proprietary protocol as raw TCP', () => {
    expect(facts('the license agents speak a proprietary protocol on 7400').p).toBe('tcp');
    expect(facts('field units send telemetry in a custom binary protocol to port 6100').p).toBe('tcp');
  });

  it('reads a database "running inside the cluster" as where it runs, not who calls it', () => {
    // A tool on the asker's own machine, used once: the asker's own look.
    expect(facts('want my local DBeaver to open the mysql running inside the cluster, one time only').a).toBe('laptop');
    // "Built in the cluster" is where it was made; who comes to it is still open.
    expect(facts('the interns built a mockup in the cluster; how do others see it?').a).toBeUndefined();
    // Callers that run inside the cluster are still the pods.
    expect(facts('the reporting jobs running inside the cluster query it').a).toBe('pods');
    expect(facts('our notebooks run inside the cluster and call it').a).toBe('pods');
  });

  it('reads a route pointing at a Service in another namespace, granted by that namespace, as the Gateway API\'s ReferenceGrant', () => {
    const granted = facts('our HTTPRoute in shop must point at the auth service in the idp namespace; the idp team has to allow that reference, so a cross-namespace reference it grants');
    expect(granted.r).toBe('gateway');
    expect(granted.t).not.toBe('outside');
    expect(facts('a ReferenceGrant so routes in web can use backends in api').r).toBe('gateway');
    // Pointing, said of what pods call, is still an outside target.
    expect(facts('our apps should point to the vendor host as `billing`').t).toBe('outside');
  });

  it('reads one endpoint wished for a group that already finds its own members as a Service of ours, not per-member names', () => {
    expect(facts('the mongo members already find each other by their replica set config; our api pods need one endpoint for reads').t).toBe('app');
    expect(facts('the etcd peers need to find each other').t).toBe('peers');
  });

  it('reads the apps an entry point already serves ("an ingress for our other apps") as no callers', () => {
    expect(facts('Stripe posts webhooks to it over https; EKS, and there is an ingress controller already for our other apps').a).not.toBe('pods');
    // What the other apps use, they call.
    expect(facts('a shared redis for our other apps').a).toBe('pods');
  });

  it('reads kubeadm put on a provider\'s plain VMs as a cluster of one\'s own there, no cloud load balancer assumed', () => {
    const own = extractAnswers('kubeadm on four vultr vms for a game jam, friends connect over tcp', tree);
    expect(own.facts.get('e')).not.toBe('cloud');
    expect(facts('kubeadm on two ec2 instances; outside users must reach a tcp service').e).toBe('bare');
  });

  it('counts services', () => {
    expect(said('5 microservices').m).toBe('many');
    expect(said('a couple of HTTP services').m).toBe('many');
    expect(said('a single public https site')).toMatchObject({ m: 'one', a: 'internet', p: 'http' });
    expect(said('one of the services').m).toBeUndefined();
  });

  it('notes the Service kinds a message asks about, unless it rules them out', () => {
    expect(extractAnswers('can I put my UDP game server behind an ingress?', tree).mentions).toEqual(['ingress']);
    expect(extractAnswers('nodeport vs load balancer service', tree).mentions).toEqual(['nodeport', 'loadbalancer']);
    expect(extractAnswers('we want to avoid nodeport', tree).mentions).toEqual([]);
  });

  it('reads a doubt about what an Ingress can carry as no hint of sharing one', () => {
    const answers = extractAnswers('a chat app with websockets, public on GKE; I guess ingress cannot handle websockets?', tree);
    expect(answers.unsure?.has('m')).not.toBe(true);
    expect(answers.facts.get('m')).toBe('one');
    expect(extractAnswers('do I need an ingress for my apps on GKE', tree).unsure?.has('m')).toBe(true);
  });

  it('marks questions the text hints at as ones to ask, not assume', () => {
    expect(extractAnswers('cassandra pods need to talk to each other', tree).unsure?.has('t')).toBe(true);
    expect(extractAnswers('expose my apps on minikube', tree).unsure?.has('m')).toBe(true);
    expect(extractAnswers('expose my app on minikube', tree).unsure).toBeUndefined();
  });

  it('reads nothing from unrelated text', () => {
    const answers = extractAnswers('banana smoothie recipe', tree);
    expect(answers.facts.size + answers.contested.size + answers.mentions.length).toBe(0);
  });

  it('only ever answers with values the questions have, whatever the text', () => {
    const words = tree.phrases.map((p) => p.words.filter((w) => w !== '*').join(' ').replace(/\*/g, 'x'));
    const text = fc.array(fc.oneof(fc.constantFrom(...words, 'not', 'no', ',', '.', 'and'), fc.string({ maxLength: 12 })), { maxLength: 40 });
    fc.assert(
      fc.property(text, (parts) => {
        const answers = extractAnswers(parts.join(' '), tree);
        for (const [key, value] of answers.facts) expect(tree.question(key)?.options.map((o) => o.value)).toContain(value);
        for (const [key, values] of answers.contested) {
          expect(values.length).toBeGreaterThan(1);
          expect(answers.facts.has(key)).toBe(false);
        }
        expect(answers.mentions.every(isRecommendationId)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads callers in the control plane as in-cluster, and a one-off look as the asker alone', () => {
    for (const caller of ['a validating admission webhook', 'the apiserver has to call it', 'only called by the api server']) expect(said(caller).a, caller).toBe('pods');
    for (const look of ['open the dashboard once', 'a quick peek at the ui', 'just once']) expect(said(look).a, look).toBe('laptop');
  });

  it('reads a balancer of your own aimed at the nodes, and MetalLB refused in so many words', () => {
    for (const own of ['the F5 will point a pool at our node IPs', 'netscaler in front', 'haproxy in front', 'a hardware load balancer']) expect(said(own).mlb, own).toBe('no');
    expect(said('bare metal, not allowed to run metallb').mlb).toBe('no');
    expect(said('we run metallb').mlb).toBe('yes');
  });

  it('reads "non-" as negating only the word it is joined to', () => {
    expect(said('a single non-http tcp service').p).toBe('tcp');
    expect(said('a non-prod cluster').s).toBe('demo');
  });

  it('reads a pod DNS name as per-pod names, not as an outside host', () => {
    expect(facts('brokers need names like kafka-0.kafka')).toMatchObject({ t: 'peers', a: 'pods' });
    expect(facts('peers dial db-1.db.data.svc.cluster.local')).toMatchObject({ t: 'peers' });
    expect(said('each preview gets pr-12.preview.example.com').t).toBeUndefined();
    expect(said('the vm at web-1.com').t).not.toBe('peers');
  });

  it('reads "every pod create" as an event, not each pod addressed', () => {
    expect(said('the webhook runs on every pod create').t).toBeUndefined();
    expect(said('clients must reach every pod').t).toBe('peers');
  });

  it('reads members learning the others\' addresses, and data grids, as per-pod names', () => {
    expect(facts('every worker has to know the IPs of all the other workers')).toMatchObject({ t: 'peers', a: 'pods' });
    expect(facts('our infinispan nodes must form a cluster')).toMatchObject({ t: 'peers', a: 'pods' });
  });

  it('reads servers in our VPC as clients on another network', () => {
    expect(said('billing servers in our GCP VPC connect to the broker').a).toBe('private');
  });

  it('reads "the only thing we host there" as one service, and Next.js as HTTP', () => {
    expect(said("it's the only thing we run on that cluster").m).toBe('one');
    expect(said('a Next.js frontend').p).toBe('http');
  });

  it('reads client-side balancing, seeds and flipping an alias later', () => {
    expect(said('we want client side round robin').t).toBe('peers');
    expect(said('the seeds of the ring').t).toBe('peers');
    expect(said('apps call orders-db and we flip it later').t).toBe('outside');
  });

  it('reads nothing from what a message takes back, but still notes a kind given up', () => {
    expect(said('our cluster runs on AKS. no wait, it is the on-prem one').e).toBe('bare');
    expect(said('open it to customers. hang on, wait, actually only other pods use it').a).toBe('pods');
    const givenUp = extractAnswers('we were going to make it a NodePort, but it turns out only the pods in our own cluster call it', tree);
    expect(givenUp.mentions).toContain('nodeport');
    expect(Object.fromEntries(givenUp.facts)).toMatchObject({ a: 'pods' });
    expect(said('the admin ui speaks http but I am asking about the syslog collector').p).toBe('udp');
    // Nothing taken back: a plan that stands.
    expect(said('we were going to expose it publicly, but only on port 443').a).toBe('internet');
  });

  it('reads pods of another cluster as clients on another network, and a namespace named like a protocol as a name', () => {
    expect(said('only workloads in our other EKS cluster call it').a).toBe('private');
    expect(said('pods from the other cluster in our VPC').a).toBe('private');
    expect(said('only other services in cluster call it').a).toBe('pods');
    expect(said('the grpc namespace calls it').p).toBeUndefined();
  });

  it('reads a tunnel that works for now as a stopgap, not as who needs the workload', () => {
    const stopgap = extractAnswers('customers hit this api on AKS; kubectl port-forward on my mac does the job for now', tree);
    expect(Object.fromEntries(stopgap.facts)).toMatchObject({ a: 'internet' });
    expect(stopgap.mentions).toContain('port-forward');
    expect(said('just me from my laptop, port-forward works').a).toBe('laptop');
  });

  it('reads several workloads that call something as its clients, not services sharing an entry', () => {
    expect(facts('three services still use mq.infra.svc.cluster.local, but the broker now lives at mq.corp.example.com')).toMatchObject({ a: 'pods', t: 'outside' });
    expect(said('three services still use it').m).toBeUndefined();
    expect(said('three services behind one hostname').m).toBe('many');
  });

  it('reads replicas that follow a primary as pods addressed by name', () => {
    expect(facts('mysql statefulset where the replicas need to reach the primary')).toMatchObject({ t: 'peers', a: 'pods' });
  });

  it('reads other people\'s machines on a named network as that network, and the asker\'s own as a tunnel', () => {
    expect(said('testers use it from their machines over the vpn').a).toBe('private');
    expect(readAnswers('from my laptop over the vpn', tree).answers.contested.get('a')).toEqual(expect.arrayContaining(['laptop', 'private']));
  });

  it('reads who must not connect as not them, and a public IP it has as how it stands', () => {
    expect(said('partners should not be able to reach it, only the pods in the same cluster').a).toBe('pods');
    expect(said('the internet must not see it; only other pods use it').a).toBe('pods');
    expect(said('it has a public ip but only other pods call it').a).toBe('pods');
    expect(said('the game needs a public ip').a).toBe('internet');
  });

  it('reads the setup after a move, not the one it leaves', () => {
    expect(said('on AKS for now; we move to our own racks next month, give me the setup for after the move').e).toBe('bare');
    expect(said('currently on minikube, moving to EKS, and I want the setup once we move').e).toBe('cloud');
    expect(readAnswers('currently on minikube, EKS later', tree).answers.contested.get('e')).toBeDefined();
  });

  it('reads an existing ingress controller behind the one load balancer', () => {
    expect(said('our single load balancer sits in front of the traefik ingress controller').ic).toBe('yes');
    expect(facts('the only LB we have is in front of ingress-nginx; new http service')).toMatchObject({ ic: 'yes', p: 'http' });
  });

  it('reads HTTPS that only the pod may decrypt as TCP, and the Ingress controller\'s own Service as one port pair from outside', () => {
    expect(facts('public https app on AKS that terminates TLS itself, we need TLS passthrough')).toMatchObject({ p: 'tcp', a: 'internet' });
    expect(said('a public https api, nothing fancy').p).toBe('http');
    // Its type asked: one Service forwarding 80/443 as they are (a LoadBalancer, or a NodePort without one).
    expect(facts('what type should the ingress controller service get')).toMatchObject({ p: 'tcp', m: 'one', a: 'out' });
  });

  it('reads a game\'s match servers as UDP for players', () => {
    expect(facts('the match servers of our shooter')).toMatchObject({ p: 'udp', a: 'internet' });
  });

  it('reads a choice for the future, and gRPC method routing, as the Gateway API', () => {
    expect(said('want something future proof for http routing').r).toBe('gateway');
    expect(facts('route grpc by method to two backends')).toMatchObject({ r: 'gateway', p: 'grpc' });
    expect(facts('one address for three grpc backends, picked by grpc service name')).toMatchObject({ r: 'gateway', p: 'grpc' });
  });

  it('reads routing kept out of vendor annotations, and the successor asked for, as the Gateway API', () => {
    expect(said('http routing for the new cluster, none of that ingress annotation hell').r).toBe('gateway');
    expect(said('five web apps, and no vendor-specific annotations this time').r).toBe('gateway');
    expect(said('we want the successor api for our public http apps').r).toBe('gateway');
    // Annotations turned down on a Service alone say nothing of routing.
    expect(said('our admin UI, no annotations on it please, internal only').r).toBeUndefined();
  });

  it("reads a home router's port forwarding as traffic from outside, not kubectl's tunnel", () => {
    expect(['out', 'internet']).toContain(facts('minecraft on k3s at home, my buddies join through a port forward on the router').a);
    expect(said('a port forward from my router to the pi').a).not.toBe('laptop');
    // kubectl's own port-forward is still the asker's tunnel.
    expect(said('I just port forward to it from my laptop').a).toBe('laptop');
  });

  it('does not take a home machine for a demo when a site on it goes public on the asker\'s own domain', () => {
    expect(facts('raspberry pi at home, my recipes site should be public on my own domain').s).toBeUndefined();
    expect(facts('raspberry pi at home, my recipes site should be public on my own domain, only testing').s).toBe('demo');
    expect(facts('homelab on a nuc, grafana for me').s).toBe('demo');
  });

  it('reads teams managing their own host names under a platform-owned certificate and address as the Gateway API', () => {
    expect(facts('three squads each manage their own hostnames; certs and the public IP stay with infra').r).toBe('gateway');
  });

  it('reads kind in CI and its port mappings as a local cluster', () => {
    for (const local of ['kind in CI', 'extraPortMappings', 'we spin up kind']) expect(said(local).e, local).toBe('local');
  });

  it("reads other people's own machines as clients on a network, not the asker's tunnel", () => {
    expect(said('the testers open it from their own machines').a).toBe('private');
    expect(said('support staff reach it from their machines').a).toBe('private');
    expect(said('only from my machine').a).toBe('laptop');
  });

  it('reads a managed data service as something outside the cluster, with a DNS name', () => {
    for (const managed of ['our sessions moved to Memorystore', 'a MongoDB Atlas cluster', 'the cache is now ElastiCache', 'a managed kafka'])
      expect(facts(managed), managed).toMatchObject({ t: 'outside', n: 'dns', a: 'pods' });
    // Its old in-cluster name asked for is an alias for it, not a Service in front of pods.
    expect(facts('queues went to Amazon MQ, can apps keep calling mq.infra.svc.cluster.local?')).toMatchObject({ t: 'outside', n: 'dns' });
  });

  it('reads other services behind the entry point as neighbours there, not as callers', () => {
    expect(said('a few other apps already behind our ingress').a).toBeUndefined();
    expect(said('other apps are exposed through the gateway').a).not.toBe('pods');
    expect(facts('stripe sends webhooks to it, on EKS, other services behind our ingress')).toMatchObject({ a: 'internet', ic: 'yes' });
    expect(said('other services call it').a).toBe('pods');
  });

  it('reads "server code" as code, not servers of our own', () => {
    expect(said('we call it from our server code').e).toBeUndefined();
    expect(said('runs on our own servers').e).toBe('bare');
  });

  it('reads one workload calling another across namespaces as pods, whatever kind is named', () => {
    expect(facts('the worker in namespace jobs calls the reports api in namespace reports, is an ingress needed?')).toMatchObject({ a: 'pods', n: 'dns' });
    expect(facts('the app in namespace shop and the app in namespace blog, customers call both from the internet').a).toBe('internet');
  });

  it('reads shares sent to versions as a weighted split', () => {
    expect(said('send 20% of live traffic to the new build').r).toBe('gateway');
    expect(said('25% to v2 and 75% to v1').r).toBe('gateway');
    expect(said('cpu at 80% and memory at 40%').r).toBeUndefined();
  });

  it("reads k3s's Traefik as the entry point for a site on a host name or the web's ports", () => {
    expect(facts('k3s at home, my blog should be public at blog.example.org').ic).toBe('yes');
    expect(facts('k3s on a mini pc, the router forwards 80 and 443 to it, one web app').ic).toBe('yes');
    expect(facts('k3s homelab, grafana reachable on my LAN, only me').ic).toBeUndefined();
    expect(facts('k3s with traefik disabled, my blog public at blog.example.org').ic).toBe('no');
    // ServiceLB off: Traefik's LoadBalancer Service has no address, so nothing serves 80/443 yet.
    expect(facts('k3s, I turned servicelb off, the router sends 443 to one node, two sites on my domain').ic).toBeUndefined();
  });

  it('reads what a product speaks: HTTP UIs and APIs, brokers over TCP, DNS and voice over UDP', () => {
    for (const http of ['an authentik instance', 'our sonarqube', 'the harbor registry', 'a boto3 client against the S3 API', 'phpmyadmin']) expect(said(http).p, http).toBe('http');
    for (const tcp of ['an EMQX broker', 'mosquitto', 'ActiveMQ', 'pgbouncer in front of postgres']) expect(said(tcp).p, tcp).toBe('tcp');
    for (const udp of ['a teamspeak server', 'powerdns recursor', 'coturn']) expect(said(udp).p, udp).toBe('udp');
    // A tool that is also a database client yields to the protocol of what it reaches.
    expect(said('metabase needs to read from our mysql').p).toBe('tcp');
    expect(said('jenkins controller, agents dial in on the jnlp port').p).toBe('tcp');
  });

  it('reads peer clustering by product as per-member addresses', () => {
    for (const peers of ['the three servers exchange cluster routes on 6222', 'raft peers must find one another', 'erlang clustering between the brokers', 'JGroups DNS_PING for the session cache', 'a galera cluster of 3', 'clients ask redis sentinel for the master and go to that particular pod']) {
      expect(facts(peers).t, peers).toBe('peers');
    }
  });

  it('reads a NAT as a firewall, not as NATS', () => {
    expect(said('the office sits behind a NAT').p).toBeUndefined();
    expect(said('our NATS cluster').p).toBe('tcp');
  });

  it('reads a company-wide login that apps send users to as reached by their browsers, not by the apps', () => {
    expect(facts('identity provider for the whole company, the internal apps redirect people to it for login')).toMatchObject({ a: 'private', p: 'http' });
    expect(facts('every service redirects users to the login page')).toMatchObject({ a: 'out', p: 'http' });
  });

  it("reads an existing Gateway with routes, or an ingress class in use, as the entry point", () => {
    expect(facts('we already run envoy gateway, every other team has httproutes for their apps')).toMatchObject({ ic: 'yes', r: 'gateway' });
    expect(facts('we have an internal traefik ingress class for back-office tools')).toMatchObject({ ic: 'yes' });
    expect(facts('the other dashboards are on nginx ingress').ic).toBe('yes');
  });

  it("reads another party's datacenter as clients on another network, not where the cluster runs", () => {
    expect(facts('a supplier pushes files over sftp from their own data center, we run on GKE')).toMatchObject({ a: 'private', e: 'cloud', p: 'tcp' });
  });

  it("reads a product's WebSocket listener, asked about, as WebSocket", () => {
    expect(facts('the SPA connects to our mqtt broker over websockets, web app already behind traefik').p).toBe('ws');
    expect(facts('a game server that speaks tcp and websocket').p).toBeUndefined();
  });

  it('reads a look needed right now as the asker alone', () => {
    expect(facts('outage in progress, I have to check the kibana dashboard right now').a).toBe('laptop');
  });

  it('reads a name in the cluster wished for an outside host as an alias that pods use', () => {
    expect(facts('adminer must reach our aurora at prod.cluster-1.us-east-1.rds.amazonaws.com; could it appear as `db` in the namespace?')).toMatchObject({ a: 'pods', t: 'outside', n: 'dns' });
    expect(facts('the queue moved to sqs.eu-central-1.amazonaws.com and the workers should still call the service name `queue`')).toMatchObject({ a: 'pods', t: 'outside', n: 'dns' });
    // Without the wish, a database tool on the asker's machine is still their own tunnel.
    expect(facts('open prod.cluster-1.us-east-1.rds.amazonaws.com in tableplus on my laptop').a).toBe('laptop');
  });

  it('reads a database moved off the cluster, or left on its old machine, as something outside that pods reach', () => {
    expect(facts('we are moving redis off the cluster to cache01.ops.example; callers keep the same name')).toMatchObject({ a: 'pods', t: 'outside', n: 'dns' });
    expect(facts('an off-cluster mysql at sql.example.lan, reached by the billing pods')).toMatchObject({ t: 'outside', n: 'dns' });
    expect(facts('the legacy mysql remains on a vm at mysql-old.example.net until next quarter')).toMatchObject({ a: 'pods', t: 'outside', n: 'dns' });
    expect(facts('orders db lives on the old server orders.example.org; how to point the pods at it and swap it for an in-cluster one next year')).toMatchObject({ t: 'outside', n: 'dns' });
  });

  it('reads different services finding one another as service discovery, not per-pod names', () => {
    expect(facts('our microservices discover each other through eureka and nothing is exposed').t).toBeUndefined();
    expect(facts('the apps talk to each other over http inside the cluster')).toMatchObject({ a: 'pods' });
    expect(extractAnswers('the apps talk to each other over http inside the cluster', tree).unsure?.has('t')).not.toBe(true);
    expect(facts('the zookeeper members need to find each other')).toMatchObject({ t: 'peers' });
    expect(facts('our nats servers must know each other by name')).toMatchObject({ t: 'peers' });
  });

  it('reads a service registry name as the service moving in, not an outside host', () => {
    expect(facts('on nomad the web tier called orders.service.consul; orders is internal only. which type on GKE?').t).toBeUndefined();
    expect(facts('our pods call payments.example.net, which is internal only').t).toBe('outside');
    // The registry named by product: services calling one another by name, in the cluster.
    expect(facts('consul DNS handed back every instance address of our stateless api').a).toBe('pods');
  });

  it('reads a VM left behind as the old setup, not something outside that pods reach', () => {
    expect(facts('grafana used to live on a vm and poll our services; now it is deployed in the cluster').t).not.toBe('outside');
    expect(facts('we migrated off VMs last year and the workers call the api').t).toBeUndefined();
    expect(facts('the ledger db is still on a vm, pods call it at ledger.example.net')).toMatchObject({ t: 'outside', n: 'dns' });
  });

  it('reads occasional or momentary access by people with a tunnel of their own as the laptop', () => {
    expect(facts('the flower UI in staging, only developers need it every now and then').a).toBe('laptop');
    expect(facts('I have to check the debug page of one prod pod for a sec').a).toBe('laptop');
    expect(facts('the grafana board, occasionally, nobody else').a).toBe('laptop');
    expect(facts('support opens the admin ui now and then from the office vpn').a).toBe('private');
  });

  it('reads the only public thing as one service at the entry point', () => {
    expect(facts('the mqtt-over-websocket bridge is the only public thing we host').m).toBe('one');
    expect(facts('on AKS the graphql api is the only thing we expose').m).toBe('one');
    expect(facts('our storefront is the only public app, on GKE').m).toBe('one');
  });

  it('reads several load balancers, one per service, as several services that could share one', () => {
    expect(facts('on AKS we run 6 load balancers, each for one small web service').m).toBe('many');
    expect(facts('a dozen ALBs in our account, one app each').m).toBe('many');
    expect(facts('two load balancers in front of the cluster for redundancy').m).toBeUndefined();
    expect(facts('only one web service on EKS').m).toBe('one');
  });

  it('reads the old setup told in the past, in a move, as not where this one runs', () => {
    expect(facts('on Azure we used an ALB-like gateway for each site. now migrating to our own datacenter').e).toBe('bare');
    expect(facts('with heroku we had one dyno per app; moving everything to GKE').e).toBe('cloud');
    expect(facts('on EKS we used a LoadBalancer and it works').e).toBe('cloud');
    // No move named, but what happens now follows: only the part before "now" is the old setup.
    expect(facts('On GCP, we gave each site its own LB, but now we run on bare metal').e).toBe('bare');
    expect(facts('we had 8 lambdas behind api gateway, now they are web services on AKS').e).toBe('cloud');
  });

  it('reads the web port wished for on a local cluster as its Ingress add-on', () => {
    expect(facts('rancher desktop, I want to reach the site without a high port')).toMatchObject({ e: 'local', ic: 'addon', p: 'http' });
    expect(facts('kind cluster, the web ui with no random port numbers')).toMatchObject({ e: 'local', ic: 'addon' });
  });

  it('reads the old machines told in the past as where the workload was, not an outside target', () => {
    expect(facts('on the old servers we would tail the logs and curl localhost:9000 to check it. how do I do that with a pod now?').t).not.toBe('outside');
    expect(facts('nginx on the old VMs did TLS for our shop. moving to GKE now').t).toBeUndefined();
    expect(facts('we ran mysql on a VM for years; it is moving into the cluster next week').t).not.toBe('outside');
    // Still there: something outside the cluster that pods reach.
    expect(facts('the billing api still runs on the old VMs and our pods call it').t).toBe('outside');
  });

  it('reads leaving a platform, and Lambda behind API Gateway, as the old setup', () => {
    expect(facts('leaving AWS ECS for a kubeadm cluster in our own rack').e).toBe('bare');
    const lambda = extractAnswers('moving from lambdas behind API gateway to AKS, 8 endpoints with path routing /a /b /c', tree);
    expect(lambda.unsure?.has('r') ?? false).toBe(false);
    expect(Object.fromEntries(lambda.facts)).toMatchObject({ e: 'cloud', m: 'many' });
  });

  it('reads Compose service names as a Service in the cluster that pods call', () => {
    expect(facts('with docker compose the api reached postgres via its service name. what is that in kubernetes?')).toMatchObject({ a: 'pods', t: 'app' });
    // An outside host named too: a name wished for it, not Compose's own.
    expect(facts('after leaving compose, the app should reach db.example.org by a service name')).toMatchObject({ t: 'outside' });
  });

  it('reads phone apps, Heroku web dynos and HTTPS redirects as clients from outside', () => {
    expect(said('our android and iOS app calls this backend').a).toBe('internet');
    expect(said('it runs as a web dyno').a).toBe('out');
    expect(facts('the proxy used to redirect http to https for the site')).toMatchObject({ a: 'out', p: 'http' });
  });

  it('reads the Service behind an Ingress as reached by pods, and the controller itself as a port pair from outside', () => {
    expect(facts('the ingress for api.example.com works; which type should the Service behind the ingress be?')).toMatchObject({ a: 'pods', t: 'app' });
    expect(facts('we use traefik for all our web apps on EKS. what type should the ingress controller itself get?')).toMatchObject({ a: 'out', p: 'tcp', m: 'one' });
  });

  it('reads the Service a Gateway or its routes send to as reached by the gateway\'s pods, however public the entry point', () => {
    expect(facts('customers reach us through our Gateway. for the Service the httproute forwards to, which type?')).toMatchObject({ a: 'pods', t: 'app' });
    expect(facts('the gateway routes /billing to our billing svc; does the billing svc need to be NodePort?')).toMatchObject({ a: 'pods', t: 'app' });
    expect(facts('the storefront is public via our ingress at /shop. which type should its Service be, a LoadBalancer as it is public?')).toMatchObject({ a: 'pods', t: 'app' });
    expect(facts('which service type should the chart default to? the apps are exposed through our shared ingress')).toMatchObject({ a: 'pods', t: 'app' });
    // A wish to expose through an Ingress is not a Service already behind one.
    expect(facts('what service type should I use? I want the app exposed through an ingress').a).not.toBe('pods');
    // Clients said to reach the Service itself, around the entry point, are still asked about.
    expect(facts('internet clients hit the service directly, not only the route. for the Service the httproute routes to, what type?').a).not.toBe('pods');
  });

  it('reads a StatefulSet whose members reach one by its ordinal name, or a consensus store run as one, as per-pod names', () => {
    expect(facts('mongo statefulset of 3, the secondaries have to reach mongo-0 by itself').t).toBe('peers');
    expect(facts('zookeeper for our kafka as a 3 pod statefulset, what service').t).toBe('peers');
    // Pods that call such a store are its clients: one Service name.
    expect(facts('our api pods talk to etcd, which runs as a statefulset. what service for the api?').t).toBeUndefined();
    expect(facts('our web deployment calls api-0 sometimes, what svc').t).toBeUndefined();
  });

  it('does not read a trial given up or an aside waved off', () => {
    expect(facts('we experimented with MetalLB in a test cluster but security won\'t hand out an IP pool. bare metal, 5 web apps for staff').mlb).toBe('no');
    expect(facts('local kind cluster for a demo. prod is on AKS but that is irrelevant. how do I open the page?').e).toBe('local');
    expect(facts('we run cert-manager and external-dns for lots of things, whatever. this one is only called by other services in the cluster').t).toBeUndefined();
    expect(facts('on-prem, no LB, VPN issues. But this question is only about grafana scraping an exporter in another namespace of the same cluster')).toMatchObject({ a: 'pods' });
  });

  it('reads where callers are as theirs, not where the cluster runs', () => {
    expect(facts('postgres moves to EKS; on-prem clients in the other datacenter keep connecting over the VPN').e).toBe('cloud');
  });

  it('reads a worker named beside an app as a part of the stack, not its callers', () => {
    expect(facts('a Django app, and there is a Celery worker too').a).toBeUndefined();
    expect(facts('the workers call it').a).toBe('pods');
  });

  it('reads numbered members of an ensemble as per-pod names, and a name the config expects for an outside host as an alias', () => {
    expect(facts('our etcd quorum was etcd1, etcd2, etcd3 on VMs, how do I keep that in kubernetes')).toMatchObject({ t: 'peers', a: 'pods' });
    expect(facts('web1, web2 behind haproxy').t).toBeUndefined();
    expect(facts('pods must reach the reporting db at reports.corp.example.net and the code expects a host name `reports`')).toMatchObject({ t: 'outside', a: 'pods' });
  });

  it('reads MetalLB rejected as none, and MetalLB undecided as none yet', () => {
    expect(facts('bare metal, metallb got vetoed by the network team, udp syslog from appliances').mlb).toBe('no');
    expect(facts('own datacenter, still not decided whether to install metallb, public web shop').mlb).toBe('no');
  });

  it('does not read the reason given for a plan put up to be checked as a need', () => {
    const read = extractAnswers('internal grpc api, stateless, only our pods call it. we are thinking of making it headless so every pod gets a dns name, ok?', tree);
    expect(Object.fromEntries(read.facts)).toMatchObject({ a: 'pods', t: 'app' });
    expect(read.mentions).toContain('headless');
  });

  it('reads a client on the asker\'s own machine connecting into the cluster as the laptop, not a local cluster', () => {
    expect(facts('I run DBeaver on my laptop and want to connect it to the mysql in our staging cluster')).toMatchObject({ a: 'laptop' });
    expect(facts('I run DBeaver on my laptop and want to connect it to the mysql in our staging cluster').e).toBeUndefined();
  });

  it("reads Compose's `expose:` key as ports for the other services, not the verb", () => {
    expect(facts('docker-compose gives the exporter expose: ["9102"] and no ports, what is that in kubernetes').a).toBe('pods');
    expect(facts('in compose the worker had expose:\n  - 8081').a).toBe('pods');
    expect(facts('we need to expose port 9102 to the office').a).not.toBe('pods');
  });

  it('reads hosts numbered with slashes as members, and a config file by name as no host', () => {
    expect(facts('the old quorum was etcd1/etcd2/etcd3 and each node knew the rest').t).toBe('peers');
    expect(facts('the brokers each read server.properties at start').n).toBeUndefined();
    expect(facts('sentinel reads sentinel.conf and my.cnf holds the db settings').n).toBeUndefined();
  });

  it('reads "only by me" and "so only I can reach it" as the asker alone', () => {
    expect(facts('the debug endpoint should be reachable only by me').a).toBe('laptop');
    expect(facts('bound to 127.0.0.1 so only I can reach it').a).toBe('laptop');
  });

  it('reads one named HTTP, REST or gRPC service, a wiki or an intranet as one workload', () => {
    expect(facts('the branch office needs our internal grpc pricing service, we are on GKE').m).toBe('one');
    expect(facts('staff over the VPN need the wiki on AKS').m).toBe('one');
    expect(facts('the grpc service and the rest service both need to be public').m).not.toBe('one');
  });

  it('reads sharded Redis (cluster mode, MOVED redirects) as clients reaching each node by its own address', () => {
    expect(facts('our valkey... no, redis in cluster mode, three shards; only app pods use it')).toMatchObject({ t: 'peers', a: 'pods' });
    expect(facts('clients keep hitting MOVED redirects through the redis service')).toMatchObject({ t: 'peers' });
    expect(facts('plain redis cache, only the api pods use it').t).not.toBe('peers');
  });

  it('reads a request turned down after the thing ("asked for MetalLB, they said no") as refusing it', () => {
    expect(facts('on-prem racks; we asked the network team for metallb and they said no')).toMatchObject({ e: 'bare', mlb: 'no' });
    expect(facts('bare metal, requested kube-vip but security said nope').mlb).toBe('no');
    expect(facts('bare metal, we asked for metallb and they said yes').mlb).toBe('yes');
  });

  it('reads on-prem clients with what they run between as callers elsewhere, not where the cluster runs', () => {
    expect(facts('on-prem MQTT clients in the plants must publish to the broker we run on GKE')).toMatchObject({ a: 'private', e: 'cloud' });
    expect(facts('on-prem kubeadm cluster, the clients are our office laptops on the VPN')).toMatchObject({ e: 'bare' });
  });

  it('reads a load balancer "not installed" after its name as not there to use', () => {
    expect(facts('on-prem, kube-vip is not installed and we may not add it').mlb).toBe('no');
    expect(facts('bare metal racks where metallb isnt deployed').mlb).toBe('no');
    expect(facts('bare metal, metallb is installed and hands out addresses').mlb).toBe('yes');
  });

  it('reads an AKS Application Gateway ingress controller as a controller running, not a wish for the Gateway API', () => {
    const read = extractAnswers('staff dashboard on aks, the cluster has the application gateway ingress controller', tree);
    expect(read.facts.get('ic')).toBe('yes');
    expect(read.unsure?.has('r') ?? false).toBe(false);
    expect(facts('internal tool on AKS behind AGIC').ic).toBe('yes');
  });

  it('reads "not public" beside in-cluster callers as the pods, and "internal" beside callers on another network as that network', () => {
    expect(facts("it's not public, only the frontend calls the backend").a).toBe('pods');
    expect(facts('not on the internet; other pods in the cluster use it').a).toBe('pods');
    expect(facts('internal only service, but a second cluster in our vpc has to call it').a).toBe('private');
    // In-cluster words keep "internal" inside the cluster: still a contradiction to ask about.
    expect(facts('cluster internal api, but a second cluster in our vpc has to call it').a).toBeUndefined();
  });

  it('reads a load balancer asked for in shorthand ("need lb") and a kind demo as a local cluster', () => {
    expect(extractAnswers('need an lb for the broker on aks', tree).mentions).toContain('loadbalancer');
    expect(facts('need lb for the broker on aks')).toMatchObject({ a: 'out', e: 'cloud' });
    expect(facts('nodeport ok for my kind demo?').e).toBe('local');
  });

  it('reads an Ingress controller said to be installed (without "already") as one running, and "no … installed" as none', () => {
    expect(facts('on-prem cluster, contour is installed, partners call the billing api').ic).toBe('yes');
    expect(facts('we have the nginx ingress controller installed on our rke2 nodes').ic).toBe('yes');
    expect(facts('we installed traefik last month, new http app for the office').ic).toBe('yes');
    expect(facts('lab cluster on VMs, no ingress controller installed, the LAN needs the app').ic).toBe('no');
    expect(facts('the ingress controller is not installed yet').ic).toBeUndefined();
  });

  it('reads a customer connecting from their own network as that network, not the internet', () => {
    expect(facts('a customer will test our api from their own network next week, bare metal').a).toBe('private');
    // Customers and the internet said outright stay a question.
    expect(extractAnswers('public site for the internet, and one customer from their own datacenter', tree).contested.get('a')?.sort()).toEqual(['internet', 'private']);
  });

  it('reads debugging workloads (debug jobs, a debug pod) as pods, not the asker at a laptop', () => {
    expect(facts('my debug jobs call an RDS host, I want a short in-cluster name for it').a).toBe('pods');
    expect(facts('need to debug the api from my laptop').a).toBe('laptop');
  });

  it('reads a workload that only connects out (Socket Mode, only outbound connections) as needing nothing from outside', () => {
    expect(facts('the teams bot uses socket mode, so does it need a public url?').a).toBe('pods');
    expect(facts('our poller only makes outbound connections to an API, which service type?').a).toBe('pods');
    expect(facts('customers firewalls only allow 443 outbound').a).not.toBe('pods');
  });

  it('reads a UI wanted once for one errand, and a client holding cluster credentials, as the asker\'s own tunnel', () => {
    expect(facts('I need the keycloak console once to reset a password').a).toBe('laptop');
    expect(facts('the deploy pipeline has a kubeconfig already and must curl the app after rollout').a).toBe('laptop');
    // Without cluster credentials, people need a way in that lasts.
    expect(facts("the analysts don't have kubectl, they need the superset UI").a).toBe('out');
  });

  it('reads k3s flags that turn things off one by one, and "not k3s" as no k3s', () => {
    // A gap does not jump a negator, and a negation listed after another is not turned round by it.
    expect(facts('k3s installed with --disable traefik --disable servicelb')).toMatchObject({ ic: 'no', mlb: 'no' });
    expect(facts('a k3s box, disabled traefik and disabled servicelb, no metallb either')).toMatchObject({ ic: 'no', mlb: 'no' });
    expect(facts('plain kubeadm on one VPS (not k3s), no load balancer, the wiki at https://wiki.example.org').ic).toBeUndefined();
  });

  it('reads k3s as running Traefik for one HTTP app on a domain, with https, on port 80, or for the LAN or the internet', () => {
    expect(facts('k3s at home, want my web app on my own domain').ic).toBe('yes');
    expect(facts('one static site on a k3s vps with https').ic).toBe('yes');
    expect(facts('my k3s pi, the paperless app on port 80 for the house').ic).toBe('yes');
    expect(facts('paperless on k3s, everyone on the home wifi should open it, not the internet').ic).toBe('yes');
    // A demo there still needs nothing beyond a NodePort, and Traefik turned off is off.
    expect(facts('quick throwaway demo of a web app on k3s for the people in the office').ic).toBeUndefined();
    expect(facts('k3s without traefik, a web app on my own domain').ic).toBe('no');
  });

  it('reads k3s as running ServiceLB for a raw TCP or UDP port, unless a demo or ServiceLB is off', () => {
    expect(facts('the forgejo ssh port on my k3s cluster, how do i expose ssh').mlb).toBe('yes');
    expect(facts('quick demo of a tcp echo service on k3s this afternoon').mlb).toBeUndefined();
    expect(facts('k3s with servicelb disabled, a udp syslog receiver for the LAN').mlb).toBe('no');
  });

  it('reads the protocol asked to be exposed over the one that already works beside it', () => {
    expect(facts('the web ui works over https via the ingress, but how do i expose ssh for git?').p).toBe('tcp');
  });

  it('reads UDP on Hetzner Cloud as having no load balancer to carry it', () => {
    expect(facts('voice chat server on udp 9987, hetzner cloud cluster with the hcloud ccm')).toMatchObject({ e: 'bare', mlb: 'no' });
    expect(facts('mqtt on tcp 1883, hetzner cloud cluster with the hcloud ccm').e).toBe('cloud');
  });

  it('reads a SaaS of the asker\'s own as production when paying customers use it, and one workload as the only caller', () => {
    expect(facts('is a nodeport ok for my hobby saas? a few paying customers use its HTTP API')).toMatchObject({ a: 'internet', s: 'prod' });
    expect(facts('the billing api must be reachable only by the orders service, which lives in another team\'s namespace')).toMatchObject({ a: 'pods', t: 'app' });
  });

  it('reads a chat platform posting to a bot, and a website hosted, as callers on the internet', () => {
    expect(facts('telegram has to post updates to my bot over https').a).toBe('internet');
    expect(facts('want to host my portfolio website on a small cluster').a).toBe('internet');
  });

  it("reads a mesh's or API gateway's own Service asked about as one TCP port pair, not the services behind it", () => {
    expect(facts('on AKS, which type should the istio ingressgateway service have?')).toMatchObject({ p: 'tcp', m: 'one', e: 'cloud' });
    expect(facts('bare metal, no metallb: how do we expose the traefik proxy itself?')).toMatchObject({ p: 'tcp', m: 'one', a: 'out' });
    // The east-west gateway is reached from the other cluster's network, not by east-west traffic inside this one.
    expect(facts('our istio east-west gateway must be reachable from the second network. which type for its service?')).toMatchObject({ a: 'private', p: 'tcp' });
    expect(facts('which type should the checkout app behind our kong proxy have?').p).toBeUndefined();
  });

  it('reads an API gateway in the cluster that calls the workload as pods calling it, and one outside as not', () => {
    expect(facts('our API gateway (Tyk, runs in the cluster) has to call the billing service; LoadBalancer for billing?').a).toBe('pods');
    expect(facts('emissary is deployed in-cluster and routes to our 8 backend apis').a).toBe('pods');
    expect(facts('AWS API Gateway, outside the cluster, has to call the billing service').a).not.toBe('pods');
    // Callers said to be in another namespace: the namespace is theirs, not something to alias.
    expect(facts('the ledger api is used by cron jobs from a different namespace')).toMatchObject({ t: 'app', a: 'pods' });
  });

  it('reads clients that hash or balance over the pods themselves as needing each pod', () => {
    expect(facts('the ketama client spreads keys over the memcached servers').t).toBe('peers');
    expect(facts('our sdk does consistent hashing over the cache nodes').t).toBe('peers');
    expect(facts('callers should balance themselves across the grpc pods').t).toBe('peers');
    expect(facts('we want callers to get pod IPs via DNS').t).toBe('peers');
  });

  it('reads callers said to be all in-cluster as pods, a corp network as another network, and dashboards as what clients build', () => {
    expect(facts('publishers and subscribers, all in-cluster, connect to NATS').a).toBe('pods');
    expect(facts('analysts on the corp network read the in-cluster mysql for their dashboards')).toMatchObject({ a: 'private', p: 'tcp' });
    expect(facts('a dashboard for the ops team').p).toBe('http');
  });

  it('reads "another"/"different" namespace calling a Service as its clients, not an alias', () => {
    expect(facts('what do I pick when workloads in a different namespace reach our billing api')).toMatchObject({ t: 'app', a: 'pods' });
    expect(facts('an api that jobs in another namespace use every hour')).toMatchObject({ t: 'app', a: 'pods' });
    // Naming the other namespace alone says nothing of who calls whom.
    expect(facts('the cache sits in a different namespace').t).not.toBe('app');
  });

  it('reads a bill for load balancers as a cloud, and a few queries by hand as the asker\'s tunnel', () => {
    expect(facts('the load balancer bill keeps growing, nine HTTP services each with its own')).toMatchObject({ lb: 'no', e: 'cloud' });
    expect(facts('i have to run a few sql queries against the staging mysql')).toMatchObject({ a: 'laptop', p: 'tcp' });
    expect(facts('ad hoc queries on our in-cluster postgres today').a).toBe('laptop');
    expect(facts('the app runs queries against postgres in the cluster').a).toBe('pods');
    // Without "sql", "ad hoc" or "manual", a query run is only a hint: a job may run it.
    expect(facts('a nightly cronjob will run a query against the postgres').a).not.toBe('laptop');
  });

  it('reads "no metallb" on k3s as ServiceLB still there, unless it is turned off too', () => {
    expect(facts('k3s at home without metallb, my mqtt broker on 1883 for sensors on the lan').mlb).toBe('yes');
    expect(facts('k3s at home without metallb or servicelb, my mqtt broker on 1883 for sensors on the lan').mlb).toBe('no');
    expect(facts('kubeadm at home without metallb, my mqtt broker on 1883 for sensors on the lan').mlb).toBe('no');
  });

  it('reads pods named as the only callers as pods, whatever load balancer is at hand', () => {
    expect(facts('the ledger api is only called by the worker pods, and metallb has free addresses').a).toBe('pods');
    expect(facts('used by our billing pods and nothing else').a).toBe('pods');
  });

  it('asks who connects where the message keeps it in the cluster yet names callers elsewhere', () => {
    expect(extractAnswers('internal only, nothing outside the cluster may reach it, but a partner office calls it', tree).contested.get('a')).toEqual(['pods', 'private']);
    // "internal" alone, of the service, only means not public: the callers named decide.
    expect(facts('an internal only api, but a partner calls it from their own network').a).toBe('private');
    // The asker's own look and another party's calls are two audiences.
    expect(extractAnswers('i hit it from my laptop now and then, but vendors call it every hour', tree).contested.get('a')).toEqual(['laptop', 'out']);
    expect(facts('i hit it from my laptop now and then').a).toBe('laptop');
  });

  it('reads a host name given to what moves into the cluster as its name, not something outside', () => {
    expect(facts('moving mongodb into the cluster and serving it through the ingress as mongo.corp.lan for the app pods')).toMatchObject({ a: 'pods', t: 'app' });
    expect(facts('the app moves to k8s; the db stays on the VM at db.corp.lan and the pods call it').t).toBe('outside');
  });

  it('reads a name that should resolve to an outside host as an alias for it', () => {
    expect(facts('the reports namespace should mail through `relay`, and relay should resolve to smtp.mail.example.org')).toMatchObject({ a: 'pods', t: 'outside' });
    expect(facts('we want a cname for ledger.corp.lan in the payments namespace')).toMatchObject({ t: 'outside' });
  });

  it('reads a trial that worked, told before "now", as not where it goes', () => {
    expect(facts('k3d with the traefik addon worked fine for our web apps. now they go to production on our own servers, no load balancer')).toMatchObject({ e: 'bare', s: 'prod' });
    expect(facts('kind with metallb ran great on my laptop; now the apps move to a vmware datacenter with no load balancer').mlb).toBe('no');
  });

  it('reads getting into a UI only for its first setup, or curling it while developing, as the asker alone', () => {
    expect(facts('bare metal, nothing exposed yet. I only need to log into the grafana ui for the initial setup').a).toBe('laptop');
    expect(facts('docker desktop, the LoadBalancer is stuck pending; i just want to curl my api while im developing').a).toBe('laptop');
    expect(facts('our partners just want to curl the status api from their servers').a).not.toBe('laptop');
  });

  it('reads HTTP apps and one TLS-passthrough service at one shared entry point as HTTP routed for several', () => {
    expect(facts('one shared entrypoint for our web apps over http, plus tls passthrough for one service with its own certs')).toMatchObject({ p: 'http', m: 'many' });
    expect(facts('our app terminates tls itself, we need tls passthrough, on eks').p).toBe('tcp');
  });

  it('reads TLS and a custom domain handled for the app as HTTPS on its own domain', () => {
    expect(facts('fly.io handled tls and our custom domain for the phoenix app; now on aks').lb).toBe('tls');
  });

  it('reads a registry record per instance, balanced by the callers, as every pod\'s address', () => {
    expect(facts('consul gave an A record per instance and the callers do their own round robin over them').t).toBe('peers');
  });

  it('reads clients the workload is added for, said to live outside, as callers outside', () => {
    expect(facts('external f5 in front of our on-prem nodes already. need nats for services that run outside the cluster')).toMatchObject({ a: 'out', mlb: 'no' });
    expect(facts('need nats for services that run outside the cluster').t).toBeUndefined();
  });

  it('reads a kind put up to be checked beside both parts said to run in the cluster as no audience', () => {
    expect(facts('nextcloud and its mariadb both live in the cluster. my boss wants mariadb to be a LoadBalancer. what should the database service be?')).toMatchObject({ a: 'pods', p: 'tcp' });
  });

  it('reads one workload of the app named as the only caller as pods', () => {
    expect(facts('the only thing calling it is the checkout container, which moves to k8s too').a).toBe('pods');
    expect(facts('the scheduler job is the only thing that ever calls it').a).toBe('pods');
    expect(facts('the only thing calling it is our partner app').a).toBeUndefined();
  });

  it('reads only the NodePort range opened to the nodes as node ports the way in', () => {
    expect(facts('netops only let 30000-32767 through to the nodes from the plant lan; the plc bridge speaks raw tcp')).toMatchObject({ mlb: 'no', e: 'bare' });
  });

  it('reads a VPN the pods reach a managed database over as the path, not callers on another network', () => {
    expect(facts('our api calls `ledger-db`; the db now sits at ledger.x1.eu-west-1.rds.amazonaws.com, over the vpn').a).toBe('pods');
    expect(facts('the office reaches our api over the vpn').a).toBe('private');
  });

  it('reads the site an entry point already serves as not the workload asked about', () => {
    expect(facts('our voip server (udp 5060) moves to aks. we already have an ingress for the website, can sip go through it?')).toMatchObject({ p: 'udp', ic: 'yes' });
    expect(facts('the team says to use the ingress we already have for the web app; the game server speaks udp 27015').p).toBe('udp');
  });

  it('reads ServiceLB disabled beside MetalLB installed as a load balancer there, and TCP and UDP both as UDP', () => {
    expect(facts('k3s with metallb installed (servicelb disabled), coredns for the lan on 53 tcp and udp')).toMatchObject({ mlb: 'yes', p: 'udp' });
    expect(facts('not sure if the syslog collector is tcp or udp').p).toBeUndefined();
  });

  it('reads port-forward refused for want of a right, with kubectl proxy allowed, as the asker alone', () => {
    expect(facts('need to look at one dashboard from my laptop once; no port-forward permissions but i can use kubectl proxy').a).toBe('laptop');
  });

  it('reads other dynos as other pods', () => {
    expect(facts('on heroku only other dynos called the pricing worker').a).toBe('pods');
  });

  it('reads bare-metal load balancers ruled out after their names as each denied', () => {
    expect(facts('security vetoed layer 2 tricks, so kube-vip and metallb are off the table. on-prem, three public web apps').mlb).toBe('no');
    expect(facts('metallb is not an option here; postgres for the office').mlb).toBe('no');
    expect(facts('metallb is out of date but works; the api must be public').mlb).toBe('yes');
  });

  it('reads a routing API chosen to last as the Gateway API', () => {
    expect(facts('new gke cluster, 20 web apps coming over the year. the forward looking choice for http routing?').r).toBe('gateway');
  });

  it('keeps answers set against each other across a "but" open as opposed, not to be guessed', () => {
    const opposed = (text: string) => extractAnswers(text, tree);
    const audience = opposed('the ledger api has to stay internal only, yet partners on the public internet call it straight');
    expect(audience.contested.get('a')).toEqual(expect.arrayContaining(['pods', 'internet']));
    expect(audience.opposed).toContain('a');
    const transport = opposed('our service speaks plain tcp, but we want to split it by path: /orders and /users');
    expect(transport.contested.get('p')).toEqual(['tcp', 'http']);
    expect(transport.opposed).toContain('p');
    // Two parts, each said of itself, or no "but": not a contradiction stated.
    expect(opposed('the admin api is internal only and the shop is public on the internet').opposed).toBeUndefined();
    expect(opposed('postgres over plain tcp for the workers, and path routing for the web apps').opposed).toBeUndefined();
  });

  it('reads a cloud\'s machines without its controller, or an account barred from any load balancer, as no load balancer there', () => {
    expect(facts('k3s on a few azure VMs we set up by hand, no cloud controller manager, three https sites').e).toBe('bare');
    expect(facts('talos on GCP compute instances without the CCM, one public web app').e).toBe('bare');
    expect(facts('on GKE our org policy forbids creating any external load balancers; two web apps must go public')).toMatchObject({ e: 'bare', mlb: 'no' });
    // Fewer load balancers wanted is a cost, not none at all.
    expect(facts('on GKE we cannot create more load balancers, quota is used up; two web apps must go public').e).toBe('cloud');
  });

  it('reads more services said to be on their way as several sharing the entry point', () => {
    expect(facts('one public web api on AKS to start with, more apis are planned for next quarter').m).toBe('many');
    expect(facts('GKE: a single https service for now; others will follow').m).toBe('many');
    expect(facts('GKE: a single https service for now').m).toBe('one');
  });

  it('reads callers turned away "from outside" as no target outside, and two workloads in one namespace as pods calling', () => {
    const kept = extractAnswers('the web tier calls the orders api, and the api must not ever be reached from outside the cluster', tree);
    expect(kept.unsure?.has('t') ?? false).toBe(false);
    // Not turned away: whoever talks to it "from outside" leaves open what it is.
    expect(extractAnswers('a partner app talks to our api from outside', tree).facts.get('t')).toBeUndefined();
    expect(facts('the worker needs to reach the scheduler api, both in the jobs namespace').a).toBe('pods');
  });

  it('reads the Service an Ingress rule points to as one pods reach, and a StatefulSet\'s serviceName Service as per-pod names', () => {
    expect(facts('the ingress exists already; which type for the svc that the ingress rule points to?')).toMatchObject({ a: 'pods', t: 'app' });
    expect(facts('which kind of service should the serviceName field in my redis statefulset name?').t).toBe('peers');
    expect(facts('what is the governing service of a statefulset supposed to be').t).toBe('peers');
  });

  it('reads a short name hardcoded in an app for a Service in another namespace as an alias', () => {
    expect(facts('payments runs in namespace pay; the checkout app in namespace web has "payments" hardcoded').t).toBe('alias');
    expect(facts('our cron in ns batch hardcodes `reports` and that service lives in ns analytics').t).toBe('alias');
    // A secret hardcoded is no name to alias.
    expect(facts('our app in namespace web hardcoded the database password, the db is in namespace data').t).not.toBe('alias');
  });

  it('reads an hour of access for one errand, or a UI not exposed yet, as the asker\'s own tunnel', () => {
    expect(facts('need the kafka ui on AKS for an hour or so tonight to reset an offset').a).toBe('laptop');
    expect(facts('our argo ui isnt exposed, the lead wants one look at it this week').a).toBe('laptop');
    expect(facts('the support team must open the admin ui every day from the office').a).not.toBe('laptop');
    // Connections open for hours are how long a stream lasts, not an hour of someone's access.
    expect(facts('the feed pod streams to the pricing deployment in the same namespace, connections stay open for hours').a).toBe('pods');
  });

  it('reads an outside database\'s private address as where it lives, and a VM on the cluster\'s network as a client there', () => {
    expect(facts('the managed redis has private ip 10.8.0.3 and other pods need to reach it as `cache`, maybe via an externalname').a).toBe('pods');
    expect(facts('on GKE the reporting VM in the same vpc has to query our mysql')).toMatchObject({ a: 'private', p: 'tcp' });
  });

  it('counts hyphenated words before the services, and reads a network\'s gateway as no routing API', () => {
    expect(facts('12 internal-only grpc apis on AKS').m).toBe('many');
    const transit = extractAnswers('other accounts reach our http apis via transit gateway', tree);
    expect(transit.unsure?.has('r') ?? false).toBe(false);
    expect(extractAnswers('should we put a gateway in front of our http apis', tree).unsure?.has('r')).toBe(true);
  });

  it('reads the Ingress controller\'s Service on bare metal with no addresses handed out as the Ingress-on-NodePort pattern', () => {
    expect(facts('on-prem cluster, traefik installed: which type for the controller service?')).toMatchObject({ e: 'bare', p: 'http', m: 'many' });
    // With addresses handed out (kube-vip, MetalLB), or on a cloud, one TCP port pair through a LoadBalancer.
    expect(facts('on-prem with metallb, traefik installed: which type for the controller service?')).toMatchObject({ p: 'tcp', m: 'one' });
    expect(facts('EKS, traefik installed: which type for the controller service?')).toMatchObject({ p: 'tcp', m: 'one' });
  });

  it('reads app teams owning their routing rules as the Gateway API, a mesh already run as a controller, and "DO" as DigitalOcean', () => {
    expect(facts('on AKS the app teams should own their routing rules while the platform team keeps the certificates').r).toBe('gateway');
    expect(facts('we already run istio on EKS; a new public http api')).toMatchObject({ ic: 'yes', r: 'gateway' });
    expect(facts('DO: a public grpc api, one service').e).toBe('cloud');
    expect(facts('on DO k8s, a public api').e).toBe('cloud');
    expect(facts('DO we need a load balancer for a public api?').e).toBeUndefined();
  });

  it('reads a real URL wished for a callback as the local cluster\'s Ingress add-on, and a balancer sending to the nodes as no addresses handed out', () => {
    expect(facts('kind cluster; the sso callback has to be a real url on a hostname, not localhost:31000').ic).toBe('addon');
    expect(facts('on minikube our login provider wants a proper callback url').ic).toBe('addon');
    expect(facts('the datacenter citrix box sends port 80 to the worker nodes, for a handful of web apps')).toMatchObject({ mlb: 'no', a: 'out' });
    // "Internal apps" are as often the company's own as pods': what else is said decides.
    expect(facts('host routing for a handful of internal apps, on prem').a).toBe('out');
    expect(facts('only internal apps in the cluster call it').a).toBe('pods');
  });

  it('reads one pod taking most of a gRPC ClusterIP\'s traffic as per-connection balancing, not a traffic split', () => {
    expect(facts('grpc backend with 5 replicas behind a clusterip, one replica takes most of the requests')).toMatchObject({ t: 'peers', a: 'pods' });
    expect(facts('our http api, one pod gets all the traffic').r).toBeUndefined();
    expect(facts('send 20% of the traffic to the new version of our api').r).toBe('gateway');
    // Asked why Services do not spread it: how balancing works, to explain, not a setup told.
    expect(facts('why does one pod get most of the grpc requests behind our clusterip?').t).toBeUndefined();
    // A mesh balances each request already.
    expect(facts('grpc service on istio, one pod gets most of the traffic').t).not.toBe('peers');
  });

  it('reads an outside service\'s private IP over a VPN that pods call by a name as pods reaching it', () => {
    expect(facts('a supplier gave us a private ip, 10.9.8.7, over the vpn; I want our pods to call it through a service that points to that ip')).toMatchObject({ a: 'pods', t: 'outside', n: 'ip' });
  });

  it('reads a broker\'s management UI as HTTP, two workloads in one ns as pods, and poking around as the asker\'s own look', () => {
    expect(facts('the rabbitmq mgmt page for ops, on gke').p).toBe('http');
    expect(facts('promtail ships logs to loki, both live in the logging ns').a).toBe('pods');
    expect(facts('just poking around the kibana ui this afternoon').a).toBe('laptop');
  });

  it('reads a domain owned and HTTPS as TLS on that domain, and single sign-on on a host name as needing it', () => {
    expect(facts('a webhook receiver on aks. we own a domain, and it needs https').lb).toBe('tls');
    expect(facts('a webhook receiver on aks. we own a domain, no tls needed though').lb).toBeUndefined();
    expect(facts('a developer portal for all our engineers at devportal.corp.example.com with sso, on gke')).toMatchObject({ a: 'private', p: 'http', lb: 'tls' });
    expect(facts('a developer portal for all our engineers at devportal.corp.example.com with sso, on gke').s).toBeUndefined();
  });

  it('reads SRV lookups as per-pod records, and a Service not exposed reached from the asker\'s machine as their own tunnel', () => {
    expect(facts('our client does srv lookups to find every memcached pod').t).toBe('peers');
    expect(facts('the mysql has no external access, how can i reach it from my laptop to run a query').a).toBe('laptop');
  });

  it('reads "the DC" as a datacenter, and what is already behind an ingress apart from what is asked', () => {
    expect(facts('no cloud lbs allowed in the dc, haproxy points at the nodes').e).toBe('bare');
    expect(facts('a few vms in our datacenter need our rabbitmq, on prem with metallb').a).toBe('private');
    expect(facts('the web ui is already behind the ingress, but the game clients connect over tcp 7777 from the internet').p).toBe('tcp');
  });

  it('reads a balancer of the asker\'s own at the nodes as clients from outside, set against pods said outright to call', () => {
    // "worker nodes" are machines, not worker pods calling.
    expect(facts('the ops team\'s haproxy pair sends plain tcp to a fixed port on our worker nodes, on prem')).toMatchObject({ a: 'out', mlb: 'no' });
    expect(facts('a big-ip sits in front of our k8s worker nodes, on prem, for a legacy tcp daemon').a).toBe('out');
    expect(facts('our f5 pair wants a static port on all the worker nodes for a tcp daemon, on prem')).toMatchObject({ a: 'out', mlb: 'no' });
    // Pods only hinted at as callers give way; said outright, who connects is asked.
    const both = extractAnswers('the netscaler forwards http to our cluster nodes, and host routing goes to apps only called from inside the cluster', tree);
    expect(both.facts.has('a')).toBe(false);
    expect(both.contested.get('a')).toEqual(['pods', 'out']);
  });

  it('reads the backend of a frontend already behind the ingress as called by the frontend\'s pods, unless browsers call it', () => {
    expect(facts('our web app is already behind the ingress and calls the orders backend over http. should the backend get a nodeport?')).toMatchObject({ a: 'pods', t: 'app' });
    expect(facts('the spa is already behind our ingress and the browser calls the api directly. does the api need its own ingress?').a).not.toBe('pods');
    expect(facts('our ingress already sends traffic to six apps. what kind should the apps themselves be?')).toMatchObject({ a: 'pods', t: 'app' });
  });

  it('reads a cluster on the asker\'s own machine serving production to others as a contradiction about where it runs', () => {
    const read = extractAnswers('minikube on my workstation has to serve the customers in our 50 stores in production next week', tree);
    expect(read.facts.has('e')).toBe(false);
    expect(read.contested.get('e')).toContain('local');
    expect(read.opposed?.has('e')).toBe(true);
    // A local cluster for the asker's own testing before production is no contradiction.
    expect(facts('testing it on minikube on my laptop first, just for me').e).toBe('local');
  });

  it('reads a database to expose, to whom unsaid, as who connects left open', () => {
    const read = extractAnswers('we have to expose the mongo db, cluster runs on GKE', tree);
    expect(read.facts.has('a')).toBe(false);
    expect(read.unsure?.has('a')).toBe(true);
    expect(extractAnswers('our rabbitmq runs on EKS, how do we expose it', tree).unsure?.has('a')).toBe(true);
    // Said to whom, it is that audience.
    expect(facts('expose the mysql db to the reporting VM on our office network').a).toBe('private');
  });

  it('reads the canary\'s pods as pods to look at, not a traffic split', () => {
    expect(facts('i want to curl the canary pods /healthz for a few minutes').r).toBeUndefined();
    expect(facts('send 10% of traffic to the canary').r).toBe('gateway');
  });

  it('reads a named app and another of a kind after "and the" as two workloads', () => {
    expect(facts('we want gitea and the team docs website reachable for the staff on bare metal').m).toBe('many');
    expect(facts('metabase and our admin dashboard on the office lan').m).toBe('many');
  });

  it('reads "me and another person from our laptops" as machines beyond the asker\'s', () => {
    expect(facts('me and a designer want to click through the staging ui from our laptops today').a).toBe('out');
    expect(facts('i want to click through the staging ui from my laptop today').a).toBe('laptop');
  });

  it('reads no DNS names on k3s as no reason for its Traefik, for one web app on the LAN', () => {
    expect(facts('k3s at home on a nuc, want grafana on my LAN, no DNS set up').ic).toBeUndefined();
    expect(facts('k3s at home on a nuc, want grafana on my LAN at grafana.home.example.net').ic).toBe('yes');
  });

  it('reads MetalLB vetoed, rejected or banned as no load balancer handed out', () => {
    expect(facts('on-prem racks, the network architects vetoed metallb').mlb).toBe('no');
    expect(facts('security rejected metallb for our bare metal cluster').mlb).toBe('no');
  });

  it('reads the asker\'s own host names (a wildcard, names to route in, a name behind their Ingress) as no outside host', () => {
    expect(facts('kubeadm on leased servers, a dozen web apps under *.example.dev').t).toBeUndefined();
    expect(facts('we need shop.example.org and beta.example.org to go to the storefront pods').t).toBeUndefined();
    expect(facts('thinking of putting redis behind our traefik ingress so the workers reach it at cache.corp.lan').t).toBeUndefined();
    // A host the pods call, named on its own, is still outside.
    expect(facts('our pods call the billing api at billing.partner.example.com').t).toBe('outside');
  });

  it('reads a production SaaS as the asker\'s product, and mirrored traffic as the Gateway API\'s', () => {
    expect(facts('we are a production saas on bare metal').s).toBe('prod');
    expect(facts('we are a production saas on bare metal').t).toBeUndefined();
    expect(facts('mirror live traffic to the v2 checkout and drop its responses').r).toBe('gateway');
  });

  it('reads what type the backend itself should be behind the Ingress as the Service the controller reaches', () => {
    expect(facts('the payments-api already sits behind our traefik ingress. which type should the api itself be').a).toBe('pods');
  });

  it('reads "right now it …" as how things are, not a look right now, and one microservice in the singular as one', () => {
    expect(facts('our mail gateway must see the sender ip, right now it only sees the node').a).not.toBe('laptop');
    expect(facts('i want to show the billing microservice to a colleague tomorrow').m).not.toBe('many');
  });

  it('reads environments living in the same cluster as where they run, not who calls', () => {
    expect(facts('dev and qa live in the same cluster. qa.example.io must go to the qa web app').a).not.toBe('pods');
  });

  it('reads a short name wished "just as `x`" as an alias, and the local cluster\'s host as the asker\'s machine', () => {
    expect(facts('apps in the billing ns should reach the shared vault in the security ns, just as `vault`').t).toBe('alias');
    expect(facts('k3d on my mac, i only need to open the ui from my host while i test').a).toBe('laptop');
  });

  it('reads the cloud\'s own VMs named as callers as clients on another network', () => {
    expect(facts('legacy batch vms on aws need to reach the postgres in our EKS cluster').a).toBe('private');
    expect(facts('some VMs on google compute engine have to connect to the kafka in gke').a).toBe('private');
  });

  it('reads the Service under a mesh\'s own split as one the mesh reaches in the cluster, with no split of its own', () => {
    const read = facts('canary via istio, a VirtualService sends 10% to checkout-v2. what type should the checkout svc itself be');
    expect(read).toMatchObject({ a: 'pods', t: 'app' });
    expect(read.r).toBeUndefined();
  });

  it('reads members each needing a hostname, or one pod reached back by its hostname, as per-pod names', () => {
    expect(facts('cassandra in k8s, the seeds list needs a hostname per member').t).toBe('peers');
    expect(facts('the jupyter kernel pod must be reached back by the workers as that pod by hostname').t).toBe('peers');
  });

  it('reads "only I would look at it" as the asker\'s own look', () => {
    expect(facts('the profiler ui of my batch run, only i would look at it for an hour').a).toBe('laptop');
  });

  it('keeps who connects open when it is said to stay in the cluster yet a client outside it is named', () => {
    for (const text of [
      'the grafana has to be cluster-internal only, nothing outside the cluster may touch it. but my phone on the couch needs to open it',
      'nothing outside the cluster may reach the ingest api. the barcode scanners in the warehouse (not in kubernetes) send scans to it',
    ]) {
      const read = extractAnswers(text, tree);
      expect(read.facts.has('a'), text).toBe(false);
      expect(read.contested.get('a'), text).toContain('pods');
      expect(read.opposed?.has('a'), text).toBe(true);
    }
    // Inside, with only pods calling: no contradiction.
    expect(facts('nothing outside the cluster may reach the ingest api. the parser pods send to it').a).toBe('pods');
  });

  it('leaves who connects to a queue worker open when nothing is said to call it', () => {
    const read = extractAnswers('django + sidekiq-ish setup: web, postgres, the rq worker. what service type does the worker get', tree);
    expect(read.facts.has('a')).toBe(false);
    expect(read.unsure?.has('a')).toBe(true);
    expect(read.workerAsked).toBe(true);
    // A worker that serves metrics is a server after all.
    expect(extractAnswers('the worker serves /metrics on port 9100 for prometheus in the cluster. what service type for the worker', tree).workerAsked).toBeUndefined();
  });

  it('reads clients that hit an address and port of its own, told outright, as the port served as is', () => {
    expect(facts('emby on k3s for the house LAN, the roku should keep hitting a static ip on port 8096 as it did before')).toMatchObject({ p: 'tcp', a: 'private' });
    // On the web's own port, or by a host name, it stays HTTP.
    expect(facts('emby on k3s for the house LAN at a static ip on port 443').p).toBe('http');
  });

  it('reads backends reached only through a proxy in the cluster as reached by pods', () => {
    expect(facts('bungeecord in front of 4 spigot servers; players only ever connect via bungeecord. svc type for the backend servers?').a).toBe('pods');
    expect(facts('our sites go public through a cloudflare tunnel, cloudflared runs in the cluster. the new wiki should be public via the tunnel as well').a).toBe('pods');
  });

  it('reads every replica\'s or pod\'s own address asked of DNS, and a StatefulSet\'s serviceName, as per-pod names', () => {
    expect(facts('the coordinator must look up the IP of every shard-worker pod itself and pick one').t).toBe('peers');
    expect(facts('the gossip layer wants the addresses of every ring-node replica').t).toBe('peers');
    expect(facts('3 replica zookeeper statefulset, which service goes in serviceName').t).toBe('peers');
  });

  it('reads a guild\'s game server as played from the internet, and a share of visitors first as a weighted split', () => {
    expect(facts('minecraft server for our guild on gke, udp for bedrock').a).toBe('internet');
    expect(facts('send 5% of customers to the new checkout first').r).toBe('gateway');
  });

  it('reads flatmates or tenants hooking their own sites onto a shared entry point as routes they own', () => {
    expect(facts('each club member has a namespace and wants to attach their own sites to the shared https entry, no central config every time').r).toBe('gateway');
  });

  it('reads a site served under a www name as one for visitors on the internet', () => {
    // Two things each on a path of it are several services behind one entry point.
    expect(facts('aks, shop front on / and checkout on /checkout, served under www.tiny-bakery.de')).toMatchObject({ a: 'internet', m: 'many' });
  });

  it('reads the Service an Ingress routes to, asked whether it has to be NodePort, as reached in the cluster', () => {
    expect(facts('on eks the ingress sends /v2 to our orders svc. does the orders svc need to be NodePort?')).toMatchObject({ a: 'pods', t: 'app' });
  });

  it('reads a protocol named over single sign-on, and a custom header matched, and leaves the client-IP headers alone', () => {
    expect(facts("partners' sso appliances bind to our ldaps on eks, tls ends in the pod").p).toBe('tcp');
    expect(facts('we need an sso login page for staff').p).toBe('http');
    expect(facts('requests with `x-tenant: acme` go to tenant-b, the rest to the shared pool').r).toBe('gateway');
    expect(facts('clients sending x-forwarded-for to the app, we log it').r).toBeUndefined();
  });

  it('reads one pod hammered while the others sit idle under gRPC as per-connection balancing, unless a mesh runs', () => {
    expect(facts("checkout calls pricing over grpc, one pricing pod is getting hammered and the other three sit idle. what should pricing's service be?")).toMatchObject({ t: 'peers', a: 'pods' });
    expect(facts('grpc between the pods, every call lands on one pod of the clusterip. we looked at adding a mesh like istio, not approved')).toMatchObject({ t: 'peers' });
    expect(facts('we run linkerd; grpc from a to b and one pod gets all the traffic').t).toBeUndefined();
  });

  it('reads a Service in another namespace wished under the name callers would rather write as an alias', () => {
    for (const text of [
      'stock runs in namespace warehouse. the checkout pods in namespace shop should call it as plain `stock`, without the .warehouse suffix',
      'the web pods in ns web call ratings in ns catalog and devs want to stop spelling out the full dns name, just http://ratings would be nice',
      'I want `cache` in each preview namespace to resolve to the shared redis at redis.shared.svc.cluster.local',
      'pods in ns web call `ratings`, which actually lives in ns catalog as ratings.catalog.svc.cluster.local',
    ]) {
      expect(facts(text), text).toMatchObject({ t: 'alias', a: 'pods' });
    }
    // A Service of the asker's own, called by its full name, wishes no alias.
    expect(facts('pods in ns web call ratings.catalog.svc.cluster.local, what type should ratings be').t).not.toBe('alias');
  });

  it('reads developers pushing and cloning from their laptops every day as clients on a network, not a tunnel', () => {
    expect(facts('our devs docker push to the in-cluster registry from their laptops').a).toBe('private');
    expect(facts('git over ssh to the gitlab in our cluster has to work from dev laptops').a).toBe('private');
    // A one-off look, or the asker's own machine, is still a tunnel.
    expect(facts('devs connect DBeaver from their laptops to the staging postgres now and then').a).toBe('laptop');
    expect(facts('i docker push from my laptop to the registry in minikube').a).toBe('laptop');
  });

  it('reads the nodes pulling images from it as callers outside the pod network', () => {
    expect(facts('every node pulls its images from it, it is our registry on GKE')).toMatchObject({ a: 'private', p: 'http' });
    expect(facts('a pull-through mirror in the cluster; the kubelets pull images from the mirror')).toMatchObject({ a: 'private' });
  });

  it('reads the Service an APIService or a webhook configuration points at as called by the API server, in the cluster', () => {
    expect(facts('keda registers an APIService; the apiservice points to its svc. what type should the svc be?')).toMatchObject({ a: 'pods', t: 'app' });
    expect(facts('the mutating webhook configuration points at our injector svc, what kind of svc')).toMatchObject({ a: 'pods', t: 'app' });
    expect(facts('the mesh sidecars pull their config from the control plane on 15012')).toMatchObject({ a: 'pods', t: 'app' });
  });

  it('reads the web side served already by an entry point as not what is asked ("https already goes through traefik but ssh…")', () => {
    expect(facts('forgejo on prem; the web ui already goes through our ingress-nginx but ssh clones on 22 must work too').p).toBe('tcp');
    expect(facts('https already runs via traefik, but the mqtt port 1883 also needs to be reachable').p).toBe('tcp');
  });

  it('reads the nodes\' IPs and one fixed port, all a balancer team will configure, as no load balancer addresses', () => {
    expect(facts('netops only gives us a pool of node IPs with one static port on their F5, on prem')).toMatchObject({ mlb: 'no', e: 'bare' });
    expect(facts('the balancer team will only target our worker node IPs on one fixed port')).toMatchObject({ mlb: 'no' });
    // "point at node IPs + ports" is the balancer's target, not something outside the pods point at.
    expect(facts('an F5 that can only point at node IPs + ports, prod web apps on prem')).toMatchObject({ mlb: 'no', a: 'out' });
  });

  it('reads a hard-coded name with its port, for a Service that moved to a named namespace, as an alias', () => {
    expect(facts('our dashboards chart hardcodes grafana:3000 but grafana moved to the observability namespace')).toMatchObject({ t: 'alias', a: 'pods' });
    expect(facts('the legacy job hardcodes `redis` and redis now lives in namespace cache')).toMatchObject({ t: 'alias' });
  });

  it('reads controller annotations turned down as a wish for the Gateway API', () => {
    expect(facts("we don't want per-controller annotation soup for our 20 http services").r).toBe('gateway');
    expect(facts('no more annotation soup, lots of http and grpc services on eks').r).toBe('gateway');
  });

  it('reads a node pool as where pods run, not an address pool asked about', () => {
    expect(namesIn('an AKS windows node pool')).toEqual([]);
    expect(namesIn('the address pool is empty')).toEqual(['address pool']);
  });

  it('reads machines of the asker\'s own site, over an interconnect, as clients on another network', () => {
    expect(facts('our on-prem batch servers must reach kafka in the GKE cluster')).toMatchObject({ a: 'private', e: 'cloud' });
    // VMware is where the cluster runs, not machines calling in.
    expect(facts('on-prem vmware cluster, several web apps to publish').a).not.toBe('private');
    expect(facts('the finance vms connect over dedicated interconnect to our mongo pods')).toMatchObject({ a: 'private', e: 'cloud' });
  });

  it('reads traffic between the members kept inside as other traffic than the clients\'', () => {
    expect(facts('our on-prem app servers need the redis in our EKS cluster; the sentinel traffic stays inside the cluster').a).toBe('private');
    expect(facts('office analysts query the clickhouse in our AKS cluster, replication stays internal').a).toBe('private');
  });

  it('reads the part reached from outside, beside one kept inside, as the one to expose', () => {
    expect(facts('the storefront serves https to customers, the pricing grpc backend is internal')).toMatchObject({ a: 'internet', p: 'http' });
    expect(facts('the app has a public websocket endpoint and a tcp admin port that must stay internal')).toMatchObject({ a: 'internet', p: 'ws' });
    // The inside part named by the question: not settled for the outside one.
    expect(facts('the web frontend is public https and the grpc backend stays internal. what type for the backend?').p).toBeUndefined();
    // Only the inside part's protocol read: what the public part speaks is asked, not taken from it.
    const open = extractAnswers('the chat app is public and its redis port must stay internal', tree);
    expect(open.facts.get('p')).toBeUndefined();
    expect(open.unsure?.has('p')).toBe(true);
  });

  it('reads a neighbour named for where it goes ("next to the web panel") apart from what is asked about', () => {
    expect(facts('can i put my valheim-like udp ports into the traefik ingress next to the web panel?').p).toBe('udp');
    // A neighbour likened ("like the website"): not the part the question names.
    expect(facts('a udp game server on aks. can we route it through our existing nginx ingress like the website?').p).not.toBe('http');
  });

  it('reads public said of another thing, and denied of this one, as not this one\'s audience', () => {
    expect(facts('the pricing svc answers grpc to the checkout pods only (checkout is the one that is public, not this)').a).toBe('pods');
    expect(facts('orders speaks grpc to the bff pods only; the bff is exposed, not this one').a).toBe('pods');
  });

  it('reads another part\'s public side already served as no audience of what is asked', () => {
    expect(facts('need to flip a flag on the admin grpc port with grpcurl. the public http is on the ingress').a).toBe('laptop');
  });

  it('reads the asker alone, with the internet turned down, as their own machine, not a private network', () => {
    expect(facts('just me running rcon commands every couple of weeks, not public').a).toBe('laptop');
    // Others on a network named: their network.
    expect(facts('the store staff on the shop wifi, not public').a).toBe('private');
  });

  it('reads Kafka run as a StatefulSet as brokers reached one by one, and not any broker in one', () => {
    expect(facts('our kafka: five brokers, a statefulset we wrote ourselves; consumers live in the cluster too')).toMatchObject({ t: 'peers', a: 'pods' });
    expect(facts('redpanda as a statefulset with 3 brokers, every client is in-cluster').t).toBe('peers');
    expect(facts('the brokers publish per-broker host names to the apps in the cluster').t).toBe('peers');
    // An MQTT broker in a StatefulSet is one address its clients share.
    expect(facts('one mosquitto broker as a statefulset, the sensor pods publish to it').t).not.toBe('peers');
  });

  it('reads a single query by hand, never needed again, as the asker\'s own tunnel', () => {
    expect(facts('the auditor has to run one query against the billing mysql this week and never again').a).toBe('laptop');
  });

  it('reads recursive DNS resolvers and DNS over TLS as what they speak, not HTTP', () => {
    expect(facts('unbound-like recursive dns for our subscribers, bare metal with metallb in bgp mode').p).toBe('udp');
    expect(facts('caching dns resolvers for the branch offices').p).toBe('udp');
    expect(facts('subscribers query our dns over tls endpoint on 853').p).toBe('tcp');
    expect(facts('radius auth for the wifi controllers, freeradius in a pod').p).toBe('udp');
  });

  it('reads SCTP as an L4 protocol forwarded as is, like raw TCP', () => {
    expect(facts('the MME takes S1AP over sctp 36412 from eNodeBs outside the cluster')).toMatchObject({ p: 'tcp', a: 'out' });
  });

  it('reads the successor of the Ingress API asked for by what it is as the Gateway API', () => {
    expect(facts('greenfield http platform for six teams, ingress or the newer api?').r).toBe('gateway');
    expect(facts('linkerd is our mesh; for traffic from the internet what is the recommended api these days').r).toBe('gateway');
  });

  it('reads one Service name kept in two environments, outside the cluster in one, as an alias to the outside host', () => {
    expect(facts('prod pods call the hosted search at search.vendor.example, in test a local pod; the same dns name in both')).toMatchObject({ t: 'outside', a: 'pods', n: 'dns' });
  });

  it('reads a headless Service put up for a stateless app\'s balancing as called by pods', () => {
    expect(facts('we switched our stateless api to a headless service to spread requests over the replicas, good idea?')).toMatchObject({ t: 'app', a: 'pods' });
    // Who calls it, said, stands.
    expect(facts('our stateless api is a headless service now and customers on the internet call it').a).toBe('internet');
  });

  it('reads a Service in a second namespace, named after one named as such, as the alias wished', () => {
    expect(facts('apps in ns checkout want the ledger svc in finance-core as just `ledger`')).toMatchObject({ t: 'alias', a: 'pods' });
    // A place, not a namespace.
    expect(facts('apps in ns checkout want the ledger svc in the cluster as just `ledger`').t).not.toBe('alias');
  });

  it('reads an Ingress controller ruled out as barred, not as one still to install', () => {
    expect(facts('on-prem, ingress controllers are not allowed by the security team, one web app for staff').ic).toBe('barred');
    expect(facts('the CISO forbids NodePorts and running an ingress controller').ic).toBe('barred');
    expect(facts('no ingress controller installed yet, on-prem').ic).toBe('no');
    // Taken back in the same breath: a controller is there.
    expect(facts('nodeports are forbidden but we already run an ingress controller').ic).not.toBe('barred');
  });

  it('reads every way in ruled out as a load balancer left to settle', () => {
    const answers = extractAnswers('no lb of any kind, security forbids nodeports, hostNetwork and installing an ingress controller', tree);
    expect(answers.facts.has('mlb')).toBe(false);
    expect(answers.contested.get('mlb')).toEqual(['yes', 'no']);
  });

  it('reads paying for any load balancer on a cloud refused as no load balancer, but not fewer of them', () => {
    expect(facts('vultr vke, the api must be public but i refuse to pay for an lb')).toMatchObject({ e: 'bare', mlb: 'no' });
    expect(facts("on gke, won't pay for a load balancer per service, 5 http apps").e).toBe('cloud');
  });

  it("reads k3s's ServiceLB as carrying UDP on a cloud whose balancers do not", () => {
    expect(facts('7 days to die udp server, k3s on a hetzner cloud box').e).toBe('cloud');
    expect(facts('7 days to die udp server, k3s with servicelb disabled on a hetzner cloud box').mlb).toBe('no');
    expect(facts('7 days to die udp server, kubeadm on hetzner cloud with the hcloud ccm').e).toBe('bare');
  });

  it('reads a datacenter balancer sent to the nodes as on-prem with no load balancer provider', () => {
    expect(facts('the big-ip sends tcp 5000 to our worker nodes on a fixed port')).toMatchObject({ mlb: 'no', e: 'bare', p: 'tcp' });
    expect(facts('corporate haproxy fronts node ports for the web apps')).toMatchObject({ mlb: 'no', e: 'bare' });
    expect(facts('http apps behind the f5, which snats everything before hitting the nodes')).toMatchObject({ mlb: 'no', e: 'bare' });
    expect(facts('the ops team only does node:port pool members on the f5').mlb).toBe('no');
  });

  it('reads a port the clients are built to use as the port served as is', () => {
    expect(facts('emby in the homelab, no metallb; the smart tv app expects port 30920, lan only').p).toBe('tcp');
  });

  it('reads systems said to run outside the cluster, and old servers beside it, as what pods reach', () => {
    expect(facts('the kafka brokers outside the cluster (b1..b3.events.corp), consumers in k8s want one stable name')).toMatchObject({ t: 'outside', a: 'pods' });
    expect(facts('our pods need the mariadb still running on the old server (db1.legacy.example.org) until we migrate')).toMatchObject({ t: 'outside' });
    expect(facts("squid at squid.corp.example.net, we want pods to use a neutral name 'proxy' in every env")).toMatchObject({ t: 'outside', a: 'pods' });
  });

  it("reads a jump host, a one-off look at a pod and callers both in the cluster", () => {
    expect(facts('the analyst runs one query against the warehouse postgres in the cluster from the bastion host, this afternoon').a).toBe('laptop');
    expect(facts('the sre wants to curl /debug/pprof on one specific pod once to debug a leak').a).toBe('laptop');
    expect(facts('orders svc calls pricing svc, both in our cluster, http').a).toBe('pods');
  });

  it("reads a proxy's list of each backend as per-member names", () => {
    expect(facts('bungeecord proxy and 4 spigot servers as a statefulset; the proxy config wants a separate address for each server').t).toBe('peers');
  });

  it('reads APIs offered to partners as called from outside, not a partner\'s API that pods call', () => {
    expect(facts('client certificates for our partner apis, traefik already in place behind the netscaler')).toMatchObject({ a: 'out', ic: 'yes' });
    expect(facts('our pods call the partner api at api.partner.example').t).toBe('outside');
  });

  it('reads pods of other namespaces calling it as a workload of the cluster, not an alias', () => {
    expect(facts("the audit api is called by three other namespaces' pods, nothing from outside")).toMatchObject({ a: 'pods', t: 'app' });
  });

  it("asks whether the client's address is needed where a balancer rewrites it and may not be changed", () => {
    const answers = extractAnswers('we need the real client ip in the logs; raw tcp, the netscaler SNATs it and we cannot touch its config or enable proxy protocol', tree);
    expect(answers.contested.get('ip')).toEqual(['yes', 'no']);
    // HTTP carries it in a header the balancer can add: not asked.
    expect(facts('we need the real client ip of our http apps but the f5 snats everything').ip).toBe('yes');
  });

  it("reads another namespace's Service wished under a name in the caller's own namespace as an alias", () => {
    expect(facts("the checkout app should reach the platform team's service as 'rates' in its own namespace; it is rates.pricing.svc.cluster.local")).toMatchObject({ t: 'alias', a: 'pods' });
  });

  it('reads at most MAX_FACT_TEXT characters', () => {
    const long = `${'lorem '.repeat(MAX_FACT_TEXT)} EKS`;
    expect(extractAnswers(long, tree).facts.has('e')).toBe(false);
  });
});

describe('messageWords', () => {
  it('lowercases, drops apostrophes, splits on punctuation and marks clause breaks', () => {
    expect(messageWords("Don't use NodePort, it's bare-metal.")).toEqual(['dont', 'use', 'nodeport', '|', 'its', 'bare', 'metal']);
  });
});

describe('answerValue and mentionedKind', () => {
  it('accept a value or a plain synonym', () => {
    expect(answerValue(tree, 'e', 'bare')).toBe('bare');
    expect(answerValue(tree, 'e', 'bare-metal')).toBe('bare');
    expect(answerValue(tree, 'a', 'public')).toBe('internet');
    expect(answerValue(tree, 'e', 'mars')).toBeUndefined();
    expect(answerValue(tree, 'zz', 'x')).toBeUndefined();
    expect(mentionedKind(tree, 'node port')).toBe('nodeport');
    expect(mentionedKind(tree, 'ingress+nodeport')).toBe('ingress+nodeport');
    expect(mentionedKind(tree, 'banana')).toBeUndefined();
  });
});
