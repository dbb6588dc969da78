// `ask` on observing and debugging the network: Hubble, CoreDNS logs and metrics, ingress-nginx access logs and metrics,
// events, packet captures, MTU and latency. Phrasings are our own, not the eval sets'.
import { describe, expect, it } from 'vitest';
import { ask, expectTopicAnswer, testRuntime } from '../helpers.js';

const runtime = testRuntime();

/** [question (asked with `ask`), topic, words the answer must contain (any of "a | b")]. */
const CASES: [string, string, string[]][] = [
  // Cilium Hubble
  ['is hubble part of cilium, what does it actually record', 'hubble', ['flows', 'eBPF']],
  ['cilium already installed with helm, how to switch hubble on now', 'hubble', ['hubble.enabled | cilium hubble enable']],
  ['hubble observe fails with connection refused on 4245', 'hubble', ['relay', 'port-forward']],
  ['list flows hubble dropped for pods in namespace billing', 'hubble', ['hubble observe', 'DROPPED']],
  // CoreDNS
  ['log every dns query coredns gets, how', 'coredns-observability', ['log', 'Corefile']],
  ['prometheus scrape port for coredns', 'coredns-observability', ['9153']],
  // ingress-nginx
  ['ingress-nginx access logs, where are they written', 'access-logs-metrics', ['kubectl logs', 'stdout']],
  ['add $upstream_addr to the ingress-nginx log line', 'access-logs-metrics', ['log-format-upstream', 'ConfigMap']],
  // Events
  ['kubectl get events order looks random, how to get them by time', 'events', ['--sort-by | kubectl events']],
  ['the events from this morning are gone, what is the retention', 'events', ['event-ttl', '1 hour | 1h']],
  // Packet capture, MTU, latency
  ['open a capture from a pod in wireshark on my mac', 'packet-capture', ['-w', 'kubectl cp | wireshark -k']],
  ['ip-in-ip overlay on a 1500 network, what pod mtu', 'mtu', ['1480']],
  ['split a slow curl from a pod into dns, connect and server time', 'latency', ['time_namelookup', 'time_connect']],
];

describe('ask: observing and debugging the network', () => {
  it.each(CASES)('%s', (question, topic, facts) => expectTopicAnswer(runtime, question, topic, facts));

  it('does not take a client-IP question that mentions logs from the ingress topic', async () => {
    const r = await ask('ask nginx ingress writes the node address as the client in every log line, not the real visitor', runtime);
    expect(r.data.topic).not.toBe('coredns-observability');
  });
});
