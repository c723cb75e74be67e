/**
 * Run the widget zoo on its own, to try the widgets by hand:
 *
 *   npx tsx mocks/widget-zoo/main.ts [--port 4020] [--widget-port 4021] [--truth-log runs/zoo-truth.jsonl]
 *
 * Prints every page's URL; Ctrl-C stops it.
 */
import { parseArgs } from 'node:util';
import { startWidgetZoo } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'widget-port': { type: 'string' },
    'truth-log': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('usage: tsx mocks/widget-zoo/main.ts [--port 4020] [--widget-port 4021] [--truth-log FILE]');
  process.exit(0);
}

function port(name: string, raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`--${name} must be a port number (got "${raw}")`);
    process.exit(2);
  }
  return value;
}

const zoo = await startWidgetZoo({
  port: port('port', values.port, 4020),
  widgetPort: port('widget-port', values['widget-port'], 4021),
  truthLog: values['truth-log'],
});
console.log(`widget zoo: host ${zoo.url}, widgets ${zoo.widgetOrigin}${values['truth-log'] ? `, truth → ${values['truth-log']}` : ''}`);
for (const page of zoo.pages) console.log(`  ${page.id.padEnd(16)} ${zoo.url}${page.path}?ref=manual-${page.id}   ${page.title}`);
const stop = () => void zoo.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
