// `npm run discord:register`: registers `/k8s` with Discord, in one server (DISCORD_GUILD_ID,
// usable at once: good for trying it out) or globally (every server the bot is in, and DMs).
// A PUT is a bulk overwrite: it replaces the application's whole command list in that scope,
// so running it again is safe and removes commands this bot no longer has.
// Settings: DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_GUILD_ID, DISCORD_API_BASE (env or .env).

import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DiscordAPIError, HTTPError, PermissionFlagsBits, REST, RESTJSONErrorCodes, Routes } from 'discord.js';
import { ConfigError, loadConfig, type Env } from '../../config.js';
import { registry as defaultRegistry, type Registry } from '../../core/registry.js';
import { SLASH_COMMAND, slashCommand } from './slash.js';

export const DEFAULT_API_BASE = 'https://discord.com/api';

/** The permissions the bot asks for when invited, each for one thing it does (README: Discord). */
export const INVITE_PERMISSIONS = [
  ['ViewChannel', PermissionFlagsBits.ViewChannel, 'see the channels it is mentioned in'],
  ['SendMessages', PermissionFlagsBits.SendMessages, 'answer mentions'],
  ['SendMessagesInThreads', PermissionFlagsBits.SendMessagesInThreads, 'answer mentions in threads'],
  ['ReadMessageHistory', PermissionFlagsBits.ReadMessageHistory, 'reply to the message that mentioned it'],
  ['EmbedLinks', PermissionFlagsBits.EmbedLinks, "show a long button's command in an embed"],
  ['AttachFiles', PermissionFlagsBits.AttachFiles, 'attach long YAML as a file'],
] as const;

export const INVITE_PERMISSIONS_BITS = INVITE_PERMISSIONS.reduce((sum, [, bit]) => sum | bit, 0n);

/** The OAuth2 URL that adds the bot to a server with the `bot` and `applications.commands` scopes. */
export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot+applications.commands&permissions=${INVITE_PERMISSIONS_BITS}`;
}

export class RegistrationError extends Error {
  override name = 'RegistrationError';
}

type RegisterEnv = Pick<Env, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_BASE'>;

/** Registers `/k8s` and returns what to print (the result and the invite URL); throws ConfigError or RegistrationError (one line each). */
export async function registerSlashCommand(env: RegisterEnv, registry: Registry = defaultRegistry): Promise<string> {
  if (!env.DISCORD_TOKEN) {
    throw new ConfigError('environment: DISCORD_TOKEN is not set; copy the bot token from the developer portal (your application, Bot page)');
  }
  if (!env.DISCORD_APPLICATION_ID) {
    throw new ConfigError('environment: DISCORD_APPLICATION_ID is not set; copy the Application ID from the developer portal (General Information page)');
  }
  const apiBase = env.DISCORD_API_BASE ?? DEFAULT_API_BASE;
  const rest = new REST({ api: apiBase, retries: 1 }).setToken(env.DISCORD_TOKEN);
  const guild = env.DISCORD_GUILD_ID;
  const route = guild ? Routes.applicationGuildCommands(env.DISCORD_APPLICATION_ID, guild) : Routes.applicationCommands(env.DISCORD_APPLICATION_ID);
  try {
    await rest.put(route, { body: [slashCommand(registry)] });
  } catch (error) {
    throw registrationError(error, env, apiBase);
  }
  const done = guild
    ? `Registered /${SLASH_COMMAND} in server ${guild}; it can be used there now.`
    : `Registered /${SLASH_COMMAND} globally: in every server the bot is in, and in DMs with it.`;
  return `${done}\nInvite the bot to a server: ${inviteUrl(env.DISCORD_APPLICATION_ID)}`;
}

function registrationError(error: unknown, env: RegisterEnv, apiBase: string): Error {
  const where = env.DISCORD_GUILD_ID ? `in server ${env.DISCORD_GUILD_ID}` : 'globally';
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    const code = error instanceof DiscordAPIError ? error.code : 0;
    if (error.status === 401) {
      return new ConfigError('environment: DISCORD_TOKEN was rejected by Discord (401 Unauthorized); copy the token again from the developer portal, Bot page');
    }
    if (code === RESTJSONErrorCodes.UnknownApplication) {
      return new ConfigError(`environment: DISCORD_APPLICATION_ID ${env.DISCORD_APPLICATION_ID} is not a Discord application (10002 Unknown Application)`);
    }
    if (code === RESTJSONErrorCodes.UnknownGuild) {
      return new ConfigError(`environment: DISCORD_GUILD_ID ${env.DISCORD_GUILD_ID} is not a server this bot can see (10004 Unknown Guild)`);
    }
    if (error.status === 403) {
      return new RegistrationError(
        env.DISCORD_GUILD_ID
          ? `Discord refused to register /${SLASH_COMMAND} ${where} (403 Missing Access): invite the bot to that server with the applications.commands scope (README: Discord), and check DISCORD_GUILD_ID`
          : `Discord refused to register /${SLASH_COMMAND} ${where} (403 Missing Access): check that DISCORD_APPLICATION_ID is the application this DISCORD_TOKEN belongs to`,
      );
    }
    return new RegistrationError(`Discord refused to register /${SLASH_COMMAND} ${where}: ${error.status} ${error.message}`);
  }
  const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  return new RegistrationError(`cannot reach Discord at ${apiBase}${cause ? ` (${cause})` : ''}`);
}

/** The script: exit 0 when registered, 2 for a missing or bad setting, 1 when Discord refused. */
export async function main(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Promise<number> {
  try {
    const config = loadConfig({ env, cwd });
    process.stdout.write(`${await registerSlashCommand(config.env)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof RegistrationError) {
      process.stderr.write(`kube-concierge: ${error.message}\n`);
      return error instanceof ConfigError ? 2 : 1;
    }
    throw error;
  }
}

function runAsScript(): boolean {
  const argv1 = process.argv[1];
  if (argv1 === undefined) return false;
  try {
    return realpathSync(argv1) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (runAsScript()) process.exitCode = await main();
