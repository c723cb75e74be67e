/**
 * The in-page half of `probe` as one installable script: the three parts (dom-script.ts,
 * scan-script.ts, watch-script.ts) share one `P` object, exposed as `window.__msProbe` in each
 * document it is evaluated in. Installing twice is harmless (the first install stays).
 */
import { PROBE_DOM_SCRIPT } from './dom-script.js';
import { PROBE_SCAN_SCRIPT } from './scan-script.js';
import { PROBE_WATCH_SCRIPT } from './watch-script.js';
import { PROBE_VOCABULARY, type ProbeVocabulary } from './vocabulary.js';

/** The name on `window`; unusual enough not to clash with a widget's globals. */
export const PROBE_GLOBAL = '__msProbe';

export function probeScript(vocabulary: ProbeVocabulary = PROBE_VOCABULARY): string {
  const cfg = JSON.stringify({ vocabulary });
  return `(function (cfg) {
  if (window.${PROBE_GLOBAL}) return true;
${PROBE_DOM_SCRIPT}
${PROBE_SCAN_SCRIPT}
${PROBE_WATCH_SCRIPT}
  window.${PROBE_GLOBAL} = P;
  return true;
})(${cfg})`;
}

/** An expression calling one in-page helper with JSON arguments (no functions cross over). */
export function probeCall(name: string, ...args: unknown[]): string {
  return `window.${PROBE_GLOBAL}.${name}(${args.map((a) => JSON.stringify(a ?? null)).join(', ')})`;
}
