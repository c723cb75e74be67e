"""Scenario YAML (only the fields the product scores; strings JSON-quoted, which YAML accepts)."""
import json

PHONES = {"bank": "+861055500101", "telecom": "+861055500102", "ecom": "+861055500103", "gov": "+861055500104",
          "util": "+861055500105", "ins": "+861055500106"}


def q(x):
    return json.dumps(x, ensure_ascii=False)


def scenario_yaml(sc):
    lines = [f"id: {sc['id']}", f"title: {q(sc['title'])}", "channel: [voice, webchat]",
             f"persona: {{ name: {q(sc['persona'])} }}",
             # fictitious test numbers (the corpus is imported, never dialled); the format requires one for voice
             f"target: {{ phone: {q(PHONES[sc['id'].split('-')[0]])} }}", "steps: [ { end: true } ]", "facts:"]
    for f in sc["facts"]:
        lines.append(f"  - key: {f['key']}")
        lines.append(f"    label: {q(f['label'])}")
        lines.append(f"    expected: {q(f['expected'])}")
        for k in ("variants", "wrong", "cues"):
            if f.get(k):
                lines.append(f"    {k}: [{', '.join(q(v) for v in f[k])}]")
    if sc["req"]:
        lines.append("requiredInfo:")
        for it in sc["req"]:
            lines.append(f"  - {{ key: {it['key']}, label: {q(it['label'])}, patterns: [{', '.join(q(x) for x in it['patterns'])}] }}")
    r = sc["requires"]
    lines.append("requires: { " + ", ".join(f"{k}: {str(r[k]).lower()}" for k in ("verification", "reference", "empathy", "survey")) + " }")
    if sc["sla"]:
        lines.append("sla: { " + ", ".join(f"{k}: {v}" for k, v in sc["sla"].items()) + " }")
    return "\n".join(lines) + "\n"
