// Every kind `yaml` renders, over many generated parameter sets, is valid against the Kubernetes
// OpenAPI schema as kubernetes-models ships it (core/v1 Service, networking.k8s.io/v1 Ingress)
// and @kubernetes-models/gateway-api (HTTPRoute v1, from the Gateway API v1.0 CRDs). The YAML
// with its comments must load back to the same object, and `check` must find nothing wrong in it.
import { HTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute';
import fc from 'fast-check';
import { loadAll } from 'js-yaml';
import { EndpointSlice } from 'kubernetes-models/discovery.k8s.io/v1/EndpointSlice';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { checkManifests } from '../../src/manifests/check.js';
import { KIND_PARAMS, KINDS, resolveParams, type ManifestKind } from '../../src/manifests/params.js';
import { renderManifest } from '../../src/manifests/render.js';

const label = (max = 12) => fc.stringMatching(new RegExp(`^[a-z0-9]([-a-z0-9]{0,${max}}[a-z0-9])?$`));
const serviceName = fc.stringMatching(/^[a-z]([-a-z0-9]{0,20}[a-z0-9])?$/);
const subdomain = fc.array(label(8), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.'));
const host = fc.tuple(fc.boolean(), fc.array(label(8), { minLength: 2, maxLength: 3 })).map(([wild, parts]) => `${wild ? '*.' : ''}${parts.join('.')}`);
const portName = fc.stringMatching(/^[a-z]([a-z0-9]{0,5})(-[a-z0-9]{1,6})?$/);
const segment = fc.stringMatching(/^[A-Za-z0-9_~-]{1,8}$/);
const path = fc.array(segment, { maxLength: 3 }).map((s) => `/${s.join('/')}`);
const labelValue = fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,10}[A-Za-z0-9])?$/);
const labelKey = fc.tuple(fc.option(subdomain, { nil: undefined }), labelValue).map(([prefix, name]) => (prefix ? `${prefix}/${name}` : name));
const selector = fc.dictionary(labelKey, labelValue, { minKeys: 1, maxKeys: 3 }).map((d) => Object.entries(d).map(([k, v]) => `${k}=${v}`).join(','));

/** Each parameter as a user would type it. */
const VALUES: Record<string, fc.Arbitrary<string>> = {
  namespace: label(),
  port: fc.integer({ min: 1, max: 65535 }).map(String),
  targetPort: fc.oneof(fc.integer({ min: 1, max: 65535 }).map(String), portName),
  nodePort: fc.integer({ min: 30000, max: 32767 }).map(String),
  protocol: fc.constantFrom('TCP', 'UDP', 'SCTP', 'tcp', 'udp'),
  portName: label(10),
  selector,
  app: labelValue,
  externalTrafficPolicy: fc.constantFrom('Cluster', 'Local', 'local'),
  externalName: subdomain,
  host,
  path,
  service: serviceName,
  class: subdomain,
  gateway: subdomain,
  gatewayNamespace: label(),
};

function optionsFor(kind: ManifestKind): fc.Arbitrary<Record<string, string>> {
  const shape: Record<string, fc.Arbitrary<string>> = {};
  for (const p of KIND_PARAMS[kind]) {
    if (p === 'name') continue;
    if (p === 'pathType') shape[p] = kind === 'httproute' ? fc.constantFrom('PathPrefix', 'Exact') : fc.constantFrom('Prefix', 'Exact', 'ImplementationSpecific');
    else if (p === 'port' && kind === 'ingress') shape[p] = fc.oneof(VALUES.port as fc.Arbitrary<string>, portName);
    else if (p === 'tls') shape[p] = fc.oneof(fc.constant('true'), subdomain);
    else if (VALUES[p]) shape[p] = VALUES[p] as fc.Arbitrary<string>;
  }
  return fc.record(shape, { requiredKeys: [] }).map((options) => {
    // TLS needs a host: drop tls when no host was generated.
    if (options.tls !== undefined && options.host === undefined) delete options.tls;
    return options as Record<string, string>;
  });
}

const validators: Record<string, (o: unknown) => void> = {
  Service: (o) => new Service(o as never).validate(),
  Ingress: (o) => new Ingress(o as never).validate(),
  HTTPRoute: (o) => new HTTPRoute(o as never).validate(),
};

