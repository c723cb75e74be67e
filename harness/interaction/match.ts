/**
 * Text matching used while a script runs (wait-for, branch). Scorers have their own, fuller
 * normalisation (numerals, pinyin); here we only make regexes robust to width and spacing, which is
 * what chat widgets and speech recognisers vary most.
 */

/** NFKC folds full-width letters/digits/punctuation to half width; CJK-internal spaces are ASR noise. */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const cache = new Map<string, RegExp>();

/** Compile a scenario pattern (validated at load time) once; case-insensitive and unicode-aware. */
export function compilePattern(source: string): RegExp {
  let re = cache.get(source);
  if (!re) {
    re = new RegExp(normaliseForMatch(source), 'iu');
    cache.set(source, re);
  }
  return re;
}

export function matches(pattern: string, text: string): boolean {
  return compilePattern(pattern).test(normaliseForMatch(text));
}

/** Replace `{{name}}` / `{{persona.name}}` from the given variables; unknown names are left as is. */
export function interpolate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/gu, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** The `{{name}}` references in a template. */
export function templateNames(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/gu)].map((m) => m[1]!);
}
