// The real command, spawned: `bin/kube-concierge.js` (dist/, built by pretest) with a clean
// environment, its output collected, and waits on what it logs instead of sleeps. The fakes it
// talks to run in the test process, so everything here is asynchronous.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../../bin/kube-concierge.js', import.meta.url).pathname;

/** The test runner's environment without anything that would configure the bot. */
export const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|KUBE_CONCIERGE_|KUBECONFIG$|KUBERNETES_|LOG_LEVEL$|PORT$|HOME$)/.test(k)),
);

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Bot {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
  /** Resolves once stderr contains `text`; rejects if the process exits first. */
  stderrHas(text: string): Promise<void>;
  /** Resolves once stdout contains `text`; rejects if the process exits first. */
  stdoutHas(text: string): Promise<void>;
}

export function startBot(args: string[], env: Record<string, string>): Bot {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...cleanEnv, HOME: mkdtempSync(join(tmpdir(), 'kc-home-')), ...env },
    cwd: mkdtempSync(join(tmpdir(), 'kc-run-')),
  });
  let stdout = '';
  let stderr = '';
  const checks: (() => boolean)[] = [];
  const recheck = () => {
    for (const check of checks.splice(0)) if (!check()) checks.push(check);
  };
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    recheck();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    recheck();
  });
  const exited = once(child, 'close').then(([code]) => code as number | null);
  const waitFor = (read: () => string, text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!read().includes(text)) return false;
        resolve();
        return true;
      };
      if (check()) return;
      checks.push(check);
      void exited.then(() => reject(new Error(`exited before printing "${text}"; stderr:\n${stderr}`)));
    });
  return {
    child,
    exited,
    stdout: () => stdout,
    stderr: () => stderr,
    stderrHas: (text) => waitFor(() => stderr, text),
    stdoutHas: (text) => waitFor(() => stdout, text),
  };
}

/** The JSON log lines in `stderr` (every line must be JSON). */
export function logLines(stderr: string): Record<string, unknown>[] {
  return stderr
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
