// Reply -> Discord messages: exact payloads for typical replies, every limit as a pair (fits at N,
// splits at N+1), and property tests: any Reply renders within Discord's limits, loses no code,
// and every button's custom_id decodes back to its command given the rendered message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveButton } from '../../src/adapters/discord/buttons.js';
import {
  ACTION_ROWS_MAX,
  BUTTON_LABEL_MAX,
  BUTTONS_PER_ROW_MAX,
  CONTENT_MAX,
  CUSTOM_ID_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_TITLE_MAX,
  EMBED_TOTAL_MAX,
  EMBEDS_PER_MESSAGE_MAX,
  FILE_BYTES_MAX,
  FILES_PER_MESSAGE_MAX,
} from '../../src/adapters/discord/limits.js';
import { CODE_MESSAGES_MAX, MESSAGES_PER_REPLY_MAX, renderDiscord, type DiscordMessage } from '../../src/adapters/discord/render.js';
import { choices, code, fields, heading, note, paragraph, reply, table, type Block, type Choice, type Reply } from '../../src/core/reply.js';

const buttonsOf = (m: DiscordMessage) => m.components.flatMap((row) => row.components);
const allButtons = (ms: DiscordMessage[]) => ms.flatMap(buttonsOf);

/** Every command the rendered buttons run, in order, decoded from the messages alone. */
async function decodedCommands(messages: DiscordMessage[]): Promise<{ action: string; command: string }[]> {
  const out: { action: string; command: string }[] = [];
  for (const m of messages) {
    for (const button of buttonsOf(m)) {
      const resolved = await resolveButton(button.custom_id, {
        embeds: m.embeds,
        readFile: async (name) => m.files.find((f) => f.name === name)?.data.toString('utf8'),
      });
      if (resolved === null) throw new Error(`button ${button.custom_id} does not decode`);
      out.push(resolved);
    }
  }
  return out;
}

/** Throws with the broken limit when a message is outside any of Discord's limits. */
function checkLimits(messages: DiscordMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const m of messages) {
    expect(m.content.trim() !== '' || m.embeds.length > 0 || m.components.length > 0 || m.files.length > 0, 'message is not empty').toBe(true);
    expect(m.content.length).toBeLessThanOrEqual(CONTENT_MAX);
    expect(m.embeds.length).toBeLessThanOrEqual(EMBEDS_PER_MESSAGE_MAX);
    let embedTotal = 0;
    for (const e of m.embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(EMBED_TITLE_MAX);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(EMBED_DESCRIPTION_MAX);
      embedTotal += (e.title?.length ?? 0) + (e.description?.length ?? 0);
    }
    expect(embedTotal).toBeLessThanOrEqual(EMBED_TOTAL_MAX);
    expect(m.components.length).toBeLessThanOrEqual(ACTION_ROWS_MAX);
    const ids = new Set<string>();
    for (const row of m.components) {
      expect(row.components.length).toBeGreaterThan(0);
      expect(row.components.length).toBeLessThanOrEqual(BUTTONS_PER_ROW_MAX);
      for (const b of row.components) {
        expect(b.custom_id.length).toBeGreaterThan(0);
        expect(b.custom_id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
        expect(b.label?.length ?? 0).toBeGreaterThan(0);
        expect(b.label?.length ?? 0).toBeLessThanOrEqual(BUTTON_LABEL_MAX);
        expect(ids.has(b.custom_id), `custom_id ${b.custom_id} is unique in its message`).toBe(false);
        ids.add(b.custom_id);
      }
    }
    expect(m.files.length).toBeLessThanOrEqual(FILES_PER_MESSAGE_MAX);
    expect(m.files.reduce((n, f) => n + f.data.length, 0)).toBeLessThanOrEqual(FILE_BYTES_MAX);
  }
}

const r = (...blocks: Block[]) => reply('test', blocks);
const opts = (commands: string[]): Choice[] => commands.map((c, i) => ({ label: `option ${i + 1}`, command: c }));
/** Text that no compressor shrinks much and that needs no escaping. */
function noise(length: number, seed = 1): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

