/**
 * The widget part of the scenario format: target.widget (open / frame / prechat), botMessage and
 * typing selectors, wait speakers human / bot, and the handoff step — valid forms load, mistakes
 * are reported with file:line:col and the field.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../harness/scenario/loader.js';

const WIDGET_SCENARIO = `id: w
title: 挂件
channel: webchat
target:
  chatUrl: "{{centre}}/zoo/vendor-launcher"
  widget:
    open:
      - { click: "#cookie-accept", optional: true }
      - "#chat-launcher"
    frame: ["iframe#outer", "iframe#inner"]
    prechat:
      fields: { "#pc-name": "{{persona.name}}", "#pc-phone": "13800001111" }
      submit: "#pc-start"
  selectors:
    input: "[contenteditable=true].composer"
    messages: ".message-list"
    agentMessage: ".msg.agent"
    botMessage: ".msg.bot"
    typing: ".typing-indicator"
persona: { name: 王女士 }
steps:
  - wait: { pattern: 智能助手, speaker: bot }
  - handoff: { say: 转人工, timeoutMs: 120000 }
  - wait: { pattern: 工号, speaker: human }
  - handoff: true
  - handoff: { say: "" }
`;

const problemsOf = (text: string) => parseScenario(text, 'w.yaml').problems.map((p) => `${p.line}:${p.col} ${p.field} ${p.message}`);

describe('widget scenarios', () => {
  it('loads the agreed contract', () => {
    const { scenario, problems } = parseScenario(WIDGET_SCENARIO, 'w.yaml');
    expect(problems).toEqual([]);
    expect(scenario!.target!.widget).toEqual({
      open: [{ click: '#cookie-accept', optional: true }, '#chat-launcher'],
      frame: ['iframe#outer', 'iframe#inner'],
      prechat: { fields: { '#pc-name': '{{persona.name}}', '#pc-phone': '13800001111' }, submit: '#pc-start' },
    });
    expect(scenario!.steps[1]).toEqual({ handoff: { say: '转人工', timeoutMs: 120000 } });
  });

  it('names file:line:col and field for a mistyped widget field, a bad speaker and a bad handoff', () => {
    const text = WIDGET_SCENARIO.replace('submit: "#pc-start"', 'sumbit: "#pc-start"')
      .replace('speaker: human', 'speaker: person')
      .replace('handoff: { say: 转人工, timeoutMs: 120000 }', 'handoff: { say: 转人工, timeout: 120000 }');
    expect(problemsOf(text)).toEqual([
      // A missing field points at its map's first key.
      '12:7 target.widget.prechat.submit required field is missing (expected string)',
      '13:7 target.widget.prechat.sumbit unknown field "sumbit"',
      '23:26 steps.1.handoff.timeout unknown field "timeout"',
      '24:35 steps.2.wait.speaker Invalid option: expected one of "agent"|"human"|"bot"|"ivr"|"any"',
    ]);
  });

  it('rejects an empty frame list and an open entry without a selector', () => {
    const text = WIDGET_SCENARIO.replace('frame: ["iframe#outer", "iframe#inner"]', 'frame: []').replace('- "#chat-launcher"', '- { optional: true }');
    const problems = problemsOf(text);
    expect(problems.some((p) => /^10:\d+ target\.widget\.frame /.test(p))).toBe(true);
    expect(problems.some((p) => /^9:\d+ target\.widget\.open\.1/.test(p))).toBe(true);
  });

  it('checks {{variables}} in pre-chat values and in the hand-off line', () => {
    const text = WIDGET_SCENARIO.replace('"13800001111"', '"{{phone}}"').replace('say: 转人工,', 'say: "{{ask}}",');
    expect(problemsOf(text)).toEqual([
      '23:21 steps.1.handoff.say unknown variable {{ask}}; define it under "variables" (known: persona.name, contactId, centre, runId)',
      '12:62 target.widget.prechat.fields.#pc-phone unknown variable {{phone}} in a pre-chat field value',
    ]);
  });
});
