/**
 * Enforces the import rules of ARCHITECTURE.md (run by `npm test`):
 *  - scorers/ imports only types from harness/ (`import type …`);
 *  - reports/ never imports harness/ runtime code (types only);
 *  - nothing outside test/, mocks/, bench/ imports mocks/ (production code never depends on emulators).
 * Exits 1 listing every violation as file:line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface Violation {
  file: string;
  line: number;
  rule: string;
  text: string;
}

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(p).isDirectory()) yield* tsFiles(p);
    else if (/\.(ts|tsx|mts)$/u.test(name)) yield p;
  }
}

/** Static imports, re-exports and dynamic imports with a literal specifier, one per match. */
const IMPORT_RE = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gu;

export function checkFile(file: string, text: string, root = ROOT): Violation[] {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const top = rel.split('/')[0]!;
  const out: Violation[] = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[3] ?? m[4]!;
    if (!spec.startsWith('.')) continue;
    const typeOnly = Boolean(m[2]) && !m[4];
    const target = path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep).join('/');
    const targetTop = target.split('/')[0]!;
    const line = text.slice(0, m.index! + m[0].length).split('\n').length;
    const add = (rule: string) => out.push({ file: rel, line, rule, text: m[0].trim() });
    if (top === 'scorers' && targetTop === 'harness' && !typeOnly) add('scorers/ may import only types from harness/ (use `import type`)');
    if (top === 'reports' && targetTop === 'harness' && !typeOnly) add('reports/ never imports harness/ runtime code (use `import type`)');
    if (targetTop === 'mocks' && !['mocks', 'test', 'bench'].includes(top)) add('production code never imports mocks/');
  }
  return out;
}

export function checkTree(root = ROOT): Violation[] {
  const out: Violation[] = [];
  for (const dir of ['harness', 'scorers', 'reports', 'scenarios', 'scripts']) {
    const abs = path.join(root, dir);
    try {
      statSync(abs);
    } catch {
      continue;
    }
    for (const file of tsFiles(abs)) out.push(...checkFile(file, readFileSync(file, 'utf8'), root));
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const violations = checkTree();
  for (const v of violations) console.error(`${v.file}:${v.line}  ${v.rule}\n    ${v.text}`);
  if (violations.length) {
    console.error(`import rules: ${violations.length} violation(s)`);
    process.exit(1);
  }
  console.log('import rules: ok');
}
