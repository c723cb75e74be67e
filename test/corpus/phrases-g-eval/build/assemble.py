#!/usr/bin/env python3
"""Assemble the hand-written source lines in build/src/*.txt into ../phrases.jsonl.

Each source line is one exchange written by hand; this script only maps the
compact pipe-separated form to JSON (ids, channel and domain names, labels).
No wording is generated here.
"""
import json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "phrases.jsonl"
CHANNELS = {"w": "webchat", "v": "voice"}
DOMAINS = {"证": "证券/基金账户", "家": "家政保洁平台", "车": "网约车出行", "医": "医保经办窗口热线",
           "教": "在线职业教育课程", "快": "同城快递/跑腿", "政": "12345政务服务便民热线"}
# probe -> (id prefix, label names in flag order, text fields after the flags)
PROBES = {
    "reply": ("rp", ["forbidden", "rude", "nonAnswer"], ["category", "customer", "agent"]),
    "complaint": ("cp", ["complaint", "empathic"], ["customer", "agent"]),
    "hold": ("hd", ["announced", "thanked"], ["agent", "agentAfter"]),
    "opening": ("op", ["greeting", "agentId"], ["agent"]),
    "closing": ("cl", ["closing", "survey"], ["customer", "agent"]),
    "reference": ("rf", ["reference"], ["agent"]),
}
SOURCES = [("reply", "reply1.txt"), ("reply", "reply2.txt"), ("reply", "reply3.txt"),
           ("complaint", "complaint.txt"), ("hold", "hold.txt"), ("opening", "opening.txt"),
           ("closing", "closing.txt"), ("reference", "reference.txt")]


def main() -> None:
    counters = {p: 0 for p in PROBES}
    rows = []
    for probe, name in SOURCES:
        prefix, labels, fields = PROBES[probe]
        if not (HERE / "src" / name).exists():
            sys.exit(f"missing source file src/{name}")
        for lineno, raw in enumerate((HERE / "src" / name).read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|")]
            expected = 3 + len(fields) + 1
            if len(parts) != expected:
                sys.exit(f"{name}:{lineno}: {len(parts)} fields, expected {expected}: {line}")
            ch, dom, flags, *rest = parts
            why = rest.pop()
            if len(flags) != len(labels) or set(flags) - {"0", "1"}:
                sys.exit(f"{name}:{lineno}: bad flags {flags!r}")
            counters[probe] += 1
            item = {"id": f"{prefix}-{counters[probe]:03d}", "probe": probe,
                    "channel": CHANNELS[ch], "domain": DOMAINS[dom]}
            for field, value in zip(fields, rest):
                if field == "category":
                    if value != "-":
                        item["category"] = value
                else:
                    item[field] = value
            item["labels"] = {lab: f == "1" for lab, f in zip(labels, flags)}
            if why:
                item["why"] = why
            rows.append(item)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} exchanges to {OUT.name}: {counters}")


if __name__ == "__main__":
    main()