describe('renderDiscord: exact payloads', () => {
  it('renders blocks in order as Discord Markdown, with buttons under them', () => {
    const messages = renderDiscord(
      r(
        heading('NodePort vs LoadBalancer'),
        paragraph('**NodePort** opens `30000-32767` on every node; see [Service](https://kubernetes.io/docs/concepts/services-networking/service/).'),
        fields({ Type: 'ClusterIP', 'Cluster IP': '10.0.0.1' }),
        table(['Name', 'Type'], [['api', 'ClusterIP'], ['web', 'NodePort']]),
        code('apiVersion: v1\nkind: Service\n', 'yaml', 'service.yaml'),
        note('Costs money on most clouds.', 'warning'),
        choices([{ label: 'Show the YAML', command: 'yaml nodeport' }, { label: 'help', command: 'help' }], 'Next:'),
      ),
    );
    expect(messages).toEqual([
      {
        content: [
          '### NodePort vs LoadBalancer',
          '**NodePort** opens `30000-32767` on every node; see [Service](<https://kubernetes.io/docs/concepts/services-networking/service/>).',
          '**Type:** ClusterIP\n**Cluster IP:** 10.0.0.1',
          '```\nName  Type\napi   ClusterIP\nweb   NodePort\n```',
          '-# service.yaml\n```yaml\napiVersion: v1\nkind: Service\n```',
          '> ⚠️ Costs money on most clouds.',
          'Next:',
        ].join('\n\n'),
        embeds: [],
        components: [
          {
            type: 1,
            components: [
              { type: 2, style: 2, label: 'Show the YAML', custom_id: 'rc:yaml nodeport' },
              { type: 2, style: 2, label: 'help', custom_id: 'rc:help' },
            ],
          },
        ],
        files: [],
      },
    ]);
  });

  it('adds a Share button in a row of its own', () => {
    const [message] = renderDiscord(r(paragraph('hi'), choices(opts(['help']))), { share: 'compare nodeport lb' });
    expect(message?.components.map((row) => row.components.map((b) => [b.label, b.custom_id, b.style]))).toEqual([
      [['option 1', 'rc:help', 2]],
      [['Share', 'sc:compare nodeport lb', 1]],
    ]);
  });

  it("escapes Discord Markdown that Markdown-light means literally, and suppresses link previews", () => {
    const [message] = renderDiscord(r(paragraph('_a_ ~~b~~ ||c|| * d\n> not a quote\n# not a heading\n-# not small\nhttps://kubernetes.io/a_b.')));
    expect(message?.content).toBe(
      '\\_a\\_ \\~\\~b\\~\\~ \\|\\|c\\|\\| \\* d\n\\> not a quote\n\\# not a heading\n\\-# not small\n<https://kubernetes.io/a_b>.',
    );
  });

  it('keeps @everyone as text (allowed_mentions in the adapter stops the ping) and echoes stay in code', () => {
    const [message] = renderDiscord(r(note('I don\'t know `@everyone hi`.', 'warning')));
    expect(message?.content).toBe("> ⚠️ I don't know `@everyone hi`.");
  });

  it('answers an empty reply with a short line rather than an empty message', () => {
    expect(renderDiscord(r())).toEqual([{ content: 'Nothing to show.', embeds: [], components: [], files: [] }]);
  });
});

