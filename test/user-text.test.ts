// User text in replies (review M1, m6): whatever a user types, the Slack and Discord payloads
// the real renderers make from the reply hold no link to a host the knowledge does not link to,
// and no value is echoed back longer than VALUE_MAX.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../src/adapters/discord/render.js';
import { renderSlack, toMrkdwn, type SlackMessage } from '../src/adapters/slack/render.js';
import { BUILT_IN_LINK_HOSTS, echo, echoValue, isTrustedLink, paragraph, reply, VALUE_MAX, type Block, type Reply } from '../src/core/reply.js';
import { knowledgeLinks } from '../src/knowledge/index.js';
import { ask, builtInKnowledge } from './helpers.js';

/** The hosts the built-in knowledge links to: the only ones a reply may link to. */
const KNOWLEDGE_HOSTS = new Set(knowledgeLinks(builtInKnowledge()).map((url) => new URL(url).hostname));
const fromKnowledge = (url: string) => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && KNOWLEDGE_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
};

// ---- links as each platform reads its payload ------------------------------------------------

/** Every mrkdwn text of a Slack message (headers and buttons are plain_text: never links). */
function slackTexts(message: SlackMessage): string[] {
  return message.blocks.flatMap((b) => {
    if (b.type === 'section') return 'text' in b ? [b.text.text] : b.fields.map((f) => f.text);
    if (b.type === 'context') return b.elements.map((e) => e.text);
    return [];
  });
}

/** The URLs Slack makes links of: `<url>` and `<url|label>` (text is verbatim, so nothing else). */
const slackLinks = (mrkdwn: string) => [...mrkdwn.matchAll(/<((?:https?|mailto|ftp):[^|>]*)(?:\|[^>]*)?>/gi)].map((m) => m[1] as string);

/**
 * The URLs Discord makes links of: masked `[label](url)` and every bare or `<…>` http(s) URL,
 * outside code spans and fences. A backslash-escaped character is never markup.
 */
function discordLinks(content: string): string[] {
  let prose = '';
  for (let i = 0; i < content.length; i++) {
    if (content[i] === '\\' && i + 1 < content.length) {
      prose += '\u0000';
      i++;
    } else if (content.startsWith('```', i)) {
      const end = content.indexOf('```', i + 3);
      i = end === -1 ? content.length : end + 2;
      prose += ' ';
    } else if (content[i] === '`') {
      const end = content.indexOf('`', i + 1);
      if (end === -1) prose += '`';
      else {
        i = end;
        prose += ' ';
      }
    } else prose += content[i];
  }
  const masked = [...prose.matchAll(/\[[^\]]*\]\(\s*<?([^)>\s]+)/g)].map((m) => m[1] as string);
  const bare = [...prose.matchAll(/https?:\/\/[^\s<>]+/gi)].map((m) => m[0].replace(/[.,;:!?)]+$/, ''));
  return [...masked, ...bare];
}

function untrustedLinks(r: Reply): string[] {
  const slack = renderSlack(r).flatMap(slackTexts).flatMap(slackLinks);
  const discord = renderDiscord(r).flatMap((m) => [m.content, ...m.embeds.map((e) => e.description ?? '')]).flatMap(discordLinks);
  return [...slack, ...discord].filter((url) => !fromKnowledge(url));
}

/** The reply's text outside code blocks, where echoed values appear. */
function proseOf(r: Reply): string {
  return r.blocks
    .map((b: Block) => {
      switch (b.type) {
        case 'code':
          return '';
        case 'fields':
          return b.fields.map((f) => `${f.label} ${f.value}`).join('\n');
        case 'table':
          return [b.columns, ...b.rows].map((row) => row.join(' | ')).join('\n');
        case 'choices':
          return b.prompt ?? '';
        default:
          return b.text;
      }
    })
    .join('\n');
}

// ---- the helpers and the allowlist -------------------------------------------------------------

