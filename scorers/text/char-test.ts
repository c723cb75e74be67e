/**
 * Single-character tests remembered by character: a check that walks a line's characters testing each with a regular
 * expression (a clause break? `CLAUSE_BREAK.test(text[i])`) asks the same few characters again on every contact's
 * scripted lines. The answer depends on the one UTF-16 unit alone, so it is decided once per unit, in a table of
 * 65,536 entries per expression (0 undecided, 1 no, 2 yes) — the expression stays the rule, read once per character.
 */

/**
 * `re.test(text[i])`, remembered per UTF-16 unit (for `i` outside `text`, the expression itself on undefined's text, as
 * before). `re` must be neither global nor sticky (its lastIndex would make the answer depend on earlier calls).
 */
export function charTester(re: RegExp): (text: string, i: number) => boolean {
  if (re.global || re.sticky) throw new Error(`charTester: ${re} keeps a lastIndex`);
  const answers = new Uint8Array(65_536);
  return (text, i) => {
    const unit = text.charCodeAt(i);
    if (unit !== unit) return re.test(text[i]!); // NaN: outside the text
    let a = answers[unit]!;
    if (a === 0) answers[unit] = a = re.test(text[i]!) ? 2 : 1;
    return a === 2;
  };
}
