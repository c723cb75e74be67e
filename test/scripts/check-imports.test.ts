import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, checkTree } from '../../scripts/check-imports.js';

const root = '/repo';
const at = (rel: string) => path.join(root, rel);

describe('import rules', () => {
  it('lets scorers import only types from harness', () => {
    expect(checkFile(at('scorers/a.ts'), `import type { Interaction } from '../harness/interaction/types.js';`, root)).toEqual([]);
    const v = checkFile(at('scorers/a.ts'), `import x from 'yaml';\nimport { InputError } from '../harness/errors.js';`, root);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ file: 'scorers/a.ts', line: 2 });
  });

  it('keeps reports off harness runtime and production code off mocks', () => {
    expect(checkFile(at('reports/x/r.ts'), `import { RunStore } from '../../harness/store/run-store.js';`, root)).toHaveLength(1);
    expect(checkFile(at('harness/cli/d.ts'), `const m = await import('../../mocks/centre/server.js');`, root)).toHaveLength(1);
    expect(checkFile(at('test/e2e/d.ts'), `import { startCentre } from '../../mocks/centre/server.js';`, root)).toEqual([]);
  });

  it('holds for this repository', () => {
    expect(checkTree()).toEqual([]);
  });
});
