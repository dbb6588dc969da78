// Reply -> Block Kit: exact payloads, and every limit as a pair (fits at the limit, splits past it).
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decodeCommand,
  encodeCommand,
  renderSlack,
  splitCode,
  toMrkdwn,
  type SlackBlock,
  type SlackMessage,
} from '../../src/adapters/slack/render.js';
import { fromSlackText } from '../../src/adapters/slack/inbound.js';
import { choices, code, fields, heading, note, paragraph, reply, table, type Block } from '../../src/core/reply.js';

const one = (...blocks: Block[]) => reply('x', blocks);
const only = (messages: SlackMessage[]): SlackBlock[] => {
  expect(messages).toHaveLength(1);
  return (messages[0] as SlackMessage).blocks;
};
const sectionText = (block: SlackBlock | undefined): string => {
  if (block?.type !== 'section' || !('text' in block)) throw new Error(`not a text section: ${JSON.stringify(block)}`);
  return block.text.text;
};

describe('renderSlack', () => {
  it('renders every block type as Block Kit', () => {
    const messages = renderSlack(
      one(
        heading('Which Service type?'),
        paragraph('Use **ClusterIP** for `in-cluster` traffic; see [the docs](https://kubernetes.io/docs/concepts/services-networking/service/).'),
        code('apiVersion: v1\nkind: Service\n', 'yaml', 'service.yaml'),
        fields({ Type: 'ClusterIP', Port: '80→8080' }),
        table(['NAME', 'TYPE'], [['api', 'ClusterIP']]),
        choices([{ label: 'Show YAML', command: 'yaml clusterip api' }], 'Next:'),
        note('NodePort is for demos.', 'warning'),
      ),
    );
    expect(messages).toEqual([
      {
        text: expect.stringContaining('Which Service type?'),
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: 'Which Service type?', emoji: true } },
          {
            type: 'section',
            text: {
              type: 'mrkdwn',
              verbatim: true,
              text: 'Use *ClusterIP* for `in-cluster` traffic; see <https://kubernetes.io/docs/concepts/services-networking/service/|the docs>.',
            },
          },
          { type: 'section', text: { type: 'mrkdwn', verbatim: true, text: '*service.yaml*\n```\napiVersion: v1\nkind: Service\n```' } },
          {
            type: 'section',
            fields: [
              { type: 'mrkdwn', verbatim: true, text: '*Type*\nClusterIP' },
              { type: 'mrkdwn', verbatim: true, text: '*Port*\n80→8080' },
            ],
          },
          { type: 'section', text: { type: 'mrkdwn', verbatim: true, text: '```\nNAME  TYPE\napi   ClusterIP\n```' } },
          { type: 'section', text: { type: 'mrkdwn', verbatim: true, text: 'Next:' } },
          {
            type: 'actions',
            elements: [
              { type: 'button', text: { type: 'plain_text', text: 'Show YAML', emoji: true }, action_id: 'k8s_run_0', value: 'yaml clusterip api' },
            ],
          },
          { type: 'section', text: { type: 'mrkdwn', verbatim: true, text: ':warning: NodePort is for demos.' } },
        ],
      },
    ]);
  });

  it('escapes &, < and > so nobody can inject a mention or a link', () => {
    const blocks = only(renderSlack(one(paragraph('ping <!channel> & <@U123> or <https://evil.example|docs>'))));
    // Everything stays text, the URL too: its host is not one the knowledge links to.
    expect(sectionText(blocks[0])).toBe('ping &lt;!channel&gt; &amp; &lt;@U123&gt; or &lt;https://evil.example|docs&gt;');
    // Code too.
    expect(sectionText(only(renderSlack(one(code('a: "<!here>"', 'yaml'))))[0])).toBe('```\na: "&lt;!here&gt;"\n```');
  });

  it('defuses @here and @channel in the notification text', () => {
    const [message] = renderSlack(one(paragraph('hello @here and @channel')));
    expect(message?.text).toBe('hello @\u200bhere and @\u200bchannel');
  });

  it('turns links with & into Slack links, and bare URLs into links', () => {
    expect(toMrkdwn('[a|b](https://kubernetes.io/?q=1&r=2)')).toBe('<https://kubernetes.io/?q=1&amp;r=2|a|b>');
    expect(toMrkdwn('see https://kubernetes.io/docs/.')).toBe('see <https://kubernetes.io/docs/>.');
    expect(toMrkdwn('`**not bold** [x](https://y.example)`')).toBe('`**not bold** [x](https://y.example)`');
  });

  it('numbers buttons across the reply so action ids are unique', () => {
    const blocks = only(
      renderSlack(one(choices([{ label: 'a', command: 'help' }]), choices([{ label: 'b', command: 'help help' }]))),
    );
    const ids = blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
    expect(ids).toEqual(['k8s_run_0', 'k8s_run_1']);
  });

  it('adds a Share in channel button and a byline when asked', () => {
    const [message] = renderSlack(one(paragraph('hi')), { share: 'svc payments', byline: '<@U1> shared' });
    expect(message?.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', verbatim: true, text: '<@U1> shared' }] });
    expect(message?.blocks.at(-1)).toEqual({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'Share in channel', emoji: true }, action_id: 'k8s_share', value: 'svc payments' }],
    });
  });

  it('renders a wide table as a list and keeps every cell', () => {
    const long = 'a summary that makes this table far too wide for a monospace block in Slack';
    const blocks = only(renderSlack(one(table(['Command', 'What it does'], [['`help`', long], ['`which`', 'decide']]))));
    expect(sectionText(blocks[0])).toBe(`*Command · What it does*\n• \`help\` — ${long}\n• \`which\` — decide`);
  });
});

