import { describe, expect, it } from 'vitest';
import { serviceAddressAnswer, serviceRefIn } from '../../src/core/service-names.js';
import { ask } from '../helpers.js';

describe('service names in questions', () => {
  it('finds the Service and the namespace said after it', () => {
    expect(serviceRefIn('pod in namespace frontend calls the api service in namespace backend')).toEqual({ name: 'api', namespace: 'backend' });
    expect(serviceRefIn('svc "redis" in ns "cache"')).toEqual({ name: 'redis', namespace: 'cache' });
    expect(serviceRefIn('reach service web port 8080 in the shop namespace')).toEqual({ name: 'web', namespace: 'shop', port: '8080' });
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
});
