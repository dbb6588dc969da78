import type { Command, CommandInput } from '../command.js';
import { choices, echo, heading, invalidInput, note, paragraph, reply, table, type Block, type Reply } from '../reply.js';
import { LEVEL } from '../route.js';

/** "help", "what can you do?", "how do I use this bot", "what commands are there". */
const HELP_PHRASES =
  /^(?:help(?: me)?|usage|what can (?:you|this bot|the bot|it|kube-concierge) do|how (?:do|can) (?:i|you) use (?:this(?: bot)?|you|it|the bot|kube-concierge)|what commands (?:are there|do you (?:have|know)|can i use|are available))\s*[?!.]*$/i;

const FLAG_HELP: Record<string, string> = {
  namespace: '`-n <namespace>` (or `--namespace`)',
  'all-namespaces': '`-A` (every namespace this channel may see)',
  output: '`-o <format>`',
};

function overview(catalog: readonly Command[]): Reply {
  const rows = catalog.map((c) => [`\`${c.usage}\``, c.summary]);
  const tryThese = catalog
    .filter((c) => c.name !== 'help' && c.examples.length > 0)
    .slice(0, 5)
    .map((c) => ({ label: c.examples[0] as string, command: c.examples[0] as string }));
  const blocks: Block[] = [
    heading('kube-concierge: Kubernetes networking help'),
    paragraph('Ask a question in plain words, or use a command. `help <command>` shows one command in detail.'),
    table(['Command', 'What it does'], rows),
  ];
  if (tryThese.length > 0) blocks.push(choices(tryThese, 'Try one:'));
  return reply('help', blocks, { data: { commands: catalog.map((c) => c.name) } });
}

function detail(command: Command): Reply {
  const blocks: Block[] = [heading(`\`${command.usage}\``), paragraph(command.summary)];
  if (command.aliases.length > 0) {
    blocks.push(paragraph(`Also answers to: ${command.aliases.map((a) => `\`${a}\``).join(', ')}.`));
  }
  if (command.flags && command.flags.length > 0) {
    blocks.push(paragraph(`Flags: ${command.flags.map((f) => FLAG_HELP[f] ?? `--${f}`).join(', ')}.`));
  }
  if (command.examples.length > 0) {
    blocks.push(choices(command.examples.map((e) => ({ label: e, command: e })), 'Examples:'));
  }
  return reply('help', blocks, { data: { topic: command.name } });
}

export const help: Command = {
  name: 'help',
  aliases: ['?', 'commands'],
  summary: 'List the commands, or show one command with examples.',
  usage: 'help [command]',
  examples: ['help', 'help help'],
  recognize(text) {
    return HELP_PHRASES.test(text.trim()) ? { score: LEVEL.explicit, command: 'help' } : null;
  },
  run(input: CommandInput) {
    const registry = input.registry;
    const asked = input.args.join(' ');
    if (asked === '') return overview(registry.commands);
    const found = registry.find(input.args);
    if (found && found.consumed === input.args.length) return detail(found.command);
    if (found) {
      const result = detail(found.command);
      result.blocks.push(note(`\`help\` takes one command name; I ignored the rest.`));
      return result;
    }
    const suggestions = registry.suggest(input.args[0] ?? '');
    return invalidInput(
      'help',
      `There is no command ${echo(asked)}.`,
      '`help` lists every command.',
      suggestions.slice(0, 3).map((name) => ({ label: `help ${name}`, command: `help ${name}` })),
    );
  },
};
