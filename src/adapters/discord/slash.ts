// The `/k8s` slash command: its definition for registration and its autocomplete, both made from
// the registry's own data (command names, usage, summaries and examples), as the discord.js
// guide has a command's data feed both help and registration.

import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type ApplicationCommandOptionChoiceData,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Registry } from '../../core/registry.js';
import { AUTOCOMPLETE_CHOICE_MAX, AUTOCOMPLETE_CHOICES_MAX, COMMAND_DESCRIPTION_MAX, STRING_OPTION_MAX } from './limits.js';

export const SLASH_COMMAND = 'k8s';
export const COMMAND_OPTION = 'command';

/** `start` followed by as many items as fit in `max` characters, ending in "…" when some did not. */
function listWithin(start: string, items: readonly string[], max: number): string {
  let text = start;
  for (const [i, item] of items.entries()) {
    const next = `${text}${i === 0 ? '' : ', '}${item}`;
    const reserve = i === items.length - 1 ? 0 : 3; // room for ", …" if a later item does not fit
    if (next.length + reserve > max) return `${text}, …`;
    text = next;
  }
  return text;
}

export function commandDescription(registry: Registry): string {
  return listWithin('Kubernetes networking help: ', registry.commands.map((c) => c.name), COMMAND_DESCRIPTION_MAX);
}

export function optionDescription(registry: Registry): string {
  // One example per command, the commands other than `help` first: they show what the bot does.
  const examples = [...registry.commands]
    .sort((a, b) => Number(a.name === 'help') - Number(b.name === 'help'))
    .map((c) => c.examples[0])
    .filter((e): e is string => e !== undefined);
  return listWithin('A command or a question, e.g. ', examples, COMMAND_DESCRIPTION_MAX);
}

/** The `/k8s` command as Discord's API takes it (PUT /applications/{app}/commands). */
export function slashCommand(registry: Registry): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(SLASH_COMMAND)
    .setDescription(commandDescription(registry))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((option) =>
      option
        .setName(COMMAND_OPTION)
        .setDescription(optionDescription(registry))
        .setRequired(false)
        .setAutocomplete(true)
        .setMaxLength(STRING_OPTION_MAX),
    )
    .toJSON();
}

function clip(text: string): string {
  return text.length <= AUTOCOMPLETE_CHOICE_MAX ? text : `${text.slice(0, AUTOCOMPLETE_CHOICE_MAX - 1)}…`;
}

/**
 * Suggestions for what the user has typed so far: command names (shown with usage and summary)
 * and examples, best matches first. Typing is never restricted to these: Discord sends whatever
 * the user enters.
 */
export function autocomplete(registry: Registry, typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const query = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  const firstWord = query.split(' ')[0] ?? '';
  const scored: { choice: ApplicationCommandOptionChoiceData<string>; score: number; order: number }[] = [];
  const seen = new Set<string>();
  const add = (name: string, value: string, score: number) => {
    if (score < 0 || value.length === 0 || value.length > AUTOCOMPLETE_CHOICE_MAX || seen.has(value)) return;
    seen.add(value);
    scored.push({ choice: { name: clip(name), value }, score, order: scored.length });
  };
  for (const command of registry.commands) {
    const words = [command.name, ...command.aliases];
    const score = query === '' ? 0 : words.some((w) => w.startsWith(query)) ? 0 : words.includes(firstWord) ? 1 : -1;
    add(`${command.usage} — ${command.summary}`, command.name, score);
  }
  if (query !== '') {
    for (const command of registry.commands) {
      for (const example of command.examples) {
        const lower = example.toLowerCase();
        add(example, example, lower.startsWith(query) ? 1 : lower.includes(query) ? 2 : -1);
      }
    }
  }
  return scored
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, AUTOCOMPLETE_CHOICES_MAX)
    .map((s) => s.choice);
}
