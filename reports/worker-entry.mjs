// Entry of the reports' worker threads: loads the TypeScript module named in workerData.entry.
// A worker does not inherit a TypeScript loader registered through tsx's API
// (bin/mystery-shopper.js, vitest), so it registers its own.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
