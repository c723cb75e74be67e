/**
 * Manual capacity check (not part of `vitest run`: it takes minutes and most of the machine):
 * N concurrent web chats of the credit-card-loss demo scenario in one browser against the
 * simulated centre, then outcomes, peak memory and page-clock vs ground-truth lag.
 *
 *   npx tsx test/harness/channels/webchat/scale-check.ts [chats=50] [agents=chats] [timeScale=1]
 *
 * Result on the 2-core dev machine (shared with other work), 200 chats / 200 agents / timeScale 1:
 * 200 completed, 1791 centre messages all captured, lag p50 19 ms, p99 0.75 s, peak ~5.4 GB used.
 */
import { execSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createWebchatChannel } from '../../../../harness/channels/webchat/channel.js';
import { Scenario } from '../../../../harness/scenario/schema.js';
import { readGroundTruth, type MessageRecord } from '../../../../mocks/centre/ground-truth.js';
import { startCentre } from '../../../../mocks/centre/server.js';
import { testConfig, testContext } from './config.js';

const chats = Number(process.argv[2] ?? 50);
const agents = Number(process.argv[3] ?? chats);
const timeScale = Number(process.argv[4] ?? 1);
const groundTruthPath = join(tmpdir(), `webchat-scale-${process.pid}.jsonl`);

const centre = await startCentre({ groundTruthPath, agents, timeScale, seed: 5 });
const channel = await createWebchatChannel(testConfig(centre.url));
const file = join(import.meta.dirname, '../../../../scenarios/demo/credit-card-loss.yaml');
const scenario = { ...Scenario.parse(parse(await readFile(file, 'utf8'))), file, sha256: 'scale-check' };

let peakUsedMb = 0;
const sampler = setInterval(() => {
  const used = Number(execSync("free -m | awk '/Mem:/{print $3}'").toString());
  peakUsedMb = Math.max(peakUsedMb, used);
}, 1000);
const started = Date.now();
const results = await Promise.all(Array.from({ length: chats }, () => channel.place(testContext(scenario))));
clearInterval(sampler);

const outcomes: Record<string, number> = {};
for (const r of results) {
  const key = r.error ? `${r.outcome}:${r.error.code}` : r.outcome;
  outcomes[key] = (outcomes[key] ?? 0) + 1;
}
console.log(`${chats} chats in ${Math.round((Date.now() - started) / 1000)} s`, outcomes, `peak memory used ${peakUsedMb} MB`);

await new Promise((r) => setTimeout(r, 500)); // let the centre's batched writer reach the disk
const truth = (await readGroundTruth(groundTruthPath)).filter((g): g is MessageRecord => g.type === 'message' && g.speaker !== 'customer');
const lags: number[] = [];
let missing = 0;
for (const r of results) {
  for (const m of truth.filter((g) => g.ref === r.contactId)) {
    const turn = r.turns.find((t) => t.speaker === m.speaker && t.text === m.text);
    if (turn) lags.push(r.startedAt + turn.startMs - m.at);
    else missing += 1;
  }
}
lags.sort((a, b) => a - b);
const pct = (p: number) => lags[Math.min(lags.length - 1, Math.floor(lags.length * p))];
console.log(`centre messages ${lags.length + missing}, missing ${missing}, lag ms p50 ${pct(0.5)} p99 ${pct(0.99)} max ${lags.at(-1)}`);
for (const r of results.filter((x) => x.error).slice(0, 3)) console.log(r.contactId, r.error);

await channel.close();
await centre.close();
await rm(groundTruthPath, { force: true });
