"""Writes one scenario YAML per topic. Values are emitted as JSON (a YAML subset) so quoting is exact."""
import json, os
from speech import speak_numbers


def _with_spoken(values):
    out = []
    for v in values:
        for form in (v, speak_numbers(v)):
            if form not in out:
                out.append(form)
    return out


def write_scenarios(folder, topics):
    os.makedirs(folder, exist_ok=True)
    j = lambda v: json.dumps(v, ensure_ascii=False)
    for t in topics:
        fact = t['fact']
        variants = [v for v in _with_spoken([fact['expected']] + fact['variants']) if v != fact['expected']]
        lines = [
            f"id: {t['id']}",
            f"title: {j(t['title'])}",
            f"description: {j('独立语料 independent-dev3a，领域 ' + t['domain'] + '，机构 ' + t['org'])}",
            'channel: [voice, webchat]',
            # fictional centre number (reserved-looking 010 5555 range); the corpus is imported, never dialled
            f"target: {{ phone: \"+861055550{100 + topics.index(t)}\" }}",
            f"persona: {{ name: {j(t['persona'])} }}",
            'locale: zh-CN',
            'steps: [ { end: true } ]',
            'facts:',
            f"  - {{ key: {fact['key']}, label: {j(fact['label'])}, expected: {j(fact['expected'])}, variants: {j(variants)}, "
            f"wrong: {j(_with_spoken(fact['wrong']))}, cues: {j(fact['cues'])} }}",
        ]
        if t['req']:
            lines.append('requiredInfo:')
            for item in t['req']:
                lines.append(f"  - {{ key: {item['key']}, label: {j(item['label'])}, patterns: {j(item['patterns'])} }}")
        lines.append(f"requires: {{ verification: {j(t['verify'])}, reference: {j(t['ref'])}, empathy: false, survey: {j(t['survey'])} }}")
        lines.append('sla: { firstResponseMs: 30000, responseLatencyMs: 30000, handleTimeMs: 600000 }')
        lines.append(f"tags: [independent-dev3a, {t['domain']}]")
        with open(os.path.join(folder, t['id'] + '.yaml'), 'w') as fh:
            fh.write('\n'.join(lines) + '\n')
