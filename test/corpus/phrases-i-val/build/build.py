#!/usr/bin/env python3
"""Assembler: maps the hand-written source files in this folder to ../phrases.jsonl.
No generation, no templates: every line of text comes verbatim from the .txt sources."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROBES = [  # file, probe, id prefix, label names, text fields
    ("opening.txt", "opening", "op", ["greeting", "agentId"], ["agent"]),
    ("closing.txt", "closing", "cl", ["closing", "survey"], ["agent"]),
    ("hold.txt", "hold", "hd", ["announced", "thanked"], ["agent", "agentAfter"]),
    ("complaint.txt", "complaint", "cp", ["complaint", "empathic"], ["customer", "agent"]),
]
CHANNEL = {"w": "webchat", "v": "voice"}


def rows(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield n, [p.strip() for p in line.split(" | ")]


def main():
    domains = {k: v for _, (k, v) in rows("domains.txt")}
    out = []
    for fname, probe, prefix, labels, fields in PROBES:
        i = 0
        for n, parts in rows(fname):
            want = 3 + len(fields) + 1
            if len(parts) != want:
                sys.exit(f"{fname}:{n}: expected {want} fields, got {len(parts)}")
            ch, dom, bits = parts[0], parts[1], parts[2]
            if len(bits) != 2 or set(bits) - {"0", "1"}:
                sys.exit(f"{fname}:{n}: bad label bits {bits!r}")
            i += 1
            obj = {"id": f"{prefix}-{i:03d}", "probe": probe, "channel": CHANNEL[ch], "domain": domains[dom]}
            texts = parts[3:3 + len(fields)]
            # key order as in the brief: customer, agent, agentAfter
            for key in ("customer", "agent", "agentAfter"):
                if key in fields:
                    obj[key] = texts[fields.index(key)]
            obj["labels"] = {lab: bits[k] == "1" for k, lab in enumerate(labels)}
            obj["why"] = parts[-1] or ("common positive form" if all(obj["labels"].values()) else "")
            if not obj["why"]:
                sys.exit(f"{fname}:{n}: a negative needs a why")
            out.append(obj)
    with open(os.path.join(HERE, "..", "phrases.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} items")


if __name__ == "__main__":
    main()
