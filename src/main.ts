// Parses the command line, loads and validates the configuration, and starts what was asked
// for: a one-shot command, the `--json` loop, or the shell. Nothing here runs on import.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Config, Env } from './config.js';
import type { Runtime } from './core/context.js';
import type { ClusterProblemEvent, Metrics } from './http/metrics.js';
import { ConfigError, DRAIN_MS, StartupError, type RunningService } from './lifecycle.js';
import type { Logger } from './log.js';

// Everything else is imported when first needed, so that `--help`, `--version` and a bad option
// answer without loading the schemas, the knowledge or the clients.

export const USAGE = `Usage: kube-concierge [options] [command words…]

With command words: run that one command, print the reply and exit.
Without: the chat adapters when Slack or Discord credentials are set (until
SIGINT/SIGTERM); otherwise an interactive shell (a terminal), or one reply per
input line. SIGTERM lets the reply in progress finish, then exits 0.

Options:
  --json              read commands one per line, write one JSON object per line
  --config <file>     the policy file (or KUBE_CONCIERGE_CONFIG)
  --channel <id>      act as this channel for the policy (default: shell)
  --serve web         serve Slack in HTTP mode on PORT only (the Procfile's web;
                      needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, no SLACK_APP_TOKEN)
  --serve worker      serve the outbound connections only: Slack Socket Mode
                      (SLACK_APP_TOKEN) and/or Discord (DISCORD_TOKEN)
  --check-config      validate the environment, .env, policy file and knowledge, then exit
  --cluster-dump <f>  read the cluster from a kubectl YAML dump instead of the API
  --version           print the version
  --help              this text

Examples:
  kube-concierge
  kube-concierge help
  printf 'help\\nexplain nodeport\\n' | kube-concierge --json`;

/** Which chat connections a process serves: web = Slack HTTP mode, worker = Socket Mode and Discord. */
export type ServeRole = 'web' | 'worker';

export interface CliOptions {
  json: boolean;
  config?: string;
  channel: string;
  /** `--serve web|worker`: serve chat, only that part of it; unset: whatever has credentials. */
  serve?: ServeRole;
  /** `--cluster-dump <file>`: a kubectl YAML dump to read instead of the live API. */
  clusterDump?: string;
  help: boolean;
  version: boolean;
  checkConfig: boolean;
  /** Command words for one-shot mode, joined by spaces. */
  words: string[];
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const VALUE_OPTIONS = new Set(['--config', '--channel', '--cluster-dump', '--serve']);
const SWITCHES = new Set(['--json', '--help', '-h', '--version', '--check-config']);

/**
 * Options come first; the first word that is not one of ours starts the command, so
 * `kube-concierge service api -n payments` passes `-n` to the command.
 */
export function parseCli(argv: readonly string[]): CliOptions {
  const options: CliOptions = { json: false, channel: 'shell', help: false, version: false, checkConfig: false, words: [] };
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
      else if (name === '--serve') {
        if (value !== 'web' && value !== 'worker') throw new UsageError(`--serve takes web or worker, not ${JSON.stringify(value)}`);
        options.serve = value;
      } else options.channel = value;
    } else if (SWITCHES.has(name) && eq < 0) {
      if (name === '--json') options.json = true;
      else if (name === '--version') options.version = true;
      else if (name === '--check-config') options.checkConfig = true;
      else options.help = true;
    } else {
      throw new UsageError(`unknown option ${arg}; see --help`);
    }
  }
  options.words = argv.slice(i);
  if (options.serve !== undefined && (options.words.length > 0 || options.json)) {
    throw new UsageError('--serve starts the chat adapters; it takes neither command words nor --json');
  }
  return options;
}

/** What a chat process serves: Slack in one mode or not at all, Discord or not. */
export interface ChatPlan {
  slack: 'http' | 'socket' | null;
  discord: boolean;
  /** Credentials present but left to the other process type, for the start-up log. */
  leftToOthers: string[];
}

