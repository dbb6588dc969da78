import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDns1035Label,
  checkExternalName,
  checkHostname,
  checkIngressPath,
  checkLabelKey,
  checkNodePort,
  checkPortName,
  suggestServiceName,
} from '../../src/manifests/names.js';

describe('Kubernetes value rules', () => {
  it('Service names: RFC 1035 labels, with a suggestion', () => {
    expect(checkDns1035Label('web-api')).toBeNull();
    expect(checkDns1035Label('1web')?.reason).toContain('must start with a letter');
    expect(checkDns1035Label('a'.repeat(64))?.reason).toContain('at most 63');
    expect(checkDns1035Label('Web')).toEqual({ reason: expect.stringContaining('uppercase'), suggestion: 'web' });
  });

  it('suggested names are always valid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const suggestion = suggestServiceName(s);
        if (suggestion !== null) expect(checkDns1035Label(suggestion)).toBeNull();
      }),
    );
  });

  it('hostnames: wildcards only as the first label, never IPs, ports or URLs', () => {
    expect(checkHostname('*.example.com')).toBeNull();
    expect(checkHostname('shop.example.com')).toBeNull();
    expect(checkHostname('a.*.example.com')?.reason).toContain('wildcard');
    expect(checkHostname('192.168.1.10')?.reason).toContain('IP address');
    expect(checkHostname('2001:db8::1')?.reason).toContain('IP address');
    expect(checkHostname('shop.example.com:443')?.suggestion).toBe('shop.example.com');
    expect(checkHostname('https://Shop.example.com/')?.suggestion).toBe('shop.example.com');
  });

  it('paths, nodePorts, port names, label keys and external names', () => {
    expect(checkIngressPath('/bar/*')?.suggestion).toBe('/bar');
    expect(checkIngressPath('/*')?.suggestion).toBe('/');
    expect(checkIngressPath('/a//b')?.reason).toContain('"//"');
    expect(checkNodePort(30000)).toBeNull();
    expect(checkNodePort(32768)?.reason).toContain('30000–32767');
    expect(checkPortName('http')).toBeNull();
    expect(checkPortName('8080')?.reason).toContain('no letter');
    expect(checkPortName('a-very-long-port-name')?.reason).toContain('at most 15');
    expect(checkLabelKey('app.kubernetes.io/name')).toBeNull();
    expect(checkLabelKey('Bad_Prefix/name')?.reason).toContain('prefix');
    expect(checkExternalName('db.example.com.')).toBeNull();
    expect(checkExternalName('10.1.2.3')?.reason).toContain('EndpointSlice');
  });
});
