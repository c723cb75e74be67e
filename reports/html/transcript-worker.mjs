// Entry of the HTML report's worker threads. A worker does not inherit a TypeScript loader
// registered through tsx's API (bin/mystery-shopper.js, vitest), so it registers its own.
import { register } from 'tsx/esm/api';

register();
await import('./transcript-worker.ts');
