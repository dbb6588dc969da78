// A small valid decision tree for loader tests: one question whose nine answers lead to the nine
// recommendations, each explained by `topic`.
import { RECOMMENDATION_IDS } from '../../src/knowledge/tree.js';

export type Json = Record<string, unknown>;

export function smallTree(topic = 'clusterip'): Json {
  const recommendation = (id: string) => ({
    title: id,
    summary: `About ${id}.`,
    topics: [topic],
    caveats: ['One caveat.'],
    docs: [{ label: 'Service', url: 'https://kubernetes.io/docs/concepts/services-networking/service/' }],
  });
  return {
    version: 1,
    start: 'first',
    questions: {
      k: {
        name: 'kind',
        text: 'Which one?',
        options: RECOMMENDATION_IDS.map((id, i) => ({ value: `v${i}`, label: id, synonyms: [`word${i}`] })),
      },
    },
    nodes: { first: { ask: 'k', then: Object.fromEntries(RECOMMENDATION_IDS.map((id, i) => [`v${i}`, id])) } },
    recommendations: Object.fromEntries(RECOMMENDATION_IDS.map((id) => [id, recommendation(id)])),
  };
}