/**
 * The chat connections to start. SLACK_APP_TOKEN present means Socket Mode, absent (with the
 * signing secret) HTTP mode (PRODUCT.md). `--serve` narrows it, because a PaaS gives every
 * process type the same environment: `web` serves Slack's HTTP mode and nothing else, `worker`
 * the outbound connections (Socket Mode, Discord) and nothing else, so no chat is served twice.
 */
export function planChat(env: Env, role: ServeRole | undefined): ChatPlan {
  const slackMode = env.SLACK_BOT_TOKEN === undefined ? null : env.SLACK_APP_TOKEN !== undefined ? 'socket' : 'http';
  const discord = env.DISCORD_TOKEN !== undefined;
  if (role === undefined) return { slack: slackMode, discord, leftToOthers: [] };
  if (role === 'web') {
    if (env.SLACK_BOT_TOKEN === undefined || env.SLACK_SIGNING_SECRET === undefined) {
      const missing = [env.SLACK_BOT_TOKEN === undefined ? 'SLACK_BOT_TOKEN' : null, env.SLACK_SIGNING_SECRET === undefined ? 'SLACK_SIGNING_SECRET' : null];
      throw new ConfigError(`--serve web runs Slack in HTTP mode and needs ${missing.filter((m) => m !== null).join(' and ')} (the app's Basic Information page)`);
    }
    if (slackMode === 'socket') {
      throw new ConfigError('--serve web runs Slack in HTTP mode, but SLACK_APP_TOKEN is set, which selects Socket Mode; unset it, or run --serve worker instead');
    }
    return { slack: 'http', discord: false, leftToOthers: discord ? ['discord (--serve worker)'] : [] };
  }
  if (slackMode !== 'socket' && !discord) {
    throw new ConfigError('--serve worker runs Slack Socket Mode (SLACK_APP_TOKEN) and/or Discord (DISCORD_TOKEN), and neither is set');
  }
  return { slack: slackMode === 'socket' ? 'socket' : null, discord, leftToOthers: slackMode === 'http' ? ['slack HTTP mode (--serve web)'] : [] };
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export interface RuntimeOptions {
  /** `--cluster-dump <file>`: read the cluster from this file instead of the API. */
  clusterDump?: string | undefined;
  /** Every failed read of the live cluster (metrics). */
  onClusterProblem?: ((event: ClusterProblemEvent) => void) | undefined;
}

/**
 * Everything the core needs that outlives one request: policy, logger, knowledge, the decision
 * tree and the cluster source. A broken knowledge file throws KnowledgeError or TreeError, a bad
 * dump file ConfigError. The live source connects on first use, so start-up never waits for (or
 * imports) the Kubernetes client.
 */
export async function buildRuntime(config: Config, defaultLevel: 'info' | 'warn', options: RuntimeOptions = {}): Promise<Runtime> {
  const [{ createLogger, secretValues, terminalFormat }, { loadKnowledge }] = await Promise.all([import('./log.js'), import('./knowledge/index.js')]);
  const log = createLogger({
    level: config.env.LOG_LEVEL ?? defaultLevel,
    secrets: secretValues(config.env),
    // JSON for machines; readable lines when a person watches the terminal.
    format: process.stderr.isTTY ? await terminalFormat() : undefined,
  });
  const knowledge = loadKnowledge({ overlay: knowledgeOverlay(config), course: config.policy.course, policyFile: config.policyFile });
  const runtime: Runtime = { policy: config.policy, hasPolicyFile: config.policyFile !== null, log, knowledge };
  if (options.clusterDump !== undefined) {
    const { loadClusterDump } = await import('./cluster/dump.js');
    const dump = loadClusterDump(options.clusterDump);
    if (Object.keys(dump.skipped).length > 0) log.info({ skipped: dump.skipped }, 'cluster dump: skipped kinds the bot does not read');
    runtime.cluster = dump;
  } else {
    const { createLiveSource } = await import('./cluster/live.js');
    const live = createLiveSource({ kubeconfig: config.env.KUBECONFIG, log, onProblem: options.onClusterProblem });
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

/** What `--check-config` prints when everything is valid (a `--serve` role that cannot start throws ConfigError). */
export function describeConfig(config: Config, role?: ServeRole): string {
  const plan = planChat(config.env, role);
  const platforms = [
    plan.slack ? `slack (${plan.slack === 'socket' ? 'socket mode' : `HTTP mode on port ${config.env.PORT}`})` : null,
    plan.discord ? 'discord' : null,
  ].filter((p): p is string => p !== null);
  const policy = config.policy;
  return [
    `configuration OK`,
    `policy file: ${config.policyFile ?? 'none (the shell sees every namespace, chat channels none)'}`,
    `chat${role ? ` (--serve ${role})` : ''}: ${platforms.length > 0 ? platforms.join(', ') : 'none (the local shell starts)'}`,
    ...(plan.leftToOthers.length > 0 ? [`left to the other process: ${plan.leftToOthers.join(', ')}`] : []),
    `channels with namespace access: ${Object.keys(policy.channels).length}; default namespaces: ${policy.defaultNamespaces.length > 0 ? policy.defaultNamespaces.join(', ') : 'none'}`,
    `onboarding channels: ${policy.onboardingChannels.length}`,
  ].join('\n');
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
    const { loadConfig } = await import('./config.js');
    config = loadConfig({ configFile: cli.config });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
      process.stderr.write(`kube-concierge: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  // Chat credentials (or --serve) and no command words: serve chat instead of the shell.
  let plan: ChatPlan;
  let runtime: Runtime;
  let metrics: Metrics | undefined;
  try {
    plan = planChat(config.env, cli.serve);
    const chat = cli.serve !== undefined || (cli.words.length === 0 && !cli.json && (plan.slack !== null || plan.discord));
    if (chat && !cli.checkConfig) metrics = (await import('./http/metrics.js')).createMetrics();
    // The shell's user reads stderr in the same terminal, so only warnings show by default there.
    runtime = await buildRuntime(config, chat ? 'info' : 'warn', { clusterDump: cli.clusterDump, onClusterProblem: metrics?.clusterProblem });
    if (cli.checkConfig) {
      process.stdout.write(describeConfig(config, cli.serve) + '\n');
      return 0;
    }
  } catch (error) {
    const { KnowledgeError, TreeError } = await import('./knowledge/index.js');
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

  if (metrics !== undefined) return runChat(config, runtime, { plan, metrics });

  const shell = await import('./adapters/shell/index.js');
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  // SIGTERM: the reply in progress is finished and written, nothing after it is read, exit 0.
  // (Ctrl-C keeps its usual meaning in a terminal.)
  const stopper = new AbortController();
  const signals = onStopSignals(['SIGTERM'], runtime.log, (signal) => {
    runtime.log.info({ signal }, 'stopping after the reply in progress');
    stopper.abort();
  });
  const io = { runtime, channel: cli.channel, input: process.stdin, output: process.stdout, color, stop: stopper.signal };
  try {
    if (cli.words.length > 0) return await shell.runOnce(cli.words.join(' '), { ...io, json: cli.json });
    if (cli.json) {
      await shell.runJsonLines(io);
      return 0;
    }
    const interactive = process.stdin.isTTY === true;
    await shell.runShell({ ...io, interactive, historyFile: interactive ? shell.DEFAULT_HISTORY_FILE : null });
    return 0;
  } finally {
    signals.dispose();
  }
}

/** Exit code after a second stop signal (128 + SIGTERM's number, as a shell reports it). */
const FORCED_EXIT_CODE = 143;
/** After stopping, anything still holding the event loop open (an idle keep-alive socket) gets this long. */
const EXIT_GRACE_MS = 2000;

/**
 * Calls `stop` on the first of `signals`. A second signal exits at once; a stop that takes longer
 * than DRAIN_MS plus a margin exits with 1. `dispose` removes the handlers and, if a signal came,
 * makes sure the process exits soon even if a socket lingers.
 */
export function onStopSignals(signals: NodeJS.Signals[], log: Logger, stop: (signal: NodeJS.Signals) => void): { dispose(): void } {
  let received = false;
  let hardStop: NodeJS.Timeout | undefined;
  const handler = (signal: NodeJS.Signals) => {
    if (received) {
      log.warn({ signal }, 'second stop signal: exiting now');
      process.exit(FORCED_EXIT_CODE);
    }
    received = true;
    hardStop = setTimeout(() => {
      log.error({ waitedMs: DRAIN_MS + 5000 }, 'could not stop in time; exiting');
      process.exit(1);
    }, DRAIN_MS + 5000);
    hardStop.unref();
    stop(signal);
  };
  for (const signal of signals) process.on(signal, handler);
  return {
    dispose() {
      for (const signal of signals) process.off(signal, handler);
      clearTimeout(hardStop);
      if (received) setTimeout(() => process.exit(process.exitCode ?? 0), EXIT_GRACE_MS).unref();
    },
  };
}

export interface ChatOptions {
  plan: ChatPlan;
  /** Fed by the core, the cluster source and the adapters; served at /metrics. */
  metrics: Metrics;
}

/**
 * Starts the chat adapters of `plan` and the HTTP routes (/healthz, /readyz, /metrics on PORT:
 * Slack's HTTP mode serves them on its own port, otherwise a small server of their own), then
 * serves until SIGINT or SIGTERM. Stopping: /readyz says so, every service stops taking events
 * and finishes the answers in flight (at most DRAIN_MS), connections close. Resolves to the exit
 * code: 0 after a signal, 2 for a bad setting, 1 when something could not start.
 */
export async function runChat(config: Config, baseRuntime: Runtime, options: ChatOptions): Promise<number> {
  const { plan, metrics } = options;
  const runtime: Runtime = { ...baseRuntime, observe: metrics.observe };
  const [{ clusterCheck, knowledgeCheck, Readiness }, { redactSecrets, secretValues }] = await Promise.all([import('./http/health.js'), import('./log.js')]);
  const readiness = new Readiness('starting');
  readiness.add(knowledgeCheck(runtime));
  readiness.add(clusterCheck(runtime));
  const services: RunningService[] = [];
  const stopAll = () => Promise.allSettled(services.map((s) => s.stop()));
  const port = config.env.PORT;
  try {
    if (plan.slack !== null) {
      const { startSlack } = await import('./adapters/slack/index.js');
      // Serves the routes itself: beside /slack/events, or beside the socket on PORT.
      services.push(await startSlack(config, runtime, { metrics, readiness }));
    } else {
      const [{ listenRoutes, listenError }, { serviceRoutes }] = await Promise.all([import('./http/server.js'), import('./http/routes.js')]);
      const server = await listenRoutes(port, serviceRoutes(metrics, readiness)).catch((error: unknown) => {
        throw listenError(error, port) ?? error;
      });
      services.push({ name: `http :${server.port}`, stop: () => server.close() });
    }
    if (plan.discord) {
      const { startDiscord } = await import('./adapters/discord/index.js');
      services.push(await startDiscord(config, runtime, { metrics, readiness }));
    }
  } catch (error) {
    await stopAll();
    if (error instanceof ConfigError || error instanceof StartupError) {
      process.stderr.write(`kube-concierge: ${redactSecrets(error.message, secretValues(config.env))}\n`);
      return error instanceof ConfigError ? 2 : 1;
    }
    throw error;
  }
  readiness.phase = 'serving';
  // Learn early whether the cluster answers (and load its client), rather than on the first probe.
  void runtime.cluster?.probe?.();
  runtime.log.info(
    { services: services.map((s) => s.name), ...(plan.leftToOthers.length > 0 ? { leftToOthers: plan.leftToOthers } : {}) },
    'serving; SIGINT or SIGTERM stops',
  );
  let stopping!: (signal: NodeJS.Signals) => void;
  const signalled = new Promise<NodeJS.Signals>((resolve) => {
    stopping = resolve;
  });
  const signals = onStopSignals(['SIGINT', 'SIGTERM'], runtime.log, (signal) => stopping(signal));
  const signal = await signalled;
  readiness.phase = 'stopping';
  runtime.log.info({ signal, drainMs: DRAIN_MS }, 'stopping: no new events; finishing the answers in flight');
  await stopAll();
  runtime.log.info('stopped');
  signals.dispose();
  return 0;
}