describe('renderDiscord: each limit as a pair', () => {
  it('content: 2000 characters fit in one message, 2001 split into two, losing nothing', () => {
    expect(renderDiscord(r(paragraph('a'.repeat(CONTENT_MAX))))).toHaveLength(1);
    const split = renderDiscord(r(paragraph('a'.repeat(CONTENT_MAX + 1))));
    expect(split.map((m) => m.content.length)).toEqual([CONTENT_MAX, 1]);
  });

  it('a code block whose fence is exactly 2000 characters fits; one more splits into captioned parts', () => {
    const body = 'x'.repeat(CONTENT_MAX - '```yaml\n\n```'.length);
    const [whole] = renderDiscord(r(code(body, 'yaml')));
    expect(whole?.content).toBe('```yaml\n' + body + '\n```');
    const parts = renderDiscord(r(code(body + 'x', 'yaml')));
    expect(parts).toHaveLength(2);
    expect(parts[0]?.content.startsWith('-# yaml, part 1 of 2\n```yaml\n')).toBe(true);
    expect(parts[1]?.content.startsWith('-# yaml, part 2 of 2\n```yaml\n')).toBe(true);
  });

  it(`code that takes ${CODE_MESSAGES_MAX} messages is split; one character more is attached as a file`, () => {
    const budget = CONTENT_MAX - ('```yaml\n\n```'.length + '-# yaml, part 3 of 3\n'.length);
    const split = renderDiscord(r(code('x'.repeat(budget * CODE_MESSAGES_MAX), 'yaml')));
    expect(split).toHaveLength(CODE_MESSAGES_MAX);
    expect(split.every((m) => m.files.length === 0)).toBe(true);
    const attached = renderDiscord(r(code('x'.repeat(budget * CODE_MESSAGES_MAX + 1), 'yaml', 'ingress.yaml')));
    expect(attached).toHaveLength(1);
    expect(attached[0]?.files.map((f) => [f.name, f.data.length])).toEqual([['ingress.yaml', budget * CODE_MESSAGES_MAX + 1]]);
    expect(attached[0]?.content).toMatch(/^📎 The file is attached as `ingress\.yaml` \(1 line, \d+ kB\)\.$/);
  });

  it('code containing a fence is attached rather than broken', () => {
    const [message] = renderDiscord(r(code('a\n```\nb', 'text')));
    expect(message?.files.map((f) => [f.name, f.data.toString()])).toEqual([['snippet.txt', 'a\n```\nb']]);
  });

  it('5 buttons fit in a row, the 6th starts a second row', () => {
    expect(renderDiscord(r(choices(opts(['a', 'b', 'c', 'd', 'e']))))[0]?.components).toHaveLength(1);
    const rows = renderDiscord(r(choices(opts(['a', 'b', 'c', 'd', 'e', 'f']))))[0]?.components;
    expect(rows?.map((row) => row.components.length)).toEqual([5, 1]);
  });

  it('25 buttons fit in one message, the 26th goes to a second message', () => {
    const many = (n: number) => opts(Array.from({ length: n }, (_, i) => `help ${i}`));
    const one = renderDiscord(r(choices(many(25))));
    expect(one).toHaveLength(1);
    expect(one[0]?.components).toHaveLength(ACTION_ROWS_MAX);
    const two = renderDiscord(r(choices(many(26))));
    expect(two.map((m) => allButtons([m]).length)).toEqual([25, 1]);
  });

  it('a command of 97 characters travels in the custom_id as is; 98 incompressible ones go to an embed', () => {
    const fits = 'x' + noise(96);
    expect(allButtons(renderDiscord(r(choices(opts([fits])))))[0]?.custom_id).toBe(`rc:${fits}`);
    const longer = 'x' + noise(97);
    const [message] = renderDiscord(r(choices(opts([longer]))));
    expect(buttonsOf(message as DiscordMessage)[0]?.custom_id).toBe('re:0');
    expect(message?.embeds).toEqual([{ title: 'Button “option 1” runs:', description: '```\n' + longer + '\n```' }]);
  });

  it('a long command that compresses well travels deflated in the custom_id', () => {
    const command = 'which external production http no-cloud-lb '.repeat(6).trim();
    const [button] = allButtons(renderDiscord(r(choices(opts([command])))));
    expect(button?.custom_id).toMatch(/^rz:[A-Za-z0-9_-]+$/);
    expect(button?.custom_id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
  });

  it(`${EMBEDS_PER_MESSAGE_MAX} command embeds fit in one message, the 11th goes to the next`, async () => {
    const commands = (n: number) => Array.from({ length: n }, (_, i) => noise(200, i + 1));
    expect(renderDiscord(r(choices(opts(commands(10)))))).toHaveLength(1);
    const two = renderDiscord(r(choices(opts(commands(11)))));
    expect(two.map((m) => m.embeds.length)).toEqual([10, 1]);
    expect((await decodedCommands(two)).map((d) => d.command)).toEqual(commands(11));
  });

  it('command embeds totalling 6000 characters share a message; 6001 split it', () => {
    // Each embed: title "Button “option N” runs:" (23) + fenced description (command + 8).
    const sized = (total: number) => [noise(2969, 1), noise(total - 2969 - 2 * 31, 2)];
    const fits = renderDiscord(r(choices(opts(sized(EMBED_TOTAL_MAX)))));
    expect(fits).toHaveLength(1);
    expect(fits[0]?.embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0), 0)).toBe(EMBED_TOTAL_MAX);
    expect(renderDiscord(r(choices(opts(sized(EMBED_TOTAL_MAX + 1)))))).toHaveLength(2);
  });

  it('a command whose fenced form is 4096 characters fits an embed description; 4097 goes to a file', async () => {
    const inEmbed = renderDiscord(r(choices(opts([noise(EMBED_DESCRIPTION_MAX - 8)]))));
    expect(allButtons(inEmbed)[0]?.custom_id).toBe('re:0');
    const command = noise(EMBED_DESCRIPTION_MAX - 7);
    const inFile = renderDiscord(r(choices(opts([command]))));
    expect(allButtons(inFile)[0]?.custom_id).toBe('rf:1');
    expect(inFile[0]?.files.map((f) => f.name)).toEqual(['command-1.txt']);
    expect(await decodedCommands(inFile)).toEqual([{ action: 'run', command }]);
  });

  it('a label of 80 characters is kept whole; 81 are cut with an ellipsis (the command stays whole)', () => {
    const label = (n: number) => allButtons(renderDiscord(r(choices([{ label: 'l'.repeat(n), command: 'help' }]))))[0]?.label;
    expect(label(BUTTON_LABEL_MAX)).toBe('l'.repeat(BUTTON_LABEL_MAX));
    expect(label(BUTTON_LABEL_MAX + 1)).toBe('l'.repeat(BUTTON_LABEL_MAX - 1) + '…');
  });

  it(`${FILES_PER_MESSAGE_MAX} files fit in one message, the 11th goes to the next`, () => {
    const files = (n: number) => Array.from({ length: n }, (_, i) => code('```', 'text', `f${i}.txt`));
    expect(renderDiscord(r(...files(10))).map((m) => m.files.length)).toEqual([10]);
    expect(renderDiscord(r(...files(11))).map((m) => m.files.length)).toEqual([10, 1]);
  });

  it('a file of exactly 10 MiB is one attachment; one byte more is split into parts', () => {
    const big = '```' + 'x'.repeat(FILE_BYTES_MAX - 3);
    expect(renderDiscord(r(code(big, 'yaml', 'big.yaml'))).flatMap((m) => m.files.map((f) => f.name))).toEqual(['big.yaml']);
    const parts = renderDiscord(r(code(big + 'x', 'yaml', 'big.yaml'))).flatMap((m) => m.files);
    expect(parts.map((f) => f.name)).toEqual(['big.part1.yaml', 'big.part2.yaml', 'big.part3.yaml', 'big.part4.yaml']);
    expect(parts.reduce((n, f) => n + f.data.length, 0)).toBe(FILE_BYTES_MAX + 1);
    for (const f of parts) expect(f.data.length).toBeLessThanOrEqual(FILE_BYTES_MAX);
  });

  it(`a reply of ${MESSAGES_PER_REPLY_MAX} messages is sent as messages; one more and it becomes answer.txt, buttons kept`, () => {
    const paragraphs = (n: number) => Array.from({ length: n }, () => paragraph('a'.repeat(CONTENT_MAX)));
    expect(renderDiscord(r(...paragraphs(5)))).toHaveLength(5);
    const filed = renderDiscord(r(...paragraphs(6), choices(opts(['help']))));
    expect(filed).toHaveLength(1);
    expect(filed[0]?.files.map((f) => f.name)).toEqual(['answer.txt']);
    expect(filed[0]?.files[0]?.data.toString()).toContain('a'.repeat(CONTENT_MAX));
    expect(filed[0]?.content).toMatch(/^📎 This answer is long, so the whole of it is attached as `answer\.txt`/);
    expect(allButtons(filed).map((b) => b.custom_id)).toEqual(['rc:help']);
  });
});

