/**
 * The scenario skeleton `probe` writes: YAML following the chat-widget contract (target.widget,
 * target.selectors), every guessed selector with a comment saying how sure probe is and why, and
 * TODO lines where the user must fill something in. Written as text rather than through a YAML
 * library because the comments are the point of the file.
 */
import type { Guess, ProbeFindings } from './types.js';

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s: string) => JSON.stringify(s);

function note(g: Guess): string {
  return `# ${g.confidence}: ${g.why}${g.quality === 'fragile' ? ' — FRAGILE (position-based), replace it' : ''}`;
}

/** `{{centre}}` + path: the zoo and a real centre both set `centre` to the site's origin. */
export function chatUrlOf(url: string): { chatUrl: string; centre: string } {
  const u = new URL(url);
  u.searchParams.delete('ref');
  const rest = `${u.pathname}${u.search}${u.hash}`;
  return { chatUrl: `{{centre}}${rest === '/' ? '' : rest}`, centre: u.origin };
}

export function scenarioIdOf(url: string): string {
  const u = new URL(url);
  const slug = `${u.hostname}${u.pathname}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `probe-${slug || 'chat'}`.slice(0, 60).replace(/-+$/, '');
}

function selectorLine(key: string, g: Guess | undefined, todo: string, pad = '    '): string[] {
  if (g) return [`${pad}${key}: ${q(g.selector)}   ${note(g)}`];
  return [`${pad}# ${key}: TODO — ${todo}`];
}

export interface SkeletonOptions {
  /** Lines the customer says; the first --send lines, else a greeting. */
  lines: string[];
  /** When the skeleton was written (ISO), for the header. */
  writtenAt: string;
}

export function buildSkeleton(f: ProbeFindings, opts: SkeletonOptions): string {
  const { chatUrl, centre } = chatUrlOf(f.url);
  const out: string[] = [
    '# yaml-language-server: $schema=./schema.json',
    `# Written by \`mystery-shopper probe ${f.url}\` at ${opts.writtenAt}.`,
    '# Each selector was found by heuristics and checked to match exactly the intended element(s)',
    '# on the page at that moment; the comment after it says how sure probe is (high/medium/low)',
    '# and why. Lines with TODO need you. Then: npx mystery-shopper validate <this file>',
    `id: ${scenarioIdOf(f.url)}`,
    `title: ${q(`网页聊天 ${new URL(f.url).host}（probe 生成，待核对）`)}`,
    'channel: webchat',
    'target:',
    `  chatUrl: ${q(chatUrl)}   # run with --centre ${centre}`,
  ];
  const open: string[] = [];
  if (f.consent) open.push(`      - { click: ${q(f.consent.selector)}, optional: true }   ${note(f.consent)}`);
  if (f.launcher && f.launcherOpensWindow) open.push(`      - { click: ${q(f.launcher.selector)}, popup: true }   ${note(f.launcher)}; opens the chat in a new window`);
  else if (f.launcher) open.push(`      - ${q(f.launcher.selector)}   ${note(f.launcher)}`);
  if (open.length || f.frames.length || f.prechat) {
    out.push('  widget:');
    if (open.length) out.push('    open:', ...open);
    if (f.frames.length === 1) out.push(`    frame: ${q(f.frames[0]!.selector)}   ${note(f.frames[0]!)}`);
    if (f.frames.length > 1) {
      out.push('    frame:   # nested iframes, outermost first');
      for (const fr of f.frames) out.push(`      - ${q(fr.selector)}   ${note(fr)}`);
    }
    if (f.prechat) {
      out.push(`    prechat:   # ${f.prechat.submitted ? 'probe filled and submitted this form' : 'TODO: not submitted by probe (only with --send); check the fields'}`);
      out.push('      fields:');
      for (const field of f.prechat.fields) {
        const label = field.label ? ` "${field.label.slice(0, 30)}"` : '';
        if (field.value !== undefined) out.push(`        ${q(field.selector)}: ${q(field.value)}   # ${field.kind} field${label}`);
        else out.push(`        # ${q(field.selector)}: TODO   # ${field.kind} field${label}${field.required ? ', required' : ''}: probe does not fill these`);
      }
      out.push(...selectorLine('submit', f.prechat.submit, 'the button that starts the chat', '      '));
    }
  } else if (!f.input) {
    out.push('  # widget: TODO — probe found neither a chat on the page nor a launcher that opens one');
  }
  out.push('  selectors:');
  out.push(...(f.input ? selectorLine('input', f.input, '') : [`    input: "TODO"   # TODO: the text box the customer types into`]));
  if (f.send) out.push(...selectorLine('send', f.send, ''));
  else if (f.input) out.push('    # send: none found — the harness presses Enter in the input' + (f.sent.some((s) => s.delivered) ? ' (Enter delivered the probe line)' : ''));
  out.push(...(f.messages ? selectorLine('messages', f.messages, '') : [`    messages: "TODO"   # TODO: the element containing the messages`]));
  const agent = f.roles.agentMessage;
  out.push(...(agent ? selectorLine('agentMessage', agent, '') : [`    agentMessage: "TODO"   # TODO: a human agent's message (see the report)`]));
  out.push(...selectorLine('botMessage', f.roles.botMessage, 'optional: an automated assistant\'s message'));
  out.push(...selectorLine('customerMessage', f.roles.customerMessage, 'optional: the customer\'s own message (confirms delivery)'));
  out.push(...selectorLine('systemMessage', f.roles.systemMessage, 'optional: notices (queue, 已为您转接人工…)'));
  out.push(...selectorLine('text', f.text, 'optional: inside a message, the element(s) holding its text'));
  out.push(...selectorLine('typing', f.typing, 'optional: the agent-is-typing indicator'));
  if (f.end) out.push(...selectorLine('end', f.end, ''));
  out.push('persona:', `  name: 测试访客`);
  out.push('steps:');
  out.push('  - wait: { pattern: ".", timeoutMs: 30000, optional: true }   # a greeting, if the centre sends one');
  const lines = opts.lines.length ? opts.lines : ['你好，我想咨询一下。'];
  const handoff = lines.findIndex((l) => /转人工|人工/.test(l));
  lines.forEach((line, i) => {
    if (i === handoff && f.roles.botMessage) {
      out.push(`  - handoff: { say: ${q(line)}, timeoutMs: 120000 }   # waits for the first human-agent message`);
      return;
    }
    out.push(`  - say: ${q(line)}`, '  - wait: { pattern: ".", timeoutMs: 30000 }   # TODO: the answer you expect (a regex)');
  });
  if (f.roles.botMessage && handoff < 0) {
    out.push('  - handoff: { say: 转人工, timeoutMs: 120000 }   # a bot answers first: ask for a human agent');
  }
  out.push('  - say: 好的，谢谢，再见。', '  - end: true');
  if (f.todo.length) {
    out.push('# TODO (from the probe report):');
    for (const t of f.todo) out.push(`#  - ${t}`);
  }
  return `${out.join('\n')}\n`;
}