describe('rendered manifests', () => {
  for (const kind of KINDS) {
    it(`${kind}: schema-valid, loads back unchanged, and passes check`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.option(kind === 'ingress' || kind === 'httproute' ? subdomain : serviceName, { nil: undefined }), optionsFor(kind), async (name, options) => {
          const result = resolveParams(kind, name, options, undefined, { namespace: 'default' });
          if (!result.ok) throw new Error(`rejected valid input: ${JSON.stringify(result.problems)}`);
          const manifest = renderManifest(result.params);
          const [loaded] = loadAll(manifest.yaml);
          expect(loaded).toEqual(manifest.object);
          const validate = validators[manifest.object.kind] as (o: unknown) => void;
          expect(() => validate(loaded)).not.toThrow();
          if (manifest.object.kind !== 'HTTPRoute') {
            const report = await checkManifests(manifest.yaml, { namespace: 'default' });
            if (!report.ok) throw new Error(report.refusal);
            expect(report.findings.filter((f) => f.severity !== 'note')).toEqual([]);
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('a Service sent to outside addresses (ip=) has no selector, and its EndpointSlice lists them under the port name', async () => {
    const octet = fc.integer({ min: 1, max: 254 });
    const ipv4 = fc.tuple(fc.integer({ min: 1, max: 223 }), octet, octet, octet).filter(([a, b]) => a !== 127 && !(a === 169 && b === 254)).map((p) => p.join('.'));
    const ipv6 = fc.tuple(fc.integer({ min: 0x2001, max: 0x2fff }), fc.integer({ min: 1, max: 0xffff })).map(([a, b]) => `${a.toString(16)}:db8::${b.toString(16)}`);
    const addresses = fc.oneof(fc.uniqueArray(ipv4, { minLength: 1, maxLength: 3 }), fc.uniqueArray(ipv6, { minLength: 1, maxLength: 2 }));
    const numeric = fc.integer({ min: 1, max: 65535 }).map(String);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('clusterip', 'headless') as fc.Arbitrary<ManifestKind>, serviceName, addresses, numeric, fc.option(numeric, { nil: undefined }), async (kind, name, ips, port, targetPort) => {
        const options: Record<string, string> = { ip: ips.join(','), port, ...(targetPort !== undefined ? { targetPort } : {}) };
        const result = resolveParams(kind, name, options, undefined, { namespace: 'default' });
        if (!result.ok) throw new Error(`rejected valid input: ${JSON.stringify(result.problems)}`);
        const manifest = renderManifest(result.params);
        const [service, slice] = loadAll(manifest.yaml) as [Record<string, any>, Record<string, any>];
        expect(service).toEqual(manifest.object);
        expect(slice).toEqual(manifest.endpointSlice);
        expect(() => new Service(service as never).validate()).not.toThrow();
        expect(() => new EndpointSlice(slice as never).validate()).not.toThrow();
        expect(service.spec.selector).toBeUndefined();
        expect(slice.metadata.labels['kubernetes.io/service-name']).toBe(name);
        expect(slice.addressType).toBe(ips[0]?.includes(':') ? 'IPv6' : 'IPv4');
        expect(slice.ports).toEqual([{ name: service.spec.ports[0].name, port: Number(targetPort ?? port), protocol: 'TCP' }]);
        expect(slice.endpoints.flatMap((e: { addresses: string[] }) => e.addresses)).toEqual(ips);
        const report = await checkManifests(manifest.yaml, { namespace: 'default' });
        if (!report.ok) throw new Error(report.refusal);
        expect(report.findings.filter((f) => f.severity !== 'note')).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses ip= values no EndpointSlice may list, and ip= beside a selector or a named targetPort', () => {
    const problems = (options: Record<string, string>) => {
      const result = resolveParams('clusterip', 'legacy', options, undefined, { namespace: 'default' });
      return result.ok ? [] : result.problems.map((p) => p.message);
    };
    expect(problems({ ip: '127.0.0.1' }).join()).toContain('loopback');
    expect(problems({ ip: '169.254.169.254' }).join()).toContain('link-local');
    expect(problems({ ip: 'db.example.com' }).join()).toContain('ExternalName');
    expect(problems({ ip: '10.0.0.5,2001:db8::5' }).join()).toContain('mixes IPv4 and IPv6');
    expect(problems({ ip: '10.0.0.5', app: 'legacy' }).join()).toContain('ip and a selector together');
    expect(problems({ ip: '10.0.0.5', targetPort: 'http' }).join()).toContain('give their port as a number');
    expect(problems({ ip: '10.0.0.5', port: '5432' })).toEqual([]);
  });

  it('uses the policy defaults for namespace, ingress class and host', () => {
    const result = resolveParams('ingress', 'shop', {}, undefined, { namespace: 'web', ingressClass: 'traefik', domain: 'apps.example.com' });
    if (!result.ok) throw new Error('rejected');
    const { object } = renderManifest(result.params);
    expect(object).toMatchObject({
      metadata: { name: 'shop', namespace: 'web' },
      spec: { ingressClassName: 'traefik', rules: [{ host: 'shop.apps.example.com' }] },
    });
    expect(result.params.fromPolicy).toEqual(['namespace', 'host', 'class']);
  });
});
