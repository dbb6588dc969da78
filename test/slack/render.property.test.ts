// Property: any Reply renders to Slack messages within every Block Kit limit, and nothing is
// lost: every block's text, code, cells, labels and commands are in the rendered pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as L from '../../src/adapters/slack/limits.js';
import { decodeCommand, renderSlack, toPlain, type SlackMessage } from '../../src/adapters/slack/render.js';
import type { Block, Reply, Tone } from '../../src/core/reply.js';

// ---- generators: Markdown-light with the characters that need care -------------------------

/** `n` letters without repeats that make substring search quadratic. */
const run = (n: number, seed: number) => {
  let x = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(97 + ((x >>> 16) % 26));
  }
  return out;
};
const word = fc.stringMatching(/^[a-zA-Z0-9-]{1,12}$/);
const token = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', ', ', '. ') },
  { weight: 1, arbitrary: word.map((w) => `**${w} ${w}**`) },
  { weight: 1, arbitrary: word.map((w) => `\`${w}<${w}>\``) },
  { weight: 1, arbitrary: word.map((w) => `[${w} docs](https://kubernetes.io/docs/${w}?a=1&b=2)`) },
  { weight: 1, arbitrary: fc.constantFrom('&', '<', '>', '<!channel>', '@here', '`', '*', '```', '😀', 'é', '|', '—') },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 100, max: 3500 }), fc.integer()).map(([n, seed]) => run(n, seed)) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 700 }).map((n) => '&'.repeat(n)) },
);
const text = (maxTokens: number) => fc.array(token, { maxLength: maxTokens }).map((t) => t.join(''));
const shortText = text(6);
const codeText = fc.oneof(
  fc.array(fc.oneof(word, fc.constantFrom('  ', ': ', '- ', '<', '&', '`', '```')), { maxLength: 20 }).map((t) => t.join('')),
  fc.integer({ min: 1, max: 900 }).map((n) => Array.from({ length: n }, (_, i) => `  - port: ${i} # <&>`).join('\n') + '\n'),
);
const command = fc.oneof(
  { weight: 8, arbitrary: shortText.filter((t) => t.trim() !== '') },
  { weight: 1, arbitrary: fc.integer({ min: 1990, max: 6000 }).map((n) => 'check ' + 'apiVersion: v1\n'.repeat(n / 15)) },
);

const block: fc.Arbitrary<Block> = fc.oneof(
  shortText.map((t) => ({ type: 'heading', text: t }) as Block),
  { arbitrary: text(40).map((t) => ({ type: 'text', text: t }) as Block), weight: 3 },
  fc.record({ code: codeText, language: fc.constantFrom('yaml', 'text'), filename: fc.option(word, { nil: undefined }) }).map(
    ({ code, language, filename }) => (filename === undefined ? { type: 'code', code, language } : { type: 'code', code, language, filename }) as Block,
  ),
  fc.array(fc.record({ label: shortText, value: text(12) }), { maxLength: 14 }).map((f) => ({ type: 'fields', fields: f }) as Block),
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 60 }))
    .chain(([cols, rows]) =>
      fc.record({
        columns: fc.array(word, { minLength: cols, maxLength: cols }),
        rows: fc.array(fc.array(shortText, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      }),
    )
    .map(({ columns, rows }) => ({ type: 'table', columns, rows }) as Block),
  fc
    .record({ options: fc.array(fc.record({ label: text(4), command }), { maxLength: 30 }), prompt: fc.option(shortText, { nil: undefined }) })
    .map(({ options, prompt }) => (prompt === undefined ? { type: 'choices', options } : { type: 'choices', options, prompt }) as Block),
  fc
    .record({ text: text(10), tone: fc.constantFrom<Tone>('info', 'success', 'warning', 'error') })
    .map(({ text: t, tone }) => ({ type: 'note', text: t, tone }) as Block),
);

const replyArb: fc.Arbitrary<Reply> = fc
  .array(block, { maxLength: 70 })
  .map((blocks) => ({ command: 'x', blocks, outcome: 'ok', data: {} }));

// ---- what "within the limits" and "nothing lost" mean ---------------------------------------

/** Every limit broken by the messages, as readable lines (empty when all hold). */
function limitProblems(messages: SlackMessage[]): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check(messages.length > 0, 'no message');
  messages.forEach((message, m) => {
    check(message.text.trim().length > 0 && message.text.length <= L.FALLBACK_TEXT_MAX, `message ${m}: fallback text length ${message.text.length}`);
    check(message.blocks.length > 0 && message.blocks.length <= L.MAX_BLOCKS_PER_MESSAGE, `message ${m}: ${message.blocks.length} blocks`);
    const actionIds = new Set<string>();
    for (const b of message.blocks) {
      switch (b.type) {
        case 'header':
          check(b.text.text.trim().length > 0 && b.text.text.length <= L.MAX_HEADER_TEXT, `header length ${b.text.text.length}`);
          break;
        case 'section':
          if ('text' in b) {
            check(b.text.text.trim().length > 0 && b.text.text.length <= L.MAX_SECTION_TEXT, `section length ${b.text.text.length}`);
          } else {
            check(b.fields.length > 0 && b.fields.length <= L.MAX_SECTION_FIELDS, `${b.fields.length} fields`);
            for (const f of b.fields) check(f.text.trim().length > 0 && f.text.length <= L.MAX_FIELD_TEXT, `field length ${f.text.length}`);
          }
          break;
        case 'actions':
          check(b.elements.length > 0 && b.elements.length <= L.MAX_ACTIONS_ELEMENTS, `${b.elements.length} buttons in a block`);
          for (const e of b.elements) {
            check(e.text.text.length > 0 && e.text.text.length <= L.MAX_BUTTON_TEXT, `button text length ${e.text.text.length}`);
            check(e.value.length <= L.MAX_BUTTON_VALUE, `button value length ${e.value.length}`);
            check(e.action_id.length <= L.MAX_ACTION_ID, `action_id length ${e.action_id.length}`);
            check(!actionIds.has(e.action_id), `action_id ${e.action_id} twice in a message`);
            actionIds.add(e.action_id);
            check(decodeCommand(e.action_id, e.value) !== null, `button ${e.action_id} does not decode`);
          }
          break;
        case 'context':
          check(b.elements.length <= L.MAX_CONTEXT_ELEMENTS, `${b.elements.length} context elements`);
          for (const e of b.elements) check(e.text.length <= L.MAX_SECTION_TEXT, `context text length ${e.text.length}`);
          break;
      }
    }
  });
  return problems;
}

