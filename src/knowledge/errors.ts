// A broken knowledge file. The message is one line, `file:line: what is wrong`, so start-up can
// print it as it is and a person can open the file at that line.

export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}`);
  }
}
