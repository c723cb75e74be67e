#!/usr/bin/env python3
"""Assemble the hand-written phrase sources (build/src/*.txt, one item per line,
'|'-separated) into ../phrases.jsonl. No wording is generated here: every
customer/agent text is copied verbatim from the sources; this script only adds
ids, expands short codes and turns 0/1 flags into booleans."""
import json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
DOMAINS = {
    "car": "汽车金融/车贷", "bike": "共享单车/电动车", "med": "在线医疗问诊平台",
    "house": "房产中介/二手房", "gym": "健身房/美容院会员", "abroad": "留学/出入境咨询",
    "bank": "农村信用社/邮储银行",
}
CHANNELS = {"w": "webchat", "v": "voice"}
# probe -> (id prefix, source files, column names after ch|dom)
LAYOUT = {
    "reply": ("rp", ["reply1.txt", "reply2.txt", "reply3.txt"],
              ["forbidden", "rude", "nonAnswer", "category", "customer", "agent", "why"]),
    "complaint": ("cp", ["complaint.txt"], ["complaint", "empathic", "customer", "agent", "why"]),
    "hold": ("hd", ["hold.txt"], ["announced", "thanked", "agent", "agentAfter", "why"]),
    "opening": ("op", ["opening.txt"], ["greeting", "agentId", "agent", "why"]),
    "closing": ("cl", ["closing.txt"], ["closing", "survey", "agent", "why"]),
    "reference": ("rf", ["reference.txt"], ["reference", "agent", "why"]),
}
TEXT_FIELDS = {"customer", "agent", "agentAfter"}


def rows(path):
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            yield n, line.split("|")


def main():
    out = []
    for probe, (prefix, files, cols) in LAYOUT.items():
        count = 0
        for name in files:
            src = HERE / "src" / name
            if not src.exists():
                continue
            for n, parts in rows(src):
                if len(parts) != 2 + len(cols):
                    sys.exit(f"{name}:{n}: expected {2 + len(cols)} fields, got {len(parts)}")
                count += 1
                item = {"id": f"{prefix}-{count:03d}", "probe": probe,
                        "channel": CHANNELS[parts[0]], "domain": DOMAINS[parts[1]]}
                labels = {}
                for col, val in zip(cols, parts[2:]):
                    val = val.strip()  # only outer whitespace; inner wording untouched
                    if col == "category":
                        if val:
                            item["category"] = val
                    elif col in TEXT_FIELDS or col == "why":  # text copied verbatim, outer spaces trimmed
                        if val:
                            item[col] = val
                    else:
                        if val not in ("0", "1"):
                            sys.exit(f"{name}:{n}: label {col} must be 0/1, got {val!r}")
                        labels[col] = val == "1"
                item["labels"] = labels
                out.append(item)
    target = HERE.parent / "phrases.jsonl"
    target.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in out), encoding="utf-8")
    print(f"wrote {len(out)} items to {target}")


if __name__ == "__main__":
    main()
