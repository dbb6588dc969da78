// Part of `npm run build`: validates knowledge/ (topics and the decision tree) with the compiled
// loader and saves the result for a fast start-up (see src/knowledge/snapshot.ts). A broken file
// fails the build here.
import { KnowledgeError, saveBuiltInSnapshot, TreeError } from '../dist/knowledge/index.js';

try {
  saveBuiltInSnapshot();
} catch (error) {
  if (!(error instanceof KnowledgeError || error instanceof TreeError)) throw error;
  process.stderr.write(`knowledge: ${error.message}\n`);
  process.exitCode = 1;
}
