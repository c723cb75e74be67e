/**
 * Shared by the digit-shape tests: every vocabulary's hits on each line scanned alone (view caches reset before each
 * scan), what a line must still get when lines of one digit shape share their hits (digit-shape.ts, vocab-scan.ts).
 */
import { vocabHitsInView, type CompiledRubric, type VocabName } from '../../../scorers/context.js';
import { buildView, resetViewCaches } from '../../../scorers/text/view.js';

/** Per line, per vocabulary of `c` (in `Object.keys(c.vocabs)` order), the hits of a scan of that line alone. */
export function hitsAlone(c: CompiledRubric, lines: readonly string[]): ReturnType<typeof vocabHitsInView>[][] {
  const names = Object.keys(c.vocabs) as VocabName[];
  const alone = lines.map((line) =>
    names.map((n) => {
      resetViewCaches();
      return vocabHitsInView(c, n, buildView(line));
    }),
  );
  resetViewCaches();
  return alone;
}
