/**
 * Child-process entry of the chat benchmark's lab (see chat-bench-lab.ts): starts the centre or
 * zoo page from the spec in argv[2], announces its URL, answers report requests, exits on "close"
 * or when the parent goes away.
 */
import { startChatBenchLab, type ChatBenchLabMessage, type ChatBenchLabRequest, type ChatBenchLabSpec } from './chat-bench-lab.js';

const send = (m: ChatBenchLabMessage) => process.send?.(m);

try {
  const lab = await startChatBenchLab(JSON.parse(process.argv[2] ?? '{}') as ChatBenchLabSpec);
  process.on('message', (m: ChatBenchLabRequest) => {
    if (m.type === 'report') {
      void lab.report().then((report) => send({ type: 'report', report }), (err: Error) => send({ type: 'error', message: err.message }));
    } else if (m.type === 'close') {
      void lab.close().finally(() => process.exit(0));
    }
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', info: lab.info });
} catch (err) {
  send({ type: 'error', message: (err as Error).message });
  process.exit(1);
}
