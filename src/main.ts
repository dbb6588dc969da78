// Parses the command line, loads and validates the configuration, and starts what was asked
// for: a one-shot command, the `--json` loop, or the shell. Nothing here runs on import.

import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadClusterDump } from './cluster/dump.js';
import { createLiveSource } from './cluster/live.js';
import { chatPlatforms, ConfigError, loadConfig, type Config } from './config.js';
import type { Runtime } from './core/context.js';
import { KnowledgeError, loadKnowledge, TreeError } from './knowledge/index.js';
import { StartupError, type RunningService } from './lifecycle.js';
import { createLogger, secretValues } from './log.js';

export const USAGE = `Usage: kube-concierge [options] [command words…]

With command words: run that one command, print the reply and exit.
Without: an interactive shell (a terminal), or one reply per input line.

Options:
  --json              read commands one per line, write one JSON object per line
  --config <file>     the policy file (or KUBE_CONCIERGE_CONFIG)
  --channel <id>      act as this channel for the policy (default: shell)
  --cluster-dump <f>  read the cluster from a kubectl YAML dump instead of the API
  --version           print the version
  --help              this text

Examples:
  kube-concierge
  kube-concierge help
  printf 'help\\nexplain nodeport\\n' | kube-concierge --json`;

export interface CliOptions {
  json: boolean;
  config?: string;
  channel: string;
  /** `--cluster-dump <file>`: a kubectl YAML dump to read instead of the live API. */
  clusterDump?: string;
  help: boolean;
  version: boolean;
  /** Command words for one-shot mode, joined by spaces. */
  words: string[];
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const VALUE_OPTIONS = new Set(['--config', '--channel', '--cluster-dump']);
const SWITCHES = new Set(['--json', '--help', '-h', '--version']);

/**
 * Options come first; the first word that is not one of ours starts the command, so
 * `kube-concierge service api -n payments` passes `-n` to the command.
 */
export function parseCli(argv: readonly string[]): CliOptions {
  const options: CliOptions = { json: false, channel: 'shell', help: false, version: false, words: [] };
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      if (name === '--config') options.config = value;
      else if (name === '--cluster-dump') options.clusterDump = value;
      else options.channel = value;
    } else if (SWITCHES.has(name) && eq < 0) {
      if (name === '--json') options.json = true;
      else if (name === '--version') options.version = true;
      else options.help = true;
    } else {
      throw new UsageError(`unknown option ${arg}; see --help`);
    }
  }
  options.words = argv.slice(i);
  return options;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export interface RuntimeOptions {
  /** `--cluster-dump <file>`: read the cluster from this file instead of the API. */
  clusterDump?: string | undefined;
}

/**
 * Everything the core needs that outlives one request: policy, logger, knowledge, the decision
 * tree and the cluster source. A broken knowledge file throws KnowledgeError or TreeError, a bad
 * dump file ConfigError. The live source connects on first use, so start-up never waits for (or
 * imports) the Kubernetes client.
 */
export async function buildRuntime(config: Config, defaultLevel: 'info' | 'warn', options: RuntimeOptions = {}): Promise<Runtime> {
  const log = createLogger({ level: config.env.LOG_LEVEL ?? defaultLevel, secrets: secretValues(config.env) });
  const knowledge = loadKnowledge({ overlay: knowledgeOverlay(config) });
  const runtime: Runtime = { policy: config.policy, hasPolicyFile: config.policyFile !== null, log, knowledge };
  if (options.clusterDump !== undefined) {
    const dump = loadClusterDump(options.clusterDump);
    if (Object.keys(dump.skipped).length > 0) log.info({ skipped: dump.skipped }, 'cluster dump: skipped kinds the bot does not read');
    runtime.cluster = dump;
  } else {
    const live = createLiveSource({ kubeconfig: config.env.KUBECONFIG, log });
    if (live) runtime.cluster = live;
  }
  return runtime;
}

/** The policy's `knowledge:` folder, relative to the policy file's own folder. */
export function knowledgeOverlay(config: Config): string | undefined {
  const folder = config.policy.knowledge;
  if (folder === undefined) return undefined;
  return resolve(config.policyFile === null ? process.cwd() : dirname(config.policyFile), folder);
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let cli: CliOptions;
  let config: Config;
  try {
    cli = parseCli(argv);
    if (cli.help) {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (cli.version) {
      process.stdout.write(version() + '\n');
      return 0;
    }
    config = loadConfig({ configFile: cli.config });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
      process.stderr.write(`kube-concierge: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  // Chat credentials and no command words: serve the chat platforms instead of the shell.
  const platforms = chatPlatforms(config.env);
  const chat = cli.words.length === 0 && !cli.json && (platforms.slack || platforms.discord);
  // The shell's user reads stderr in the same terminal, so only warnings show by default there.
  let runtime: Runtime;
  try {
    runtime = await buildRuntime(config, chat ? 'info' : 'warn', { clusterDump: cli.clusterDump });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof KnowledgeError || error instanceof TreeError) {
      process.stderr.write(`kube-concierge: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  process.on('unhandledRejection', (reason) => runtime.log.error({ err: reason }, 'unhandled rejection'));
  // A closed pipe (`kube-concierge --json | head -1`) ends the run quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });

  if (chat) return runChat(config, runtime);

  const shell = await import('./adapters/shell/index.js');
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const io = { runtime, channel: cli.channel, input: process.stdin, output: process.stdout, color };
  if (cli.words.length > 0) return shell.runOnce(cli.words.join(' '), { ...io, json: cli.json });
  if (cli.json) {
    await shell.runJsonLines(io);
    return 0;
  }
  const interactive = process.stdin.isTTY === true;
  await shell.runShell({ ...io, interactive, historyFile: interactive ? shell.DEFAULT_HISTORY_FILE : null });
  return 0;
}

/**
 * Starts every chat adapter that has credentials, serves until SIGINT or SIGTERM, then stops them.
 * A start-up failure prints one line and gives exit code 2 (a bad setting) or 1.
 */
export async function runChat(config: Config, runtime: Runtime): Promise<number> {
  const services: RunningService[] = [];
  try {
    if (config.env.DISCORD_TOKEN) {
      const { startDiscord } = await import('./adapters/discord/index.js');
      services.push(await startDiscord(config, runtime));
    }
  } catch (error) {
    await Promise.allSettled(services.map((s) => s.stop()));
    if (error instanceof ConfigError || error instanceof StartupError) {
      process.stderr.write(`kube-concierge: ${error.message}\n`);
      return error instanceof ConfigError ? 2 : 1;
    }
    throw error;
  }
  if (services.length === 0) {
    process.stderr.write('kube-concierge: no chat adapter in this build can use the configured credentials\n');
    return 2;
  }
  runtime.log.info({ services: services.map((s) => s.name) }, 'serving; stop with Ctrl-C or SIGTERM');
  const [signal] = await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  runtime.log.info({ signal }, 'stopping');
  await Promise.allSettled(services.map((s) => s.stop()));
  return 0;
}
