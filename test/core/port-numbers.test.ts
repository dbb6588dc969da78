import { describe, expect, it } from 'vitest';
import { portMismatchAnswer } from '../../src/core/port-numbers.js';
import { ask } from '../helpers.js';

describe('ports a troubleshooting story states', () => {
  it('sets the port called beside the port the app listens on', () => {
    const text = portMismatchAnswer('wget http://10.100.7.7:3000 says connection refused; the node app is listening on 8000');
    expect(text).toContain('**3000**');
    expect(text).toContain('`targetPort: 8000`');
  });

  it('names a numeric targetPort that is not the app\'s port', () => {
    expect(portMismatchAnswer('targetPort: 80 in the service but the container listens on 5000, requests refused')).toContain('`targetPort: 5000`');
  });

  it('names a named targetPort that no container port carries', () => {
    const text = portMismatchAnswer('svc uses targetPort: grpc while the pod spec says containerPort: 9000, name: rpc');
    expect(text).toContain('`targetPort: rpc`');
    expect(text).toContain('`targetPort: 9000`');
  });

  it('reads the Service\'s port said in words as the port called', () => {
    expect(portMismatchAnswer('requests refused: the service port is 443 and the api listens on 8443')).toContain('`port: 443` with `targetPort: 8443`');
  });

  it('says nothing when the ports agree, or the port called is a node port', () => {
    expect(portMismatchAnswer('curl http://10.96.1.1:8080 refused, the app listens on 8080')).toBeNull();
    expect(portMismatchAnswer('curl http://192.168.49.2:31000 refused, the app listens on 8080')).toBeNull();
    expect(portMismatchAnswer('targetPort: web and the container port is named web')).toBeNull();
  });

  it('leads the answer to a report of refused connections', async () => {
    const r = await ask('from a toolbox pod: curl: (7) Failed to connect to 10.96.9.9 port 443: Connection refused. the container runs on 8443');
    expect(r.text).toContain('`port: 443` with `targetPort: 8443`');
  });
});
