// Bolt's and the Web API client's log lines, through our pino logger (stderr, secrets redacted)
// instead of their console logger on stdout.

import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log.js';

function line(parts: unknown[]): string {
  return parts
    .map((part) => (part instanceof Error ? `${part.name}: ${part.message}` : typeof part === 'string' ? part : JSON.stringify(part)))
    .join(' ');
}

export function boltLogger(log: Logger): BoltLogger {
  return {
    debug: (...msg: unknown[]) => log.isLevelEnabled('debug') && log.debug(line(msg)),
    info: (...msg: unknown[]) => log.info(line(msg)),
    warn: (...msg: unknown[]) => log.warn(line(msg)),
    error: (...msg: unknown[]) => log.error(line(msg)),
    // Our LOG_LEVEL governs; Bolt sets its default level on whatever logger it is given.
    setLevel: () => {},
    getLevel: () => {
      const level = log.level;
      return level === 'debug' || level === 'trace' ? LogLevel.DEBUG : level === 'info' ? LogLevel.INFO : level === 'warn' ? LogLevel.WARN : LogLevel.ERROR;
    },
    setName: () => {},
  };
}
