// `npm run train:which`: trains the whole-message readings of `which` on the labelled messages in
// test/ and writes knowledge/which-model.json (see src/knowledge/which-model.ts).

import { writeFileSync } from 'node:fs';
import { trainWhichModels, WHICH_MODEL_FILE } from '../src/knowledge/which-model.js';
import { trainingSets } from '../test/which/training.js';

const models = trainWhichModels(trainingSets());
writeFileSync(WHICH_MODEL_FILE, `${JSON.stringify(models)}\n`);
for (const [name, m] of Object.entries({ outcome: models.outcome, route: models.route })) {
  console.log(`${name}: trained on ${m.examples} messages, ${m.features.length} features, ${m.labels.length} labels`);
}
console.log('-> knowledge/which-model.json');