/** Letters and digits only: formatting, escaping, splitting and labels do not count. */
const essence = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/[^\p{L}\p{N}]/gu, '');

/** Everything a reader (or a button press) gets from the messages, in order. */
function corpus(messages: SlackMessage[]): string {
  const parts: string[] = [];
  for (const b of messages.flatMap((m) => m.blocks)) {
    if (b.type === 'header') parts.push(b.text.text);
    else if (b.type === 'section') {
      const texts = 'text' in b ? [b.text.text] : b.fields.map((f) => f.text);
      // Part labels of split code sit between the pieces; they are not content.
      parts.push(...texts.map((t) => t.replace(/^_[^\n]*, part \d+ of \d+_\n/, '')));
    } else if (b.type === 'actions') {
      for (const e of b.elements) parts.push(e.text.text, decodeCommand(e.action_id, e.value) ?? '');
    } else parts.push(...b.elements.map((e) => e.text));
  }
  // A Slack link reads as its label then its URL, as the plain form has it. Links sit inside one
  // piece of text: rewriting across pieces would pair a button's "<" label with the next one's ">".
  return essence(parts.map((p) => p.replace(/<([^<>|\n]+)\|([^<>\n]*)>/g, '$2 $1')).join('\n'));
}

function contents(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'text':
    case 'note':
      return [toPlain(block.text)];
    case 'code':
      return [block.code];
    case 'fields':
      return block.fields.flatMap((f) => [toPlain(f.label), toPlain(f.value)]);
    case 'table':
      return [...block.columns, ...block.rows.flat()].map(toPlain);
    case 'choices':
      return [...(block.prompt ? [toPlain(block.prompt)] : []), ...block.options.flatMap((o) => [toPlain(o.label), o.command])];
  }
}

describe('renderSlack (property)', () => {
  it('stays within every limit and loses nothing', () => {
    fc.assert(
      fc.property(replyArb, fc.option(command, { nil: undefined }), (reply, share) => {
        const messages = renderSlack(reply, share === undefined ? {} : { share });
        const all = corpus(messages);
        const lost = reply.blocks.flatMap(contents).filter((piece) => !all.includes(essence(piece)));
        expect(limitProblems(messages)).toEqual([]);
        expect(lost).toEqual([]);
      }),
      {
        numRuns: Number(process.env.FC_RUNS ?? 150),
        // Found by CI: a button labelled "<" next to one whose command is ">".
        examples: [
          [
            {
              command: 'x',
              blocks: [{ type: 'choices', options: [{ label: '<', command: 'A-|a' }, { label: '', command: '>' }] }],
              outcome: 'ok',
              data: {},
            },
            undefined,
          ],
        ],
      },
    );
  });
});
