/**
 * Child-process entry of the voice benchmark's lab (see bench-lab.ts): starts the emulators from
 * the spec in argv[2], announces their URLs and credentials, answers report requests, exits on
 * "close" or when the parent goes away.
 */
import { startBenchLab, type BenchLabMessage, type BenchLabRequest, type BenchLabSpec } from './bench-lab.js';

const send = (m: BenchLabMessage) => process.send?.(m);

try {
  const lab = await startBenchLab(JSON.parse(process.argv[2] ?? '{}') as BenchLabSpec);
  process.on('message', (m: BenchLabRequest) => {
    if (m.type === 'report') {
      void lab.report(m.cps).then((report) => send({ type: 'report', report }), (err: Error) => send({ type: 'error', message: err.message }));
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