// ---- property tests -------------------------------------------------------------------------

const text = (max: number) => fc.string({ unit: 'binary', maxLength: max });
const sometimesLong = fc.oneof(
  { weight: 4, arbitrary: text(60) },
  { weight: 1, arbitrary: text(2500) },
  { weight: 1, arbitrary: fc.constantFrom('```', 'a\n```\n', '**b**', '[l](https://x.io/a_b)', '@everyone', '<@1>') },
);
const command = fc.oneof(
  { weight: 4, arbitrary: text(90) },
  { weight: 2, arbitrary: text(400) },
  { weight: 1, arbitrary: fc.nat({ max: 7000 }).map((n) => noise(n, n + 7)) },
  { weight: 1, arbitrary: fc.constantFrom('help', 'help', 'check\napiVersion: v1\nkind: Service\n', '') },
);
const choice = fc.record({ label: sometimesLong, command });
const block: fc.Arbitrary<Block> = fc.oneof(
  sometimesLong.map(heading),
  sometimesLong.map(paragraph),
  fc.tuple(sometimesLong, fc.constantFrom('yaml', 'text', 'json', 'bad lang'), fc.option(text(30), { nil: undefined })).map(([c, l, f]) => code(c, l, f)),
  fc.array(fc.record({ label: text(40), value: sometimesLong }), { maxLength: 6 }).map(fields),
  fc.tuple(fc.array(text(12), { minLength: 1, maxLength: 4 }), fc.array(fc.array(text(30), { maxLength: 4 }), { maxLength: 60 })).map(([c, rows]) => table(c, rows)),
  fc.tuple(fc.array(choice, { maxLength: 30 }), fc.option(text(40), { nil: undefined })).map(([o, p]) => choices(o, p)),
  fc.tuple(sometimesLong, fc.constantFrom('info', 'success', 'warning', 'error') as fc.Arbitrary<'info'>).map(([t, tone]) => note(t, tone)),
);
const anyReply: fc.Arbitrary<Reply> = fc.array(block, { maxLength: 8 }).map((blocks) => reply('test', blocks));

