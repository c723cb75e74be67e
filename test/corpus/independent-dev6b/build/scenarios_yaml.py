"""Writes one scenario YAML per hand-written scenario (JSON-style flow values are valid YAML)."""
import json, os


def j(v):
    return json.dumps(v, ensure_ascii=False)


def write_scenarios(all_sc, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for sc in all_sc:
        f, r, q = sc['fact'], sc['requires'], sc['req']
        lines = [f"id: {sc['id']}", f"title: {j(sc['title'])}",
                 f"description: {j('独立语料 independent-dev6b，领域 ' + sc['domain'] + '，机构 ' + sc['org'])}",
                 'channel: [voice, webchat]', f"target: {{ phone: {j(sc['phone'])} }}", f"persona: {{ name: {j('王先生')} }}", 'locale: zh-CN',
                 'steps:', f"  - {{ say: {j(sc['q'][0])} }}", '  - { wait: \".+\" }', '  - { end: true }', 'facts:',
                 f"  - {{ key: {f['key']}, label: {j(f['label'])}, expected: {j(f['expected'])}, variants: {j(f['variants'])}, wrong: {j(f['wrong'])}, cues: {j(f['cues'])} }}",
                 'requiredInfo:', f"  - {{ key: {q['key']}, label: {j(q['label'])}, patterns: [{j(q['pattern'])}] }}",
                 f"requires: {{ verification: {j(r['verification'])}, reference: {j(r['reference'])}, empathy: {j(r['empathy'])}, survey: {j(r['survey'])} }}",
                 f"sla: {{ firstResponseMs: {sc['sla'][0]}, responseLatencyMs: {sc['sla'][1]}, handleTimeMs: 900000 }}",
                 f"tags: [independent-dev6b, {sc['domain']}]"]
        with open(os.path.join(out_dir, sc['id'] + '.yaml'), 'w') as fh:
            fh.write('\n'.join(lines) + '\n')
