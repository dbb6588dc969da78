import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { recognizeYaml, yaml as yamlCommand } from '../../src/core/commands/yaml.js';
import { KINDS } from '../../src/manifests/params.js';
import { ask, testRuntime } from '../helpers.js';

const codeOf = (r: Awaited<ReturnType<typeof ask>>) => r.blocks.flatMap((b) => (b.type === 'code' ? [b] : []))[0];
const commands = (r: Awaited<ReturnType<typeof ask>>) => r.blocks.flatMap((b) => (b.type === 'choices' ? b.options.map((o) => o.command) : []));

describe('yaml: rendering', () => {
  it('renders ClientIP session affinity with its timeout, asked in words or as parameters', async () => {
    const worded = await ask('give me yaml for a loadbalancer svc with sticky sessions per client ip, 30 minutes idle timeout');
    expect(worded.command).toBe('yaml');
    expect(codeOf(worded)?.code).toContain('sessionAffinity: ClientIP');
    expect(codeOf(worded)?.code).toContain('timeoutSeconds: 1800');
    // No timeout said: the API's default, three hours, written out.
    const typed = await ask('yaml clusterip api sessionAffinity=ClientIP');
    expect(codeOf(typed)?.code).toContain('timeoutSeconds: 10800');
  });

  it('runs every example as typed', async () => {
    for (const example of yamlCommand.examples) {
      const r = await ask(example);
      expect(r.outcome, example).toBe('ok');
    }
  });

  it('renders a NodePort Service with comments, a file name and the apply hint', async () => {
    const r = await ask('yaml nodeport web port=80 targetPort=8080');
    const block = codeOf(r);
    expect(block?.language).toBe('yaml');
    expect(block?.filename).toBe('web-service.yaml');
    expect(block?.code).toContain('# NodePort: also opens a port on every node');
    expect(block?.code).toContain('# No nodePort: Kubernetes picks a free one in 30000-32767');
    expect(r.text).toContain('Apply it: `kubectl apply -f web-service.yaml`');
    expect(load(block?.code ?? '')).toEqual(r.data.manifest);
    expect(r.data.manifest).toMatchObject({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'default' },
      spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }] },
    });
  });

  it('renders an Ingress for networking.k8s.io/v1 with pathType, class and TLS', async () => {
    const r = await ask('yaml ingress shop host=shop.example.com service=web port=80 class=nginx tls=true path=/api pathType=Exact');
    expect(r.data.manifest).toEqual({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'shop', namespace: 'default' },
      spec: {
        ingressClassName: 'nginx',
        tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }],
        rules: [{ host: 'shop.example.com', http: { paths: [{ path: '/api', pathType: 'Exact', backend: { service: { name: 'web', port: { number: 80 } } } }] } }],
      },
    });
    expect(codeOf(r)?.code).toContain('kubectl create secret tls shop-tls');
    expect(commands(r)).toContain('yaml clusterip web port=80');
  });

  it('renders an ExternalName, a headless Service and an HTTPRoute', async () => {
    const ext = await ask('yaml externalname billing externalName=billing.example.com');
    expect(ext.data.manifest).toMatchObject({ spec: { type: 'ExternalName', externalName: 'billing.example.com' } });
    expect(codeOf(ext)?.code).toContain('never an IP');
    const headless = await ask('yaml headless db port=5432');
    expect(headless.data.manifest).toMatchObject({ spec: { clusterIP: 'None', ports: [{ port: 5432, name: 'tcp-5432' }] } });
    const route = await ask('yaml httproute web host=shop.example.com gateway=public gatewayNamespace=infra');
    expect(route.data.manifest).toMatchObject({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      spec: { parentRefs: [{ name: 'public', namespace: 'infra' }], hostnames: ['shop.example.com'], rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }] }] },
    });
  });

  it('takes the namespace from -n and the kind in any spelling', async () => {
    const r = await ask('yaml LoadBalancer api -n payments');
    expect(r.data.manifest).toMatchObject({ metadata: { name: 'api', namespace: 'payments' }, spec: { type: 'LoadBalancer' } });
    expect((await ask('manifest load-balancer api')).data.kind).toBe('loadbalancer');
    expect((await ask('example lb api')).data.kind).toBe('loadbalancer');
  });

  it('marks placeholders and team defaults', async () => {
    const r = await ask('yaml externalname');
    expect(r.text).toContain('Replace the name `my-app`');
    expect(r.text).toContain('`db.example.com`');
    const runtime = testRuntime({ defaults: { namespace: 'shop', ingressClass: 'traefik', domain: 'apps.example.com' } });
    const team = await ask('yaml ingress web', runtime);
    expect(team.text).toContain("From your team's defaults: namespace `shop`, host `web.apps.example.com`, ingress class `traefik`.");
  });

  it('lists kinds and parameters when no kind is given', async () => {
    const r = await ask('yaml');
    expect(r.outcome).toBe('ok');
    for (const kind of KINDS) expect(commands(r)).toContain(`yaml ${kind}`);
    for (const p of ['targetPort', 'nodePort', 'externalTrafficPolicy', 'pathType', 'gatewayNamespace']) expect(r.text).toContain(p);
  });
});

