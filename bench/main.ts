/**
 * npm run bench -- <chat|chat-start|widget-start|chat-idle|score|score-throughput|score-corpus|score-phrases|voice|faults|report|report-html|queue|load> [options]
 * Speed and accuracy goals live here (printed figures and ratios), never in unit tests.
 */
const [which = 'help', ...rest] = process.argv.slice(2);

const benches: Record<string, () => Promise<void>> = {
  chat: async () => (await import('./chat.js')).benchChat(rest),
  // Where a chat's start goes (context, binding, init script, page, load), by start mode and gate.
  'chat-start': async () => (await import('./chat-start.js')).benchChatStart(rest),
  // What opening a vendor-launcher widget costs per step (CPU by process, CDP messages), and an idle chat.
  'widget-start': async () => {
    process.env.DEBUG = 'pw:protocol'; // before Playwright loads: the bench counts the messages it logs
    return (await import('./widget-start.js')).benchWidgetStart(rest);
  },
  // What open chats cost while idle, by number of chats and process kind, with and without an animation in their frames.
  'chat-idle': async () => (await import('./chat-idle.js')).benchChatIdle(rest),
  // Throughput on 40-turn transcripts, then precision/recall per check against the centre's ground truth.
  // …and side by side on the independent labelled corpora (test/corpus/), which is the figure that counts.
  score: async () => {
    await (await import('./score.js')).benchScore(rest);
    await (await import('./score-accuracy.js')).benchScoreAccuracy(rest);
    console.log('');
    await (await import('./score-corpus.js')).benchScoreCorpus([]);
    console.log('');
    await (await import('./score-phrases.js')).benchScorePhrases([]);
  },
  // The throughput part of `score` alone (its accuracy benches take minutes): --cold-passes N for a steadier cold figure.
  'score-throughput': async () => (await import('./score.js')).benchScore(rest),
  'score-corpus': async () => (await import('./score-corpus.js')).benchScoreCorpus(rest),
  // The vocabulary checks on the phrase banks: hundreds of wordings per category, written apart.
  'score-phrases': async () => (await import('./score-phrases.js')).benchScorePhrases(rest),
  voice: async () => (await import('./voice.js')).benchVoice(rest),
  // A voice campaign while the emulators inject faults: completed, retried, failed, duplicated (0), lost (0).
  faults: async () => (await import('./faults.js')).benchFaults(rest),
  // Every file report (html, xlsx, junit, json) for 10,000 synthetic 40-turn contacts: time, CPU and peak RSS per format (targets < 5 s, < 500 MB).
  report: async () => (await import('./report.js')).benchReport(rest),
  'report-html': async () => (await import('./report-html.js')).benchReportHtml(rest),
  // What the Redis queue adds over placing in-process: start lag and Redis commands per contact.
  queue: async () => (await import('./queue.js')).benchQueue(rest),
  // Chat against 20 agents, voice against 10 lines: knee vs truth, counts vs the centre's, overhead, timing.
  load: async () => (await import('./load.js')).benchLoad(rest),
};

const run = benches[which];
if (!run) {
  console.log(`usage: npm run bench -- <${Object.keys(benches).join('|')}> [options]`);
  process.exitCode = which === 'help' ? 0 : 1;
} else {
  await run();
}
