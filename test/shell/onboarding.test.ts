// The course in the shell as a script drives it: `kube-concierge --json` running, one command line
// in, one JSON reply out, and the next line is the command of the choice a person would press.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { expectWholeCourse, walkCourse, type Screen } from '../course-walk.js';
import { builtInKnowledge } from '../helpers.js';

const bin = new URL('../../bin/kube-concierge.js', import.meta.url).pathname;
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|KUBE_CONCIERGE_|LOG_LEVEL|PORT$)/.test(k)));

interface JsonReply {
  command: string | null;
  text: string;
  blocks: { type: string; options?: { label: string; command: string }[] }[];
  data: Record<string, unknown>;
}

/** A running `kube-concierge --json`: send a line, get its one JSON reply. */
function jsonShell() {
  const child = spawn(process.execPath, [bin, '--json'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    async send(line: string): Promise<JsonReply> {
      child.stdin.write(`${line}\n`);
      const next = await lines.next();
      if (next.done) throw new Error('kube-concierge --json ended early');
      return JSON.parse(next.value) as JsonReply;
    },
    async close(): Promise<number | null> {
      child.stdin.end();
      return new Promise((resolve) => child.on('close', resolve));
    },
  };
}

const screen = (reply: JsonReply): Screen<string> => ({
  text: reply.text,
  buttons: reply.blocks.flatMap((b) => (b.type === 'choices' ? (b.options ?? []) : [])).map((o) => ({ label: o.label, button: o.command })),
});

describe('the course in `kube-concierge --json`', () => {
  it('takes a newcomer through every lesson and the whole quiz by sending choice commands alone', async () => {
    const knowledge = builtInKnowledge();
    const shell = jsonShell();
    const sent: string[] = [];
    const log = await walkCourse(knowledge, screen(await shell.send('learn')), async (command) => {
      sent.push(command);
      return screen(await shell.send(command));
    });
    expect(await shell.close()).toBe(0);
    expectWholeCourse(knowledge, log);
    // Progress and score travel in the commands themselves.
    expect(sent.slice(0, 4)).toEqual(['learn 1', 'quiz lesson 1', 'quiz answer lesson-service-and-clusterip a lesson=1', 'learn 2']);
    expect(sent.at(-1)).toMatch(/^quiz answer externalname-cname [a-e] score=\d+\/35$/);
  });

  it('shows the same lesson in one-shot mode as in the loop', async () => {
    const shell = jsonShell();
    const looped = await shell.send('learn 4');
    await shell.close();
    const once = spawnSync(process.execPath, [bin, '--json', 'learn', '4'], { env, encoding: 'utf8' });
    expect(JSON.parse(once.stdout)).toEqual(looped);
    expect(looped.data).toMatchObject({ lesson: 'nodeport', number: 4 });
  });
});

describe('the policy picks the course', () => {
  const withPolicy = (policy: string, ...words: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-policy-'));
    writeFileSync(join(dir, 'policy.yaml'), policy);
    return spawnSync(process.execPath, [bin, '--config', join(dir, 'policy.yaml'), '--json', ...words], { env, cwd: dir, encoding: 'utf8' });
  };

  it('runs the lessons `course:` lists, in its order', () => {
    const run = withPolicy('course: [ingress, nodeport]\n', 'learn');
    expect(run.status).toBe(0);
    const reply = JSON.parse(run.stdout) as JsonReply;
    expect(reply.data.lessons).toEqual([
      { number: 1, id: 'ingress', title: 'Ingress, controllers and IngressClass' },
      { number: 2, id: 'nodeport', title: 'NodePort, a port on every node' },
    ]);
  });

  it('stops start-up with one line for a lesson that does not exist or a bad setting', () => {
    const missing = withPolicy('course: [ingress, nodeprot]\n', 'learn');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^kube-concierge: \S*policy\.yaml: course: no lesson has the id "nodeprot"; the lessons are service-and-clusterip, /);
    const notList = withPolicy('course: ingress\n', 'learn');
    expect(notList.status).toBe(2);
    expect(notList.stderr).toContain('course: must be a list of lesson ids');
    const typo = withPolicy('welcome: { discordMemberjoin: true }\n', 'learn');
    expect(typo.stderr).toContain('welcome: unknown setting "discordMemberjoin"; valid settings here: discordMemberJoin');
  });
});
