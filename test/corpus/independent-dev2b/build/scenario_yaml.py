"""Scenario YAML files (the product's format: only the scored fields plus the required steps)."""
import json, os, zlib


def _y(v):
    return json.dumps(v, ensure_ascii=False)  # JSON scalars/lists are valid YAML flow values


def write_scenarios(domains, folder, sla_of):
    os.makedirs(folder, exist_ok=True)
    for dom in domains:
        for sc in dom["scenarios"]:
            lines = [f"id: {sc['id']}", f"title: {sc['title']}", f"description: {_y('独立开发集 dev2b / ' + dom['label'])}",
                     f"channel: {sc['channel']}"] + ([f"target: {{ phone: \"+8657188{zlib.crc32(sc['id'].encode()) % 1000000:06d}\" }}"] if sc["channel"] == "voice" else []) + [f"persona: {{ name: {sc['persona']} }}", "steps: [ { end: true } ]", "facts:"]
            for fa in sc["facts"]:
                lines.append("  - { " + ", ".join(f"{k}: {_y(fa[k])}" for k in ("key", "label", "expected", "variants", "wrong", "cues")) + " }")
            if sc["info"]:
                lines.append("requiredInfo:")
                for it in sc["info"]:
                    lines.append("  - { " + f"key: {it['key']}, label: {_y(it['label'])}, patterns: {_y(it['patterns'])}" + " }")
            r = sc["req"]
            lines.append("requires: { " + ", ".join(f"{k}: {str(r[k]).lower()}" for k in ("verification", "reference", "empathy", "survey")) + " }")
            s = sla_of(sc)
            lines.append("sla: { " + ", ".join(f"{k}: {v}" for k, v in s.items()) + " }")
            lines.append(f"tags: [independent-dev2b, {dom['key']}]")
            with open(os.path.join(folder, sc["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
