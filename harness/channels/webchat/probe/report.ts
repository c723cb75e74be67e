/**
 * The short report `probe` prints: what it found, how sure it is of each part, and what the user
 * must check — in that order, one line per part, so it fits a terminal.
 */
import { verdictOf, type Guess, type ProbeFindings } from './types.js';

const MARK = { high: '✓', medium: '~', low: '?' } as const;

function line(label: string, g: Guess | undefined, missing: string): string {
  if (!g) return `  ✗ ${label.padEnd(16)} ${missing}`;
  return `  ${MARK[g.confidence]} ${label.padEnd(16)} ${g.selector}   (${g.confidence}: ${g.why})`;
}

export interface ReportFiles {
  scenario?: string;
  screenshot?: string;
}

export function formatReport(f: ProbeFindings, files: ReportFiles = {}): string {
  const out: string[] = [`probe ${f.url}`];
  const verdict = verdictOf(f);
  out.push(verdict === 'usable' ? 'found a usable chat' : 'found part of a chat — the skeleton has TODOs');
  out.push('');
  if (f.consent) out.push(line('consent banner', f.consent, ''));
  if (f.launcher) out.push(line('launcher', f.launcher, ''));
  else if (f.frames.length || f.input) out.push('  · launcher         none needed: the chat is on the page');
  else out.push(line('launcher', undefined, f.launcherAlternatives.length ? `clicked ${f.launcherAlternatives.map((l) => l.selector).join(', ')}; none opened a chat` : 'nothing that looks like a chat button'));
  f.frames.forEach((fr, i) => out.push(line(f.frames.length > 1 ? `frame ${i + 1}` : 'frame', fr, '')));
  if (f.prechat) {
    const fields = f.prechat.fields.map((x) => `${x.kind}${x.value === undefined ? '(not filled)' : ''}`).join(', ');
    out.push(`  ${f.prechat.submitted ? '✓' : '?'} ${'pre-chat form'.padEnd(16)} ${f.prechat.fields.length} fields (${fields})${f.prechat.submitted ? ', filled and submitted' : ', NOT submitted (needs --send)'}`);
  }
  out.push(line('input', f.input, 'no text box found'));
  out.push(f.send ? line('send', f.send, '') : f.input ? '  · send             none: Enter sends' : line('send', undefined, '—'));
  out.push(line('messages', f.messages, 'no message list found'));
  out.push(line('agentMessage', f.roles.agentMessage, 'not learnt'));
  for (const [label, g] of [['botMessage', f.roles.botMessage], ['customerMessage', f.roles.customerMessage], ['systemMessage', f.roles.systemMessage], ['text', f.text], ['typing', f.typing], ['end', f.end]] as const) {
    if (g) out.push(line(label, g, ''));
  }
  for (const s of f.sent) out.push(`  ${s.delivered ? '→' : '✗'} sent ${JSON.stringify(s.text)}: ${s.delivered ? 'shown in the chat' : 'NOT shown'}, ${s.replies} new bubble(s) after it`);
  for (const [role, texts] of Object.entries(f.samples)) if (texts?.length) out.push(`    ${role}: ${texts.map((t) => JSON.stringify(t)).join(' · ')}`);
  if (f.closedShadowHosts.length) {
    out.push(`  ✗ closed shadow root(s) at ${f.closedShadowHosts.join(', ')}: the harness cannot see inside; ask the vendor for an open-mode or iframe embed`);
  }
  if (f.todo.length) {
    out.push('', 'check:');
    for (const t of f.todo) out.push(`  - ${t}`);
  }
  if (files.scenario || files.screenshot) out.push('');
  if (files.scenario) out.push(`wrote ${files.scenario}`);
  if (files.screenshot) out.push(`wrote ${files.screenshot}`);
  return `${out.join('\n')}\n`;
}
