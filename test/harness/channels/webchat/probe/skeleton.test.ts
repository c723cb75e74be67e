/** The skeleton and the report are pure functions of the findings: checked without a browser. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatReport } from '../../../../../harness/channels/webchat/probe/report.js';
import { buildSkeleton, chatUrlOf, scenarioIdOf } from '../../../../../harness/channels/webchat/probe/skeleton.js';
import { verdictOf, type ProbeFindings } from '../../../../../harness/channels/webchat/probe/types.js';

function findings(extra: Partial<ProbeFindings> = {}): ProbeFindings {
  return {
    url: 'https://shop.example.cn/help/chat?lang=zh&ref=probe-1',
    launcherAlternatives: [],
    frames: [],
    sendByEnter: false,
    roles: {},
    samples: {},
    sent: [],
    closedShadowHosts: [],
    todo: [],
    ...extra,
  };
}

const FULL = findings({
  consent: { selector: '#cookie-accept', confidence: 'medium', why: 'in a cookie banner' },
  launcher: { selector: 'button[aria-label="在线客服"]', confidence: 'high', why: 'opened the chat' },
  frames: [
    { selector: 'iframe#outer', confidence: 'high', why: 'holds the chat' },
    { selector: "iframe[title='chat']", confidence: 'high', why: 'holds the chat' },
  ],
  prechat: {
    fields: [
      { selector: '#pc-name', kind: 'name', label: '姓名', required: true, value: '{{persona.name}}' },
      { selector: '#pc-city', kind: 'select', label: '城市', required: true },
    ],
    submit: { selector: '#pc-start', confidence: 'medium', why: '"开始咨询"' },
    submitted: true,
  },
  input: { selector: '[contenteditable="true"]', confidence: 'high', why: 'contenteditable' },
  sendByEnter: true,
  messages: { selector: 'ul[role="log"]', confidence: 'high', why: 'role=log' },
  roles: {
    agentMessage: { selector: '.msg.agent', confidence: 'high', why: 'named' },
    botMessage: { selector: '.msg.bot', confidence: 'high', why: 'named' },
    customerMessage: { selector: '[data-from="visitor"]', confidence: 'high', why: 'the line appeared' },
  },
  typing: { selector: 'div:nth-of-type(2) > span', confidence: 'low', why: 'shown', quality: 'fragile' },
  end: { selector: 'button[aria-label="结束会话"]', confidence: 'medium', why: 'not clicked' },
  sent: [{ text: '你好', delivered: true, replies: 2 }],
});

describe('buildSkeleton', () => {
  it('writes the contract: widget.open (consent optional), nested frames, prechat, selectors, Enter when no send button', () => {
    const doc = parse(buildSkeleton(FULL, { lines: ['你好'], writtenAt: 't' }));
    expect(doc.id).toBe('probe-shop-example-cn-help-chat');
    expect(doc.target.chatUrl).toBe('{{centre}}/help/chat?lang=zh');
    expect(doc.target.widget.open).toEqual([{ click: '#cookie-accept', optional: true }, 'button[aria-label="在线客服"]']);
    expect(doc.target.widget.frame).toEqual(['iframe#outer', "iframe[title='chat']"]);
    expect(doc.target.widget.prechat).toEqual({ fields: { '#pc-name': '{{persona.name}}' }, submit: '#pc-start' });
    expect(doc.target.selectors).toEqual({
      input: '[contenteditable="true"]', messages: 'ul[role="log"]', agentMessage: '.msg.agent', botMessage: '.msg.bot',
      customerMessage: '[data-from="visitor"]', typing: 'div:nth-of-type(2) > span', end: 'button[aria-label="结束会话"]',
    });
  });

  it('comments every guess with its confidence, flags fragile selectors and unfilled fields', () => {
    const text = buildSkeleton(FULL, { lines: [], writtenAt: 't' });
    expect(text).toContain('agentMessage: ".msg.agent"   # high: named');
    expect(text).toMatch(/typing: .*# low: shown — FRAGILE/);
    expect(text).toMatch(/# "#pc-city": TODO .*select field "城市", required/);
    expect(text).toContain('# send: none found — the harness presses Enter');
  });

  it('hands over to a human when a bot answers: the 转人工 line becomes a handoff step, or one is added', () => {
    const withLine = parse(buildSkeleton(FULL, { lines: ['你好', '转人工'], writtenAt: 't' }));
    expect(withLine.steps).toContainEqual({ handoff: { say: '转人工', timeoutMs: 120000 } });
    expect(withLine.steps.filter((s: object) => 'handoff' in s)).toHaveLength(1);
    const added = parse(buildSkeleton(FULL, { lines: ['你好'], writtenAt: 't' }));
    expect(added.steps.filter((s: object) => 'handoff' in s)).toHaveLength(1);
    const noBot = parse(buildSkeleton(findings({ input: FULL.input!, messages: FULL.messages!, roles: { agentMessage: FULL.roles.agentMessage! } }), { lines: ['转人工'], writtenAt: 't' }));
    expect(noBot.steps.some((s: object) => 'handoff' in s)).toBe(false);
    expect(noBot.steps.at(-1)).toEqual({ end: true });
  });

  it('a page where nothing was found still gives a file that parses, with the required selectors as TODO', () => {
    const text = buildSkeleton(findings({ todo: ['no chat and no chat button found on this page'] }), { lines: [], writtenAt: 't' });
    const doc = parse(text);
    expect(doc.target.selectors).toEqual({ input: 'TODO', messages: 'TODO', agentMessage: 'TODO' });
    expect(doc.target.widget).toBeUndefined();
    expect(text).toContain('#  - no chat and no chat button found on this page');
  });

  it('chatUrlOf / scenarioIdOf: {{centre}} + path without the probe ref; a valid scenario id', () => {
    expect(chatUrlOf('http://127.0.0.1:4010/zoo/iframe?ref=probe-x')).toEqual({ chatUrl: '{{centre}}/zoo/iframe', centre: 'http://127.0.0.1:4010' });
    expect(chatUrlOf('https://kefu.example.cn/')).toEqual({ chatUrl: '{{centre}}', centre: 'https://kefu.example.cn' });
    expect(scenarioIdOf('https://客服.example.cn/在线/')).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });
});

describe('verdictOf and formatReport', () => {
  it('usable needs input, messages, the human agent, and a submitted pre-chat form', () => {
    expect(verdictOf(FULL)).toBe('usable');
    expect(verdictOf({ ...FULL, roles: { botMessage: FULL.roles.botMessage! } })).toBe('partial');
    expect(verdictOf({ ...FULL, prechat: { ...FULL.prechat!, submitted: false } })).toBe('partial');
    expect(verdictOf(findings())).toBe('partial');
  });

  it('prints one line per part with its confidence, the lines sent and what to check', () => {
    const text = formatReport({ ...FULL, todo: ['agentMessage: check these are a human agent\'s bubbles'] }, { scenario: 's.yaml', screenshot: 's.png' });
    expect(text).toContain('found a usable chat');
    expect(text).toMatch(/✓ launcher +button\[aria-label="在线客服"\]/);
    expect(text).toMatch(/✓ frame 2 +iframe\[title='chat'\]/);
    expect(text).toMatch(/\? typing .*\(low: shown\)/);
    expect(text).toContain('· send             none: Enter sends');
    expect(text).toContain('→ sent "你好": shown in the chat, 2 new bubble(s) after it');
    expect(text).toMatch(/check:\n  - agentMessage: check/);
    expect(text).toMatch(/wrote s\.yaml\nwrote s\.png\n$/);
  });
});
