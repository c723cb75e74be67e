#!/usr/bin/env python3
"""Assemble build/src/*.txt (hand-written items, one per line, '|'-separated) into ../phrases.jsonl.

The wording of every item is written by hand in the src files; this script only expands the short
label codes and the channel/domain abbreviations, numbers the items and writes JSON lines.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "phrases.jsonl"

CHANNELS = {"v": "voice", "w": "webchat"}
DOMAINS = {
    "手": "手机/家电品牌售后",
    "旅": "在线旅游(OTA)",
    "会": "视频会员/游戏充值",
    "驾": "驾校/职业培训",
    "物": "小区物业",
    "卡": "ETC/交通一卡通",
}
# probe -> (id prefix, source files, text fields in order, label code -> label name)
PROBES = [
    ("reply", "rp", ["reply-forbidden.txt", "reply-clean.txt"], ["customer", "agent"],
     {"F": "forbidden", "R": "rude", "N": "nonAnswer"}),
    ("complaint", "cp", ["complaint.txt", "complaint-neg.txt"], ["customer", "agent"],
     {"C": "complaint", "E": "empathic"}),
    ("hold", "hd", ["hold.txt"], ["agent", "agentAfter"], {"A": "announced", "T": "thanked"}),
    ("opening", "op", ["opening.txt"], ["agent"], {"G": "greeting", "I": "agentId"}),
    ("closing", "cl", ["closing.txt"], ["agent"], {"K": "closing", "S": "survey"}),
    ("reference", "rf", ["reference.txt"], ["agent"], {"R": "reference"}),
]


def parse_labels(code, names):
    labels = {name: False for name in names.values()}
    category = None
    if code != "-":
        for token in code.split():
            key = token[0]
            if key not in names:
                raise ValueError(f"unknown label code {token!r}")
            labels[names[key]] = True
            if key == "F":
                category = token[1:]
    return labels, category


def main():
    lines = []
    for probe, prefix, files, fields, names in PROBES:
        n = 0
        for fname in files:
            for raw in (HERE / "src" / fname).read_text(encoding="utf-8").splitlines():
                if not raw.strip() or raw.startswith("#"):
                    continue
                parts = raw.split("|")
                if len(parts) != 4 + len(fields):
                    raise ValueError(f"{fname}: wrong field count in {raw!r}")
                ch, dom, code, *texts, why = parts
                labels, category = parse_labels(code.strip(), names)
                n += 1
                item = {"id": f"{prefix}-{n:03d}", "probe": probe, "channel": CHANNELS[ch],
                        "domain": DOMAINS[dom]}
                item.update(dict(zip(fields, texts)))
                item["labels"] = labels
                if category:
                    item["category"] = category
                # In these two probes every all-negative line was written as a look-alike on purpose.
                if probe == "reply" and not any(labels.values()):
                    item["hardNegative"] = True
                if probe == "complaint" and not labels["complaint"]:
                    item["hardNegative"] = True
                item["why"] = why
                lines.append(json.dumps(item, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} items to {OUT}")


if __name__ == "__main__":
    main()
