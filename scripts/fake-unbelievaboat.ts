// Runs the test suite's fake UnbelievaBoat API on its own, to try
// /setup economy by hand (README "Economy"), beside npm run fake-discord:
//
//   UB_TOKEN=<any token> npm run fake-unbelievaboat
//
// The token is authorized for the fake Discord's guild (123456789012345678).
// Start the bot with UNBELIEVABOAT_API_URL=<the printed URL> and an
// ENCRYPTION_KEY, then type here, before the next vote:
//   lose          # the next payment is applied and its answer lost
//   503           # the next payment is answered 503 before it is read
//   429 <ms>      # the next payment is answered 429 with retry_after <ms>
//   refuse <ms>   # connections are refused for <ms>
//   balance <user id>
// Every request is printed (never its Authorization header's value).
import { createInterface } from 'node:readline';
import { startFakeUnbelievaBoat } from '../test/support/fake-unbelievaboat.js';

const guildId = process.env.UB_GUILD_ID ?? '123456789012345678';
const token = process.env.UB_TOKEN;
if (!token) {
  console.error('set UB_TOKEN: the token the fake accepts (and you give /setup economy)');
  process.exit(2);
}
const ub = await startFakeUnbelievaBoat({ port: Number(process.env.FAKE_UNBELIEVABOAT_PORT ?? 4998) });
ub.addToken(token, [guildId]);
console.log(`fake UnbelievaBoat at ${ub.url}; the token is authorized for guild ${guildId}`);
let seen = 0;
setInterval(() => {
  for (const r of ub.requests.slice(seen)) {
    const auth = r.authorization === token ? 'the token' : r.authorization ? 'another token' : 'no token';
    console.log(
      `${r.method} ${r.path} (${auth}) -> ${r.status || 'connection dropped'}${r.body ? ` ${JSON.stringify(r.body)}` : ''}`,
    );
  }
  seen = ub.requests.length;
}, 200).unref();

for await (const raw of createInterface({ input: process.stdin })) {
  const [what = '', arg = ''] = raw.trim().split(/\s+/);
  if (what === 'lose') ub.faultNext('lose-answer');
  else if (what === '503') ub.faultNext('unavailable');
  else if (what === '429') ub.faultNext({ rateLimitMs: Number(arg || 1500) });
  else if (what === 'refuse') await ub.refuseFor(Number(arg || 2000));
  else if (what === 'balance') console.log(JSON.stringify(ub.balance(guildId, arg)));
  else if (what) console.log('one of: lose, 503, 429 <ms>, refuse <ms>, balance <user id>');
  if (what) console.log(`ok: ${raw.trim()}`);
}
await ub.close();