describe('echoValue and the link allowlist', () => {
  it('quotes a value as inline code that a backtick cannot close', () => {
    expect(echoValue('x`[Reset](https://evil.example)`')).toBe("`x'[Reset](https://evil.example)'`");
    expect(echoValue('8080\u00a0')).toBe('`8080\u00a0`');
    expect(echoValue('a\nb')).toBe('`a b`');
    expect(echoValue('')).toBe('""');
    expect(echoValue(1.1)).toBe('`1.1`');
  });

  it('cuts a long value to VALUE_MAX characters with an ellipsis, never inside a surrogate pair', () => {
    expect(echoValue('a'.repeat(VALUE_MAX))).toBe(`\`${'a'.repeat(VALUE_MAX)}\``);
    expect(echoValue('a'.repeat(1_000_000))).toBe(`\`${'a'.repeat(VALUE_MAX - 1)}…\``);
    expect(echoValue('😀'.repeat(100))).toBe(`\`${'😀'.repeat(VALUE_MAX - 1)}…\``);
    expect(echo('a  b\n`c`')).toBe("`a b 'c'`");
  });

  it('trusts exactly the hosts the built-in knowledge links to', () => {
    expect([...KNOWLEDGE_HOSTS].sort()).toEqual([...BUILT_IN_LINK_HOSTS].sort());
    expect(isTrustedLink('https://kubernetes.io/docs/concepts/services-networking/service/')).toBe(true);
    for (const url of [
      'https://evil.example/login',
      'http://kubernetes.io/docs/',
      'https://kubernetes.io.evil.example/',
      'https://kubernetes.io@evil.example/',
      'https://evil.example\\@kubernetes.io/',
      'javascript:alert(1)',
    ]) {
      expect(isTrustedLink(url), url).toBe(false);
    }
  });

  it('renders a link to another host, or a link inside code, as literal text on both platforms', () => {
    const r = reply('help', [paragraph('See [docs](https://kubernetes.io/docs/), [Reset your password](https://evil.example/x), https://evil.example/y and `[a](https://evil.example/z)`.')]);
    expect(untrustedLinks(r)).toEqual([]);
    expect(toMrkdwn('[docs](https://kubernetes.io/docs/) [x](https://evil.example/)')).toBe('<https://kubernetes.io/docs/|docs> [x](https://evil.example/)');
    const discord = renderDiscord(r)[0]?.content ?? '';
    expect(discord).toContain('[docs](<https://kubernetes.io/docs/>)');
    expect(discord).toContain('\\[Reset your password\\](`https://evil.example/x`)');
    expect(discord).toContain('`https://evil.example/y`');
    expect(discord).toContain('`[a](https://evil.example/z)`');
  });
});

// ---- the review's reproductions -----------------------------------------------------------------

describe('review M1 and m6, as reported', () => {
  const LURE = '[Reset your SSO password](https://evil.example/login)';

  it('a backtick in a pasted YAML key does not make a Slack link (check)', async () => {
    const r = await ask(`check {apiVersion: v1, kind: Service, metadata: {name: web}, spec: {selector: {app: web}, ports: [{port: 80, "x\`${LURE}\`": 1}]}}`);
    expect(r.outcome).toBe('ok');
    expect(r.text).toContain("`x'Reset your SSO password (https://evil.example/login)'` is not a field of ServicePort");
    const slack = JSON.stringify(renderSlack(r));
    expect(slack).not.toContain('<https://evil.example');
    expect(slack).toContain("`x'[Reset your SSO password](https://evil.example/login)'`");
    expect(untrustedLinks(r)).toEqual([]);
  });

  it('a backtick in a yaml parameter does not make a Discord masked link', async () => {
    const r = await ask(`yaml nodeport web "nodePort=1\`${LURE}\`"`);
    expect(r.outcome).toBe('invalid');
    const content = renderDiscord(r).map((m) => m.content).join('\n');
    expect(content).toContain("nodePort `1'[Reset your SSO password](https://evil.example/login)'` is not a whole number");
    expect(content).not.toContain('](<https://evil.example');
    expect(untrustedLinks(r)).toEqual([]);
  });

  it('a link typed outside any code span stays text too', async () => {
    for (const text of [`explain ${LURE}`, `${LURE} please`, `yaml ${LURE}`]) {
      expect(untrustedLinks(await ask(text)), text).toEqual([]);
    }
  });

  it('echoes a million-character name as VALUE_MAX characters, in one short reply (m6)', async () => {
    const r = await ask(`yaml nodeport ${'a'.repeat(1_000_000)}`);
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain(`The name \`${'a'.repeat(VALUE_MAX - 1)}…\` is 1000000 characters long`);
    expect(JSON.stringify(r).length).toBeLessThan(5_000);
    expect(renderSlack(r)).toHaveLength(1);
    expect(renderDiscord(r)).toHaveLength(1);
  });
});

