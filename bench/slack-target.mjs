// Processes for the Slack benchmark, plain JavaScript so no TypeScript loader runs beside them:
//   node bench/slack-target.mjs sink         stands in for Slack: auth.test and response_url posts
//                                            (GET /count: how many response_url posts so far)
//   node bench/slack-target.mjs bare <sink>  a bare Bolt app in HTTP mode whose /k8s handler only acks
// Each prints its port on stdout and serves until killed. (The bot itself runs as
// `node bin/kube-concierge.js`, exactly as `npm start` does.)
import { createServer } from 'node:http';
import bolt from '@slack/bolt';

export const BENCH_SECRET = 'bench-signing-secret-0123456789';
const [kind, sinkUrl] = process.argv.slice(2);

if (kind === 'sink') {
  let responses = 0;
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/count') {
      res.end(String(responses));
      return;
    }
    if (req.url?.startsWith('/respond/')) responses++;
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(req.url?.endsWith('/auth.test') ? JSON.stringify({ ok: true, user_id: 'UBENCH', bot_id: 'BBENCH' }) : '{"ok":true}');
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => console.log(server.address().port));
} else if (kind === 'bare') {
  const app = new bolt.App({
    token: 'xoxb-bench',
    botId: 'BBENCH',
    botUserId: 'UBENCH',
    signingSecret: BENCH_SECRET,
    logLevel: bolt.LogLevel.ERROR,
    clientOptions: { slackApiUrl: `${sinkUrl}/api/` },
  });
  app.command(/^\/.+/, async ({ ack }) => {
    await ack();
  });
  const server = await app.start(0);
  console.log(server.address().port);
} else {
  console.error('usage: slack-target.mjs sink | bare <sinkUrl>');
  process.exit(2);
}

// Exit normally on a signal, so `--cpu-prof` can write its profile.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(0));