describe('yaml: validation', () => {
  const cases: [string, string][] = [
    ['yaml nodeport web nodePort=80', 'nodePort `80` is outside 30000–32767'],
    ['yaml clusterip Web_API', 'The name `Web_API` contains "_" and uppercase letters'],
    ['yaml clusterip 1web', 'must start with a letter'],
    ['yaml clusterip web port=70000', 'port `70000` is outside 1–65535'],
    ['yaml clusterip web targetPort=my_port', 'targetPort `my_port` is neither a port number nor a valid port name'],
    ['yaml clusterip web protocol=HTTP', 'is not a Service protocol'],
    ['yaml clusterip web -n Payments', 'The namespace `Payments` has uppercase letters'],
    ['yaml clusterip web selector=app', 'selector part `app` is not `key=value`'],
    ['yaml clusterip web selector=app=-web', 'selector value `-web`'],
    ['yaml ingress web host=10.0.0.1', 'is an IP address; a host must be a DNS name'],
    ['yaml ingress web host=shop.*.example.com', 'a wildcard host looks like *.example.com'],
    ['yaml ingress web host=shop.example.com:8443', 'has a port'],
    ['yaml ingress web path=api', 'must start with "/"'],
    ['yaml ingress web pathType=Regex', 'is not an Ingress pathType'],
    ['yaml ingress web tls=true', 'TLS needs a host name'],
    ['yaml externalname db externalName=10.0.0.1', 'is an IP address; externalName must be a DNS name'],
    ['yaml nodeport web externalTrafficPolicy=Global', 'must be `Cluster` or `Local`'],
    ['yaml clusterip web sessionAffinity=Cookie', 'must be `None` or `ClientIP`'],
    ['yaml clusterip web affinityTimeout=172800', 'must be whole seconds from 1 to 86400'],
    ['yaml headless db sessionAffinity=ClientIP', 'does not apply'],
    ['yaml clusterip web nodePort=30080', '`nodePort` does not apply to ClusterIP Service; it is for `nodeport`, `loadbalancer`'],
    ['yaml clusterip web prot=8080', '`prot` is not a parameter; did you mean `port`?'],
    ['yaml clusterip web colour=blue', '`colour` is not a parameter of `yaml clusterip`'],
    ['yaml clusterip web name=api', 'Two names'],
  ];
  for (const [command, says] of cases) {
    it(`${command} -> ${says}`, async () => {
      const r = await ask(command);
      expect(r.outcome).toBe('invalid');
      expect(r.text).toContain(says);
    });
  }

  it('offers a corrected command that works when every problem has a fix', async () => {
    const r = await ask('yaml ingress Shop host=https://Shop.Example.com/x path=/bar/* targetport=80');
    expect(r.outcome).toBe('invalid');
    const fixed = commands(r)[0] ?? '';
    expect(fixed).toBe('yaml ingress shop host=shop.example.com path=/bar');
    expect((await ask(fixed)).outcome).toBe('ok');
  });

  it('turns a left-over number into port=', async () => {
    const r = await ask('yaml nodeport web 8080');
    expect(r.text).toContain('did you mean `port=8080`');
    expect(commands(r)[0]).toBe('yaml nodeport web port=8080');
  });

  it('suggests a kind for a typo', async () => {
    const r = await ask('yaml nodeprot web port=80');
    expect(r.outcome).toBe('invalid');
    expect(commands(r)[0]).toBe('yaml nodeport web port=80');
  });

  it('answers a kind it does not render from the topic that shows one, saying so', async () => {
    const r = await ask('yaml default deny egress for the payments ns');
    expect(r.command).toBe('yaml');
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('not this one');
    expect(r.text).toContain('policyTypes');
    expect(r.text).toContain('podSelector');
    expect(r.data).toMatchObject({ topic: 'network-policy' });
    // A kind no topic shows (a Deployment) still gets the kinds rendered, not a stray topic.
    const other = await ask('yaml deployment web');
    expect(other.text).toContain('is not a kind I render');
    expect(other.data?.topic).toBeUndefined();
  });
});