// ---- the property --------------------------------------------------------------------------------

const hostile = fc.constantFrom(
  '`',
  '``',
  '```',
  '[Reset your password](https://evil.example/login)',
  '](https://evil.example/x)',
  '[x](<https://evil.example/y>)',
  '<https://evil.example|docs>',
  'https://evil.example/z',
  'HTTPS://EVIL.EXAMPLE/',
  'https://kubernetes.io@evil.example/',
  '[k8s](https://kubernetes.io.evil.example/)',
  '**',
  '\\',
  '|',
  '<!channel>',
  '@everyone',
  '\n',
  ' ',
  '=',
  ',',
  '😀',
);
const piece = fc.oneof(
  { weight: 4, arbitrary: hostile },
  { weight: 3, arbitrary: fc.stringMatching(/^[a-zA-Z0-9.-]{1,10}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const userText = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
/** A long run of random letters to spot an echo that was not cut: VALUE_MAX + 1 of them never appear. */
const longRun = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), { minLength: VALUE_MAX + 1, maxLength: 2000 }).map((l) => l.join(''));

const serviceYaml = (key: string, value: string) =>
  `check\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${JSON.stringify(value)}\n  labels: {${JSON.stringify(key)}: ${JSON.stringify(value)}}\nspec:\n  type: ${JSON.stringify(value)}\n  selector: {app: ${JSON.stringify(value)}}\n  ports: [{port: 80, targetPort: ${JSON.stringify(value)}, ${JSON.stringify(key)}: 1}]\n`;
const ingressYaml = (value: string) =>
  `check\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  ingressClassName: ${JSON.stringify(value)}\n  rules:\n    - host: ${JSON.stringify(value)}\n      http:\n        paths:\n          - path: ${JSON.stringify(value)}\n            pathType: Prefix\n            backend:\n              service: {name: ${JSON.stringify(value)}, port: {name: ${JSON.stringify(value)}}}\n`;

/** Commands that quote the user back, with `t` in the places a user's words go. */
const COMMANDS: ((t: string) => string)[] = [
  (t) => `yaml nodeport web "nodePort=${t}"`,
  (t) => `yaml service ${t}`,
  (t) => `yaml ${t}`,
  (t) => `yaml ingress web host=${t} path=${t}`,
  (t) => `yaml service web selector=${t} ${t}=1`,
  (t) => `yaml loadbalancer web port=${t} protocol=${t} -n ${t}`,
  (t) => serviceYaml(t, t),
  (t) => ingressYaml(t),
  (t) => `service ${t}`,
  (t) => `service web -n ${t}`,
  (t) => `services ${t}`,
  (t) => `explain ${t}`,
  (t) => `compare ${t} nodeport`,
  (t) => `help ${t}`,
  (t) => `which vs=${t} port=${t}`,
  (t) => `quiz topic=${t}`,
  (t) => `learn ${t}`,
  (t) => t,
  (t) => `${t} --${t}`,
];

describe('any user text, through handle and both renderers (property)', () => {
  it('never yields a link outside the knowledge, and never echoes more than VALUE_MAX characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: COMMANDS.length - 1 }), userText, longRun, fc.boolean(), async (which, text, run, withRun) => {
        const t = withRun ? `${text}${run}` : text;
        const command = (COMMANDS[which] as (t: string) => string)(t);
        const r = await ask(command);
        expect(untrustedLinks(r), command).toEqual([]);
        if (withRun) {
          // Any stretch of the run longer than VALUE_MAX in the prose is an echo that was not cut.
          for (const [letters] of proseOf(r).matchAll(new RegExp(`[a-z]{${VALUE_MAX + 1},}`, 'g'))) {
            for (let j = 0; j + VALUE_MAX + 1 <= letters.length; j++) {
              expect(run.includes(letters.slice(j, j + VALUE_MAX + 1)), `${command.slice(0, 200)} echoes ${letters.slice(0, 100)}`).toBe(false);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