describe('renderDiscord: properties', () => {
  it('any Reply renders within every Discord limit, and every button decodes back to its command', async () => {
    await fc.assert(
      fc.asyncProperty(anyReply, fc.option(command, { nil: undefined }), async (rep, share) => {
        const messages = renderDiscord(rep, { share });
        checkLimits(messages);
        const expected = rep.blocks.flatMap((b) => (b.type === 'choices' ? b.options.map((o) => ({ action: 'run', command: o.command })) : []));
        if (share !== undefined) expected.push({ action: 'share', command: share });
        expect(await decodedCommands(messages)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('code is never cut: split pieces or the attached file hold every character', () => {
    fc.assert(
      fc.property(fc.oneof(text(3000), fc.nat({ max: 12000 }).map((n) => noise(n, n).replace(/(.{70})/g, '$1\n'))), (source) => {
        const messages = renderDiscord(r(code(source, 'yaml')));
        checkLimits(messages);
        const file = messages.flatMap((m) => m.files)[0];
        const recovered = file
          ? file.data.toString('utf8')
          : messages.map((m) => /```yaml\n([\s\S]*)\n```$/.exec(m.content)?.[1] ?? '<missing>').join('');
        expect(recovered.replace(/\n/g, '')).toBe(source.replace(/\n/g, ''));
      }),
      { numRuns: 150 },
    );
  });

  it('plain words are never cut, however long the text', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{1,30}$/), { minLength: 1, maxLength: 900 }), (words) => {
        const messages = renderDiscord(r(paragraph(words.join(' '))));
        checkLimits(messages);
        const file = messages.flatMap((m) => m.files).find((f) => f.name === 'answer.txt');
        const shown = file ? file.data.toString('utf8') : messages.map((m) => m.content).join('');
        expect(shown.replace(/\s/g, '')).toBe(words.join(''));
      }),
      { numRuns: 60 },
    );
  });
});
