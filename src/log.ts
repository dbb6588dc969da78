// Structured logs with pino, always to stderr (stdout belongs to the shell and `--json`).
// Every line passes through `redactSecrets` before it is written, so a token cannot reach a log
// whichever field, message or error text it hides in.

import { writeSync } from 'node:fs';
import { pino, type Logger as PinoLogger, type LevelWithSilent } from 'pino';

export type Logger = PinoLogger;

/** Shapes of credentials the bot handles, redacted even when they are not the configured ones. */
const SECRET_PATTERNS: RegExp[] = [
  /\bxox[abposre]-[A-Za-z0-9-]+/g, // Slack bot/user/app-config tokens
  /\bxapp-[A-Za-z0-9-]+/g, // Slack app-level tokens (Socket Mode)
  /\b[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}\b/g, // Discord bot tokens
  /(\bBearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi, // Authorization: Bearer … (kubeconfig tokens)
  /(\bBot\s+)[A-Za-z0-9._-]{20,}/g, // Authorization: Bot … (Discord)
];

export const REDACTED = '[redacted]';

/** Replaces known secret values and anything shaped like a token. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 6) out = out.split(secret).join(REDACTED);
  }
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (match, prefix?: unknown) => (typeof prefix === 'string' ? prefix + REDACTED : REDACTED));
  }
  return out;
}

export interface LoggerOptions {
  level?: LevelWithSilent;
  /** Secret values to scrub from every line (tokens and signing secrets from the config). */
  secrets?: readonly string[];
  /** Where lines go; defaults to stderr. Tests pass a collector. */
  write?: (line: string) => void;
  /** Turns a (redacted) JSON line into what is written, e.g. pino-pretty in a terminal. */
  format?: (line: string) => string;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  const write = options.write ?? ((line: string) => void writeSync(2, line));
  const format = options.format ?? ((line: string) => line);
  return pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization'], censor: REDACTED },
    },
    { write: (line: string) => write(format(redactSecrets(line, secrets))) },
  );
}

/** The secret values in a config's environment, for `createLogger({ secrets })`. */
export function secretValues(env: Record<string, unknown>): string[] {
  return ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN']
    .map((key) => env[key])
    .filter((v): v is string => typeof v === 'string');
}

/** Human-readable lines for a terminal (pino-pretty), loaded only when stderr is one. */
export async function terminalFormat(): Promise<(line: string) => string> {
  const { prettyFactory } = await import('pino-pretty');
  const pretty = prettyFactory({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' });
  return (line) => pretty(line);
}
