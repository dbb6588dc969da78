import { describe, expect, it } from 'vitest';
import { serviceAddressAnswer, serviceRefIn } from '../../src/core/service-names.js';
import { ask } from '../helpers.js';

describe('service names in questions', () => {
  it('finds the Service and the namespace said after it', () => {
    expect(serviceRefIn('pod in namespace frontend calls the api service in namespace backend')).toEqual({ name: 'api', namespace: 'backend' });
    expect(serviceRefIn('svc "redis" in ns "cache"')).toEqual({ name: 'redis', namespace: 'cache' });
    expect(serviceRefIn('reach service web port 8080 in the shop namespace')).toEqual({ name: 'web', namespace: 'shop', port: '8080' });
  });

  it('reads a name quoted after "svc is", not a participle said of the Service (route-26)', () => {
    expect(serviceRefIn("how do pods reach a svc exported via the clusterset? the svc is 'billing' in ns 'finance'")).toEqual({ name: 'billing', namespace: 'finance' });
    expect(serviceRefIn('a service mirrored from cluster b, the service is `carts` in namespace store')).toEqual({ name: 'carts', namespace: 'store' });
    expect(serviceRefIn('svc is "ledger" in ns accounts, what name do other pods use?')).toEqual({ name: 'ledger', namespace: 'accounts' });
  });

  it('reads an unquoted name after "svc is" when its namespace follows (chat clients and the shell drop the quotes)', () => {
    expect(serviceRefIn('the svc is carts in namespace store, what name do pods use')).toEqual({ name: 'carts', namespace: 'store' });
    // A state said of the Service is not its name.
    expect(serviceRefIn('svc is down in ns shop since the deploy')).toBeNull();
    expect(serviceRefIn('my svc is pending in namespace edge')).toBeNull();
  });

  it('names nothing when the question names no Service or no namespace', () => {
    expect(serviceRefIn('what is the dns name of a service in another namespace')).toBeNull();
    expect(serviceRefIn('the headless service in my namespace')).toBeNull();
    expect(serviceAddressAnswer('service web in namespace shop has 3 pods')).toBeNull();
  });

  it('answers with the full DNS name and the kubectl proxy URL', async () => {
    expect((await ask('what is the fqdn of service payments in namespace billing')).text).toContain('payments.billing.svc.cluster.local');
    expect(serviceAddressAnswer('kubectl proxy url for service grafana port 3000 in namespace monitoring')?.text).toContain(
      'http://localhost:8001/api/v1/namespaces/monitoring/services/grafana:3000/proxy/',
    );
  });

  it('names a StatefulSet said as "sts", in the namespace said after its Service, and lists every member when they are asked for', async () => {
    const pod = await ask('client in ns `shop` must reach pg-1 of sts `pg` (headless svc `pg-headless`) living in ns `db`. fqdn?');
    expect(pod.text).toContain('pg-1.pg-headless.db.svc.cluster.local');
    const members = await ask('etcd initial-cluster peers? sts etcd, headless svc etcd-peers, ns infra');
    expect(members.text).toContain('etcd-0.etcd-peers.infra.svc.cluster.local');
    expect(members.text).toContain('etcd-2.etcd-peers.infra.svc.cluster.local');
    // The port told goes with the address a client uses.
    expect((await ask('what do i advertise for nats-1? sts nats, headless svc nats-cluster, ns msg, port 6222')).text).toContain('nats-1.nats-cluster.msg.svc.cluster.local:6222');
  });

  it('writes the port-forward command for one pod named, and reads no pod from a report that port-forward works', async () => {
    expect((await ask('how can i port-forward to kafka-1 on 9092, i need that exact broker')).text).toContain('kubectl port-forward pod/kafka-1 9092:9092');
    expect(serviceAddressAnswer('how to port forward pod/api-7d9f in namespace shop, it listens on port 8080')?.text).toContain('kubectl port-forward -n shop pod/api-7d9f 8080:8080');
    expect(serviceAddressAnswer('nodeport 30080 hangs from my laptop, pods fine, port-forward works')).toBeNull();
  });

  it('writes the port-forward command with the Service, its namespace, the local port and the Service port', async () => {
    const answer = await ask('how can i port-forward service grafana in namespace monitoring, port 3000, to local port 3001?');
    expect(answer.text).toContain('kubectl port-forward -n monitoring svc/grafana 3001:3000');
    // No local port said: the same number on both sides.
    expect(serviceAddressAnswer('port-forward svc api in ns shop on port 8443')?.text).toContain('svc/api 8443:8443');
  });

  it('names a StatefulSet pod by its own name, with its headless Service and namespace', async () => {
    const r = await ask('statefulset redis, headless svc redis-hl, namespace cache: dns name of redis-1?');
    expect(r.text).toContain('redis-1.redis-hl.cache.svc.cluster.local');
    const asked = await ask('what is the dns name of pod kafka-2 in statefulset kafka with headless service kafka-hs in namespace streams');
    expect(asked.text).toContain('kafka-2.kafka-hs.streams.svc.cluster.local');
  });

  it('corrects a kubectl proxy path tried in the old form, and spells a StatefulSet pod\'s name from the example given', async () => {
    const proxied = await ask('kubectl proxy gives 404 for http://localhost:8001/api/v1/proxy/namespaces/tools/services/grafana, whats the url');
    expect(proxied.text).toContain('http://localhost:8001/api/v1/namespaces/tools/services/grafana:PORT/proxy/');
    expect(proxied.text).toContain('was removed');
    const example = await ask('how are statefulset pods named in dns, e.g. zk-2.something?');
    expect(example.text).toContain('zk-2.SERVICE.NAMESPACE.svc.cluster.local');
  });

  it('completes a short name that works only from the Service\'s own namespace', async () => {
    const r = await ask("curl http://orders:8080 is fine from pods in shop but it can't resolve from checkout");
    expect(r.data.topic).toBe('dns');
    expect(r.text).toContain('orders.shop');
    expect(r.text).toContain('checkout');
  });

  it('names the Service, not the verb after it, and answers a name that does not exist', async () => {
    const r = await ask('in ns shop `nslookup ledger` gives NXDOMAIN; the ledger service lives in the finance namespace');
    expect(r.command).toBe('ask');
    expect(r.text).toContain('ledger.finance');
    expect(r.text).not.toContain('`lives`');
  });

  it('reads the Service\'s name said as "the service is called X"', async () => {
    expect(serviceRefIn('the service is called ledger and it lives in namespace finance')).toEqual({ name: 'ledger', namespace: 'finance' });
    const r = await ask("dig gives `server can't find ledger.svc.cluster.local: NXDOMAIN`; the service is named ledger, in namespace finance");
    expect(r.command).toBe('ask');
    expect(r.text).toContain('ledger.finance');
  });

  it('takes the name a pod looks up or calls when the word service does not name it', () => {
    expect(serviceRefIn("pods in ns web can't resolve `ledger`; that svc is in the `finance` namespace")).toEqual({ name: 'ledger', namespace: 'finance' });
    // An outside host is not a Service's name.
    expect(serviceRefIn('curl api.github.com fails from namespace tools')).toBeNull();
  });

  it('skips filler after "service" and clause words after "namespace"', () => {
    expect(serviceRefIn('the proxy path for a service again? svc kibana in namespace logging')).toEqual({ name: 'kibana', namespace: 'logging' });
    expect(serviceRefIn('curl cart works from the same namespace but fails from the rest')).toBeNull();
  });

  it('answers where to see the pod IPs a Service sends to, named or not', async () => {
    const r = await ask('which command shows the pod ips my svc is routing to');
    expect(r.data.topic).toBe('endpointslices');
    expect(r.text).toContain('kubectl get endpointslices');
  });

  it('spells out the SRV record of a named port, with its protocol, and says only named ports get one', async () => {
    expect(serviceRefIn('service metrics in namespace ops, port called prom')).toEqual({ name: 'metrics', namespace: 'ops', port: 'prom' });
    const r = await ask('svc cache in ns infra exposes a udp port called stats; which srv name do I look up?');
    expect(r.command).toBe('ask');
    expect(r.text).toContain('_stats._udp.cache.infra.svc.cluster.local');
    expect(serviceAddressAnswer('srv lookup for service pg port 5432 in namespace db')?.text).toContain('named');
    expect(serviceAddressAnswer('srv lookup for service pg port 5432 in namespace db')?.text).toContain('_PORTNAME._tcp.pg.db.svc.cluster.local');
  });

  it('gives a pod its A record from its IP and namespace', async () => {
    const r = await ask('dns name for the pod at 10.42.0.17 in namespace jobs?');
    expect(r.data.topic).toBe('dns');
    expect(r.text).toContain('10-42-0-17.jobs.pod.cluster.local');
    // Reaching an address is not asking for a pod's name.
    expect(serviceAddressAnswer('my pod cannot reach 10.0.0.5 in namespace jobs')).toBeNull();
    // Nor is a pod at an address that cannot resolve another Service's name.
    expect(serviceAddressAnswer('pod 10.244.3.9 in namespace web cannot resolve the service name cart')).toBeNull();
  });

  it('fills in the command that lists a named Service\'s EndpointSlices', async () => {
    const r = await ask('how do I list the endpointslices of service cart in namespace store');
    expect(r.text).toContain('kubectl get endpointslices -n store -l kubernetes.io/service-name=cart');
  });
});
