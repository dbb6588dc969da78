// `ask` on multi-cluster and hybrid networking: the Multi-Cluster Services API, Submariner, Cilium ClusterMesh, GKE
// multi-cluster Services and Gateways, Istio and Linkerd across clusters, Services for VMs and peering. Phrasings are our
// own, not the eval sets'.
import { describe, expect, it } from 'vitest';
import { ask, expectTopicAnswer, testRuntime } from '../helpers.js';

const runtime = testRuntime();

/** [question (asked with `ask`), topic, words the answer must contain (any of "a | b")]. */
const CASES: [string, string, string[]][] = [
  // Multi-Cluster Services API
  ['which resource shares a service with the rest of the clusterset', 'multi-cluster-services', ['ServiceExport']],
  ['who creates the serviceimport objects in the consuming cluster', 'multi-cluster-services', ['automatically | controller']],
  ['applying a serviceexport fails: no matches for kind. is mcs part of kubernetes 1.30', 'multi-cluster-services', ['CRD | CustomResourceDefinition', 'multicluster.x-k8s.io']],
  ['mcs: what does namespace sameness mean for our teams', 'multi-cluster-services', ['same name']],
  ['kubefed or the mcs api for sharing services in 2025', 'multi-cluster-services', ['archived']],
  ['mcs endpoint slices: label that says which cluster a backend is in', 'multi-cluster-services', ['multicluster.kubernetes.io/source-cluster']],
  // Submariner
  ['submariner globalnet, when do i need it', 'submariner', ['overlap']],
  ['lighthouse component of submariner, its job', 'submariner', ['clusterset.local | service discovery']],
  ['submariner with wireguard instead of ipsec, possible?', 'submariner', ['wireguard', 'cable']],
  // Cilium ClusterMesh
  ['clustermesh global service: prefer backends of the same cluster, fail over to remote ones', 'clustermesh', ['service.cilium.io/affinity']],
  ['connect two clusters with cilium cluster mesh, which commands', 'clustermesh', ['cilium clustermesh connect']],
  // GKE
  ['gke multicluster gateway routes: backendRef kind', 'gke-multi-cluster', ['ServiceImport', 'net.gke.io']],
  // Meshes
  ['istio east-west gateway port for cross-network traffic', 'istio', ['15443']],
  // Hybrid
  ['port-forward to svc api in the staging cluster while my kubeconfig points at prod', 'port-forward', ['--context']],
  ['kube-proxy keeps sending to a dead on-prem vm listed in my endpointslice', 'endpointslices', ['ready']],
];

describe('ask: multi-cluster and hybrid networking', () => {
  it.each(CASES)('%s', (question, topic, facts) => expectTopicAnswer(runtime, question, topic, facts));

  it('gives an exported Service its clusterset.local name, not a cluster.local address', async () => {
    const r = await ask('ask service billing in namespace pay is exported with mcs, what name do other clusters use', runtime);
    expect(r.text).toContain('clusterset.local');
  });

  it("spells an exported Service's clusterset.local name with the name and namespace the asker gives", async () => {
    const r = await ask("ask our payments api is shared over mcs. svc is 'ledger' in ns 'fin', what hostname do the other clusters dial", runtime);
    expect(r.data.topic).toBe('multi-cluster-services');
    expect(r.text).toContain('ledger.fin.svc.clusterset.local');
  });

  it('leaves Cilium questions that are not about ClusterMesh to their own topics', async () => {
    const r = await ask('ask cilium cli to show which backends each service maps to', runtime);
    expect(r.data.topic).not.toBe('clustermesh');
  });
});