describe('yaml: free text', () => {
  const routes: [string, string][] = [
    ['yaml for an ingress', 'ingress'],
    ['give me a nodeport manifest', 'nodeport'],
    ['example headless service yaml', 'headless'],
    ['Show me the YAML for a load balancer service called shop', 'loadbalancer'],
    ['I need an HTTPRoute example', 'httproute'],
  ];
  for (const [text, kind] of routes) {
    it(`"${text}" renders ${kind}`, async () => {
      const r = await ask(text);
      expect(r.command).toBe('yaml');
      expect(r.outcome).toBe('ok');
      expect(r.data.kind).toBe(kind);
    });
  }

  it('renders a Service of no type named as a ClusterIP, named after the Deployment it is for', () => {
    expect(recognizeYaml('need a plain service yaml for deployment api on port 8080')?.command).toMatch(/^yaml clusterip api\b/);
    // Asked for without YAML: the command, not a manifest.
    expect(recognizeYaml('quickest way to create a svc for deployment web w/o yaml')).toBeNull();
  });

  it('picks up a name from "called"', () => {
    expect(recognizeYaml('Show me the YAML for a load balancer service called shop')?.command).toBe('yaml loadbalancer shop');
  });

  it('renders one object wanted without "how do I", with the values told', () => {
    expect(recognizeYaml('we need an externalname `billing` in ns finance that points at billing.partner.io')?.command).toBe(
      'yaml externalname billing externalName=billing.partner.io -n finance',
    );
    // Whether one is needed is a question of which kind; so is a plain "svc" wished to alias a host (the recommendation's).
    expect(recognizeYaml('do we need a loadbalancer so the crawler on port 8080 can reach it?')).toBeNull();
    expect(recognizeYaml('we need a service `billing` in ns finance that points at billing.partner.io')).toBeNull();
    // The path and the Service's port ("to svc docs on 3000") are the route's.
    expect(recognizeYaml('write me a simple httproute sending /docs to svc docs on 3000')?.command).toBe('yaml httproute path=/docs service=docs port=3000');
    expect(recognizeYaml('i need an ingress for shop.example.org to svc shop:8443')?.command).toBe('yaml ingress host=shop.example.org service=shop port=8443');
    // A Service of no kind told, or what no template renders (a rewrite), is not one.
    expect(recognizeYaml('need a svc for my redis, port 6379')).toBeNull();
    expect(recognizeYaml('want an ingress that rewrites /app to / for svc app:80')).toBeNull();
  });

  it('renders a Service without a selector for the outside addresses told, with its EndpointSlice', async () => {
    expect(recognizeYaml('how do i make a service without a selector that points to 10.1.2.3 port 3306')?.command).toBe('yaml clusterip ip=10.1.2.3 port=3306');
    expect(recognizeYaml('yaml for a selectorless headless svc called cass pointing at 10.0.0.5 and 10.0.0.6, port 9042')?.command).toBe(
      'yaml headless cass ip=10.0.0.5,10.0.0.6 port=9042',
    );
    const r = await ask('how do i make a service without a selector that points to 10.1.2.3 port 3306');
    expect(r.data.endpointSlice).toMatchObject({ kind: 'EndpointSlice', addressType: 'IPv4', endpoints: [{ addresses: ['10.1.2.3'] }] });
    // Trouble with one, or no address told: a question for the knowledge base.
    expect(recognizeYaml('why does my service without a selector have no endpoints, it should go to 10.0.0.5')).toBeNull();
    expect(recognizeYaml('how do i make a service without a selector')).toBeNull();
  });

  it('leaves comparisons, checks and kind-less questions alone', () => {
    for (const text of ['nodeport vs loadbalancer yaml', 'check my ingress yaml', 'what is yaml', 'yaml for nodeport or ingress?', 'how do I expose my api']) {
      expect(recognizeYaml(text), text).toBeNull();
    }
  });
});

describe('yaml: the same object without YAML', () => {
  it('shows the kubectl line that creates it, with the nodePort and namespace', async () => {
    const r = await ask('yaml nodeport demo port=8080 targetPort=3000 nodePort=31000 namespace=shop');
    expect(r.text).toContain('kubectl create service nodeport demo --tcp=8080:3000 --node-port=31000 -n shop');
    expect(r.text).toContain('--dry-run=client -o yaml');
  });

  it('writes an ingress rule with a Prefix path as path*', async () => {
    const r = await ask('yaml ingress shop host=shop.example.com path=/cart service=cart port=8080 tlsSecret=shop-tls');
    expect(r.text).toContain('kubectl create ingress shop --rule="shop.example.com/cart*=cart:8080,tls=shop-tls"');
  });

  it('leaves the line out where kubectl has no flag for a part (a custom selector, UDP)', async () => {
    expect((await ask('yaml clusterip api selector=tier=api port=80')).text).not.toContain('kubectl create service');
    expect((await ask('yaml clusterip dns port=53 protocol=UDP')).text).not.toContain('kubectl create service');
  });

  it('reads the ports a sentence gives', async () => {
    const r = await ask('nodeport svc named demo on port 8080 with nodePort 31000 please, no yaml file, imperative');
    expect(r.text).toContain('--node-port=31000');
  });
});
