#!/usr/bin/env python3
"""Assemble phrases.jsonl from the hand-written source files in build/src/.

Each source line is pipe-separated; this script only maps the short codes
(channel, domain, 0/1 flags) to JSON. No wording is generated here.
Run from anywhere: python3 build/assemble.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "phrases.jsonl"

CHANNELS = {"w": "webchat", "v": "voice"}
DOMAINS = {
    "tel": "通信5G套餐与携号转网",
    "sec": "证券开户与交易",
    "ins": "人寿保险保全",
    "air": "航空公司常旅客",
    "utl": "水电燃气营业厅预约",
    "gov": "12345城管噪音投诉",
    "xb": "跨境电商与海淘",
}
# probe -> (id prefix, text fields after channel/domain/flags, label names)
PROBES = {
    "reply": ("rp", ["customer", "agent"], ["forbidden", "rude", "nonAnswer"]),
    "complaint": ("cp", ["customer", "agent"], ["complaint", "empathic"]),
    "hold": ("hd", ["agent", "agentAfter"], ["announced", "thanked"]),
    "opening": ("op", ["agent"], ["greeting", "agentId"]),
    "closing": ("cl", ["agent"], ["closing", "survey"]),
    "reference": ("rf", ["agent"], ["reference"]),
}


def parse(probe, line_no, line):
    prefix, text_fields, labels = PROBES[probe]
    parts = [p.strip() for p in line.split("|")]
    # layout: ch | dom | flags | [category, reply only] | text fields... | why
    ch, dom, flags = parts[0], parts[1], parts[2]
    rest = parts[3:]
    item = {"probe": probe, "channel": CHANNELS[ch], "domain": DOMAINS[dom]}
    category = None
    if probe == "reply":
        category, rest = rest[0], rest[1:]
    if len(rest) != len(text_fields) + 1:
        raise SystemExit(f"{probe}:{line_no}: expected {len(text_fields)+1} fields after flags, got {len(rest)}: {line}")
    for name, value in zip(text_fields, rest):
        item[name] = value
    if len(flags) != len(labels) or set(flags) - {"0", "1"}:
        raise SystemExit(f"{probe}:{line_no}: bad flags {flags!r}")
    item["labels"] = {name: flag == "1" for name, flag in zip(labels, flags)}
    if category and category != "-":
        item["category"] = category
    if rest[-1]:
        item["why"] = rest[-1]
    return item


def main():
    items = []
    for probe, (prefix, _, _) in PROBES.items():
        src = HERE / "src" / f"{probe}.txt"
        if not src.exists():
            print(f"warning: {src.name} missing, skipped")
            continue
        n = 0
        for line_no, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            n += 1
            item = parse(probe, line_no, line)
            items.append({"id": f"{prefix}-{n:03d}", **item})
    with OUT.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {OUT}")


if __name__ == "__main__":
    main()
