// handle(text, ctx): the one entry for every adapter and test. Text in, Reply out; never throws.

import type { Command, CommandInput, FlagName } from './command.js';
import type { Context, HandledEvent } from './context.js';
import { isOptionToken, parse, tokenize, type ParsedInput } from './parse.js';
import { registry as defaultRegistry, type Registry } from './registry.js';
import { echo, invalidInput, note, paragraph, reply, choices, type Reply } from './reply.js';
import { isName, readIntent } from './intent.js';
import { LEVEL, MAX_ROUTED_TEXT, route } from './route.js';

/** Largest message the core reads (a pasted manifest set fits many times over). */
export const MAX_INPUT_CHARS = 2 * 1024 * 1024;

/** First words of a question rather than of a command. */
const QUESTION_WORDS = new Set(['what', 'how', 'why', 'when', 'where', 'who', 'can', 'could', 'is', 'are', 'does', 'do', 'should', 'my', 'tell', 'hey', 'hi', 'hello', 'pls', 'please']);

/** First words of a message of its own (a question, a request, the asker speaking), not of a noun after "which". */
const OPENS_OWN_MESSAGE = /^(?:what|what's|whats|how|why|when|where|who|which|whichever|can|could|is|are|do|does|did|should|would|will|i|i'm|im|we|we're|you|my|our|me|us|it|they|this|that|set|help|give|show|tell|make|get|need|want|pls|please|hey|hi|hello)\b/i;

/** Words a command's arguments may start with that are not a value ("services in payments"). */
const FILLER = new Set(['in', 'the', 'namespace', 'ns', 'of', 'for', 'all']);

/** Words after a structured command word from which they are a sentence, not its arguments (`yaml nodeport web 8080` is arguments). */
const SENTENCE_WORDS = 5;

/** An API server or kubectl error pasted whole ('Service "api" is invalid: …'): a question about it, not a command's input. */
const PASTED_ERROR = /\bis invalid: |\bInvalid value: |\bRequired value\b|\bError from server\b|\berror validating data\b|\bunknown field "/;

/** A sentence that asks: it ends on a question mark, or a clause opens with a question word after a stop. */
// A question mark alone does not: "endpoints web -n shop show nothing, is that normal?" asks about the object named.
const ASKS_IN_SENTENCE = /[.;!]\s+(?:what|whats|what's|how|why|which|where|who|can|could|does|do|is|are|should)\b/i;

const FLAG_SPELLING: Record<FlagName, string> = { namespace: '-n <namespace>', 'all-namespaces': '-A', output: '-o <format>' };

export async function handle(text: string, ctx: Context, registry: Registry = defaultRegistry): Promise<Reply> {
  const started = performance.now();
  const result = await dispatch(text, ctx, registry);
  const event: HandledEvent = {
    platform: ctx.platform,
    command: result.command,
    outcome: result.outcome,
    ms: Math.round((performance.now() - started) * 100) / 100,
  };
  ctx.runtime.log.info(event, 'command handled');
  ctx.runtime.observe?.(event);
  return result;
}

async function dispatch(text: string, ctx: Context, registry: Registry): Promise<Reply> {
  if (typeof text !== 'string') return emptyReply();
  if (text.length > MAX_INPUT_CHARS) return oversizeReply(text.length);
  const parsed = parse(text);
  if (parsed.tokens.length === 0 && parsed.body === null) return emptyReply();

  const found = registry.find(parsed.words);
  const freeText = parsed.body === null ? parsed.line : `${parsed.line}\n${parsed.body}`;
  if (found && parsed.words.length > 0 && parsed.tokens[0] === parsed.words[0]) {
    const instead = yieldTo(found.command, found.consumed, parsed, freeText, registry, ctx);
    if (instead) return runCommand(instead.command, instead.parsed, instead.consumed, ctx, registry, instead.said);
    return runCommand(found.command, parsed, found.consumed, ctx, registry);
  }

  if (freeText.length > MAX_ROUTED_TEXT) {
    return invalidInput(
      null,
      `That is a long message (${formatSize(freeText.length)}) and it does not start with a command.`,
      'Start with a command, for example `check` followed by the YAML, or ask a shorter question.',
    );
  }

  const routed = route(freeText, registry, ctx.runtime.knowledge);
  if (routed) {
    const routedInput = parse(routed.command);
    const target = registry.find(routedInput.words);
    if (target) return runCommand(target.command, routedInput, target.consumed, ctx, registry, freeText);
  }

  const first = parsed.tokens[0] ?? '';
  const ask = registry.byName('ask');
  // With `ask` there, a sentence is a question, not a mistyped command ("i can't reach my svc").
  const sentence =
    ask !== undefined && (parsed.words.length >= 4 || /\?\s*$/.test(parsed.line) || first.length < 2 || QUESTION_WORDS.has(first.toLowerCase()));
  const suggestions = sentence ? [] : registry.suggest(first);
  if (suggestions.length > 0) {
    const rest = parsed.line.slice(parsed.line.indexOf(first) + first.length).trim();
    return invalidInput(
      null,
      `I don't know the command ${echo(first)}.`,
      'Did you mean one of these?',
      suggestions.slice(0, 3).map((name) => {
        const command = rest === '' ? name : `${name} ${rest}`;
        return { label: command.length > 60 ? name : command, command };
      }),
    );
  }

  if (ask) return runCommand(ask, parse(`ask ${freeText}`), 1, ctx, registry);

  return invalidInput(null, `I don't know what ${echo(first)} means.`, '`help` lists what I can do.', [
    { label: 'help', command: 'help' },
  ]);
}

/**
 * The command to run instead when a command word only starts a sentence that means another
 * command (see route.ts for the levels):
 * - a phrase alias is English first: "what is the best way to expose…" is not a definition, and
 *   "which is cheaper, ingress or lb?" not the decision tree (`Command.startsQuestion`); so is a
 *   command word followed by "vs" ("svc vs ing" compares a Service with an Ingress);
 * - a command that reads names and keywords, followed by a sentence, yields to a clear request
 *   (explicit or a recommendation): "compare the options for exposing my api" is `which`,
 *   "svc type for mongo?" is `which`, "check the staging namespace for problems" is `diagnose`;
 * - a command that reads a sentence (`which`) yields only to a request about named cluster
 *   objects: "which services run in payments" is `services`;
 * - when no command claims the sentence and it cannot be the command's input (English after
 *   `which`, vocabulary where a name belongs: "service selector doesn't match…", a pasted API
 *   error: 'Service "api" is invalid: …'), `ask` answers.
 * Anything else stays with the command the user typed.
 */
function yieldTo(
  command: Command,
  consumed: number,
  parsed: ParsedInput,
  freeText: string,
  registry: Registry,
  ctx: Context,
): { command: Command; parsed: ParsedInput; consumed: number; said?: string } | null {
  const english = command.startsQuestion?.test(parsed.words.slice(consumed).join(' ')) === true;
  // "svc vs ing", "service vs ingress": the command word is one side of a comparison.
  const compared = /^(?:vs\.?|versus)$/i.test(parsed.words[consumed] ?? '');
  const phraseAlias = consumed > 1 || english || compared;
  // "svc selector app=web but pods are labeled app=web-app": key=value words inside an English
  // sentence (more words follow them, and vocabulary stands where a name belongs) are its words, not options.
  const tokens = parsed.tokens.slice(consumed);
  // From the right, how many plain words follow each token: one pass, whatever the length.
  let wordsAfter = 0;
  let valueBeforeWords = false;
  for (let i = tokens.length - 1; i >= 0 && !valueBeforeWords; i--) {
    const token = tokens[i] ?? '';
    if (token.includes('=') && wordsAfter >= 2) valueBeforeWords = true;
    if (/^[a-z]+$/i.test(token)) wordsAfter++;
  }
  const valuesInSentence = parsed.words.length - consumed >= SENTENCE_WORDS - 1 && !isName(parsed.words[consumed]?.toLowerCase()) && valueBeforeWords;
  const structured =
    !command.takesText && parsed.body === null && (Object.keys(parsed.options).length === 0 || valuesInSentence) && Object.keys(parsed.flags).length === 0;
  // "svc has no endpoints" over pasted kubectl output: the command word starts a report, since
  // English follows it where a name belongs, and the command reads no pasted block.
  if (!phraseAlias && parsed.body !== null && !command.takesBody && !command.takesText && !command.readsSentence) {
    const rest = parsed.words.slice(consumed).filter((w) => !FILLER.has(w.toLowerCase()));
    const ask = registry.byName('ask');
    // More words than a name and a namespace, or vocabulary where the name belongs.
    const sentence = rest.length >= 3 || (rest[0] !== undefined && !isName(rest[0].toLowerCase()));
    if (ask && sentence) return { command: ask, parsed: parse(`ask ${freeText}`), consumed: 1 };
  }
  if (!phraseAlias && !(structured && parsed.words.length - consumed >= 3)) return null;
  const routed = route(freeText, registry, ctx.runtime.knowledge);
  // A weak reading (facts only) is not enough to take the sentence from the command typed, nor to
  // keep a question from `ask`.
  const weak = routed !== null && !phraseAlias && !command.readsSentence && routed.score < LEVEL.recommend;
  if (!routed || weak) {
    // "which ingress controller do you recommend", "service selector doesn't match my labels":
    // the command word starts a question, since what follows it is English or vocabulary,
    // not input the command could use.
    const first = parsed.words.slice(consumed).find((w) => !FILLER.has(w.toLowerCase()));
    const ask = registry.byName('ask');
    const pasted = PASTED_ERROR.test(freeText);
    // "svc db in ns data has a TCP port named postgres. what SRV record can I query?": a name, then a sentence that asks.
    const asksAfterName = !phraseAlias && !command.readsSentence && parsed.words.slice(consumed).length >= SENTENCE_WORDS && ASKS_IN_SENTENCE.test(parsed.line);
    // "which drain settings matter": the command word reads as English before a noun, and the sentence tells a
    // sentence-reading command nothing it works with. Not a message of its own typed after the command ("which how do I
    // map the port", "which set me up with…", "which ports: - 8080:8080…"): that is the command, asked to start.
    const rest = parsed.words.slice(consumed).join(' ');
    const toldNothing =
      command.understands !== undefined &&
      parsed.words.length - consumed >= 3 &&
      /^[a-z][\w-]*\s/i.test(rest) &&
      !OPENS_OWN_MESSAGE.test(rest) &&
      !command.understands(rest, ctx.runtime.knowledge);
    // "service uses targetPort: http but endpoints are empty": more words than the command can take, with vocabulary among them.
    const moreThanItTakes =
      !phraseAlias && command.maxWords !== undefined && parsed.words.slice(consumed).filter((w) => !FILLER.has(w.toLowerCase())).length > Math.max(command.maxWords, SENTENCE_WORDS - 1);
    const question =
      english || asksAfterName || toldNothing || moreThanItTakes || (!phraseAlias && !command.readsSentence && first !== undefined && (pasted || !isName(first.toLowerCase())));
    if (!ask || !question) return null;
    return { command: ask, parsed: parse(`ask ${freeText}`), consumed: 1 };
  }
  if (routed.name === command.name) {
    // "yaml for a nodeport service called demo, port 8080": a sentence after a structured command
    // word is run as the command's own recogniser reads it ("called demo" is the name), not word by word.
    const sentence = parsed.words.slice(consumed).filter((w) => !FILLER.has(w.toLowerCase())).length >= SENTENCE_WORDS;
    if (phraseAlias || command.readsSentence || !structured || !sentence || routed.score < LEVEL.explicit) return null;
    const own = parse(routed.command);
    const found = registry.find(own.words);
    return found ? { command: found.command, parsed: own, consumed: found.consumed, said: freeText } : null;
  }
  if (!phraseAlias) {
    const intent = readIntent(freeText.trim());
    const namesClusterObjects = intent.namespace !== null || intent.serviceName !== null || intent.allNamespaces;
    if (command.readsSentence ? !(routed.score >= LEVEL.explicit && namesClusterObjects) : routed.score < LEVEL.recommend) return null;
  }
  const routedInput = parse(routed.command);
  const target = registry.find(routedInput.words);
  return target ? { command: target.command, parsed: routedInput, consumed: target.consumed, said: freeText } : null;
}

async function runCommand(
  command: Command,
  parsed: ParsedInput,
  consumed: number,
  ctx: Context,
  registry: Registry,
  said?: string,
): Promise<Reply> {
  const accepted = new Set<string>(command.flags ?? []);
  const wrongFlags = [
    ...parsed.unknownFlags,
    ...Object.keys(parsed.flags)
      .filter((f) => !accepted.has(f))
      .map((f) => parsed.flagSpellings[f] ?? `--${f}`),
  ];
  // "which docker run -p 8080:80 on a VM worked, now…": in a sentence a command reads whole, a
  // flag is quoted from another command line, a word of the sentence, not a flag given to it.
  const flagsQuoted = wrongFlags.length > 0 && command.readsSentence === true && parsed.words.length - consumed >= SENTENCE_WORDS;
  if (wrongFlags.length > 0 && !command.takesText && !flagsQuoted) {
    const takes = (command.flags ?? []).map((f) => `\`${FLAG_SPELLING[f]}\``);
    return invalidInput(
      command.name,
      `\`${command.name}\` does not take ${wrongFlags.map((f) => echo(f, 24)).join(', ')}.`,
      takes.length > 0 ? `It takes ${takes.join(', ')}. Usage: \`${command.usage}\`` : `Usage: \`${command.usage}\``,
      [{ label: `help ${command.name}`, command: `help ${command.name}` }],
    );
  }

  // A command that reads plain text gets every token back, flags and key=value words included.
  const args = command.takesText
    ? parsed.tokens.slice(consumed)
    : flagsQuoted
      ? parsed.tokens.slice(consumed).filter((t) => !isOptionToken(t))
      : parsed.words.slice(consumed);
  let body = parsed.body;
  if (!command.takesBody && body !== null) {
    args.push(...tokenize(body.replace(/\n/g, ' ')).tokens);
    body = null;
  }
  const input: CommandInput = {
    args,
    options: parsed.options,
    flags: parsed.flags as CommandInput['flags'],
    body,
    invokedAs: parsed.words.slice(0, consumed).join(' '),
    parsed,
    registry,
    ...(said !== undefined ? { said } : {}),
  };

  let result: Reply;
  try {
    result = await command.run(input, ctx);
  } catch (error) {
    ctx.runtime.log.error({ err: error, command: command.name }, 'command failed');
    return reply(
      command.name,
      [
        note(`Something went wrong while running \`${command.name}\`. It has been logged; please try again.`, 'error'),
        choices([{ label: `help ${command.name}`, command: `help ${command.name}` }]),
      ],
      { outcome: 'error', visibility: 'private' },
    );
  }
  if (parsed.problems.length > 0) result.blocks.push(...parsed.problems.map((p) => note(p)));
  return result;
}

/** The reply to a message over MAX_INPUT_CHARS (adapters that count a message without keeping it use it too). */
export function oversizeReply(chars: number): Reply {
  return invalidInput(
    null,
    `That message is ${formatSize(chars)}; I read at most ${formatSize(MAX_INPUT_CHARS)}.`,
    'Send a smaller part, for example one manifest at a time after `check`.',
  );
}

function emptyReply(): Reply {
  return reply(null, [paragraph('Send a command or a question. `help` lists what I can do.')], {
    outcome: 'invalid',
    visibility: 'private',
  });
}

function formatSize(chars: number): string {
  if (chars < 1024) return `${chars} characters`;
  if (chars < 1024 * 1024) return `${Math.round(chars / 1024)} kB`;
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}
