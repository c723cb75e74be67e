/**
 * npm run bench -- <chat|chat-start|score|voice> [options]
 * Speed and accuracy goals live here (printed figures and ratios), never in unit tests.
 */
const [which = 'help', ...rest] = process.argv.slice(2);

const benches: Record<string, () => Promise<void>> = {
  chat: async () => (await import('./chat.js')).benchChat(rest),
  // Where a chat's start goes (context, binding, init script, page, load), by start mode and gate.
  'chat-start': async () => (await import('./chat-start.js')).benchChatStart(rest),
  // Throughput on 40-turn transcripts, then precision/recall per check against the centre's ground truth.
  score: async () => {
    await (await import('./score.js')).benchScore(rest);
    await (await import('./score-accuracy.js')).benchScoreAccuracy(rest);
  },
  voice: async () => (await import('./voice.js')).benchVoice(rest),
};

const run = benches[which];
if (!run) {
  console.log(`usage: npm run bench -- <${Object.keys(benches).join('|')}> [options]`);
  process.exitCode = which === 'help' ? 0 : 1;
} else {
  await run();
}
