// `npm run train:which`: trains the whole-message reading of `which` on the labelled sets in
// test/fixtures and writes knowledge/which-model.json (see src/knowledge/which-model.ts).

import { writeFileSync } from 'node:fs';
import { trainWhichModel, WHICH_MODEL_FILE } from '../src/knowledge/which-model.js';
import { trainingExamples, trainingFiles } from '../test/which/training.js';

const model = trainWhichModel(trainingExamples());
writeFileSync(WHICH_MODEL_FILE, `${JSON.stringify(model)}\n`);
console.log(`trained on ${model.examples} messages from ${trainingFiles().length} files: ${Object.keys(model.weights).length} features, ${model.labels.length} labels -> knowledge/which-model.json`);