describe('limits, as pairs', () => {
  it('fits 50 blocks in one message and splits at 51', () => {
    const blocks = (n: number) => Array.from({ length: n }, (_, i) => paragraph(`line ${i}`));
    expect(renderSlack(one(...blocks(50)))).toHaveLength(1);
    const split = renderSlack(one(...blocks(51)));
    expect(split.map((m) => m.blocks.length)).toEqual([50, 1]);
    expect(sectionText(split[1]?.blocks[0])).toBe('line 50');
  });

  it('keeps 3000 characters in one section and splits 3001 without losing one', () => {
    expect(only(renderSlack(one(paragraph('x'.repeat(3000)))))).toHaveLength(1);
    const blocks = only(renderSlack(one(paragraph('x'.repeat(3001)))));
    expect(blocks.map((b) => sectionText(b).length)).toEqual([3000, 1]);
  });

  it('counts escaped characters against the section limit', () => {
    const blocks = only(renderSlack(one(paragraph('&'.repeat(600)))));
    expect(blocks.map((b) => sectionText(b).length)).toEqual([3000]);
    const more = only(renderSlack(one(paragraph('&'.repeat(601)))));
    expect(more.map((b) => sectionText(b).length)).toEqual([3000, 5]);
  });

  it('uses a header up to 150 characters and a bold section past it', () => {
    expect(only(renderSlack(one(heading('h'.repeat(150)))))[0]?.type).toBe('header');
    expect(sectionText(only(renderSlack(one(heading('h'.repeat(151)))))[0])).toBe(`*${'h'.repeat(151)}*`);
  });

  it('puts 25 buttons in one actions block and 26 in two', () => {
    const options = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `o${i}`, command: `help ${i}` }));
    const rows = (n: number) =>
      only(renderSlack(one(choices(options(n))))).flatMap((b) => (b.type === 'actions' ? [b.elements.length] : []));
    expect(rows(25)).toEqual([25]);
    expect(rows(26)).toEqual([25, 1]);
  });

  it('keeps a 75-character label and cuts a 76-character one, showing it whole below', () => {
    const button = (label: string) => {
      const blocks = only(renderSlack(one(choices([{ label, command: 'help' }]))));
      const actions = blocks.find((b) => b.type === 'actions');
      return { text: actions?.type === 'actions' ? actions.elements[0]?.text.text : undefined, blocks };
    };
    expect(button('l'.repeat(75)).text).toBe('l'.repeat(75));
    const cut = button('l'.repeat(76));
    expect(cut.text).toBe('l'.repeat(74) + '…');
    expect(sectionText(cut.blocks.at(-1))).toBe(`• ${'l'.repeat(76)}`);
  });

  it('carries a 2000-character command as is and a 2001-character one compressed', () => {
    const at = encodeCommand('c'.repeat(2000));
    expect(at).toEqual({ value: 'c'.repeat(2000), compressed: false });
    const past = encodeCommand('check ' + 'c'.repeat(1995));
    expect(past?.compressed).toBe(true);
    expect(past?.value.length).toBeLessThanOrEqual(2000);
    expect(decodeCommand('k8s_runz_3', past?.value as string)).toBe('check ' + 'c'.repeat(1995));
    expect(decodeCommand('k8s_run_3', 'help')).toBe('help');
    expect(decodeCommand('k8s_runz_3', '!!not base64 deflate!!')).toBeNull();
    expect(decodeCommand('someone_else', 'help')).toBeNull();
  });

  it('shows a command too long for any button as a message to send', () => {
    const random = randomBytes(4000).toString('base64');
    const blocks = only(renderSlack(one(choices([{ label: 'Apply', command: random }]))));
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(sectionText(blocks[0])).toBe('To do *Apply*, send this command:');
  });

  it('puts 10 fields in one section and 11 in two', () => {
    const f = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, `v${i}`]));
    const counts = (n: number) => only(renderSlack(one(fields(f(n))))).map((b) => ('fields' in b ? b.fields.length : 0));
    expect(counts(10)).toEqual([10]);
    expect(counts(11)).toEqual([10, 1]);
  });

  it('keeps a field of 2000 characters in a column and gives a longer one its own section', () => {
    const label = 'Lbl';
    const prefix = `*${label}*\n`.length;
    const atLimit = only(renderSlack(one(fields({ [label]: 'v'.repeat(2000 - prefix) }))));
    expect(atLimit[0]).toHaveProperty('fields');
    const past = only(renderSlack(one(fields({ [label]: 'v'.repeat(2001 - prefix) }))));
    expect(sectionText(past[0])).toBe(`*${label}*\n${'v'.repeat(2001 - prefix)}`);
  });

  it('splits long YAML into fenced parts at line ends, labelled, losing no line', () => {
    const yaml = Array.from({ length: 400 }, (_, i) => `  - name: port-${i}\n    port: ${1000 + i}`).join('\n') + '\n';
    const blocks = only(renderSlack(one(code(yaml, 'yaml', 'service.yaml'))));
    expect(blocks.length).toBeGreaterThan(1);
    const bodies = blocks.map((b, i) => {
      const text = sectionText(b);
      expect(text.length).toBeLessThanOrEqual(3000);
      expect(text.startsWith(`_service.yaml, part ${i + 1} of ${blocks.length}_\n\`\`\`\n`)).toBe(true);
      expect(text.endsWith('\n```')).toBe(true);
      return text.slice(text.indexOf('```\n') + 4, -4);
    });
    expect(bodies.join('\n') + '\n').toBe(yaml);
  });

  it('keeps a fence closed when code contains three backticks', () => {
    const [piece] = splitCode('a```b', 100);
    expect(piece).toBe('a```b');
    const text = sectionText(only(renderSlack(one(code('a```b'))))[0]);
    expect(text).toBe('```\na`\u200b``b\n```');
  });
});

describe('fromSlackText', () => {
  it('drops the bot mention, unwraps links and mentions, decodes entities', () => {
    expect(fromSlackText('<@UBOT> svc   payments', 'UBOT')).toBe('svc   payments');
    expect(fromSlackText('<@UBOT|kube> check &lt;x&gt; &amp; <http://apps.example.com|apps.example.com>', 'UBOT')).toBe(
      'check <x> & apps.example.com',
    );
    expect(fromSlackText('ask <@U2|bob> in <#C1|general> <!here> <https://k8s.io>')).toBe('ask @bob in #general @here https://k8s.io');
    expect(fromSlackText('check\n```apiVersion: v1\nkind: Service```')).toBe('check\n```apiVersion: v1\nkind: Service```');
  });
});
