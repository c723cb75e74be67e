#!/usr/bin/env python3
"""Assemble the hand-written source tables in build/src/*.txt into ../phrases.jsonl.

The wordings are all hand-written in the .txt tables; this script only maps the
compact columns (channel letter, domain letter, label flags) onto the JSON schema,
so there is no template or generated wording anywhere.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "phrases.jsonl"

CHANNELS = {"w": "webchat", "v": "voice"}
DOMAINS = {
    "车": "网约车/出租车平台",
    "监": "12315 市场监管投诉",
    "12315": "12315 市场监管投诉",
    "气": "城市燃气",
    "银": "银行理财/基金销售",
    "卖": "外卖平台",
    "教": "高校/教育考试咨询",
    "宠": "宠物医院/家政服务",
    "家": "宠物医院/家政服务",
}

# probe -> (source file, id prefix, text columns, label names in flag order, flag letters)
PROBES = [
    ("reply", "reply1.txt", "rp", ["customer", "agent"], ["forbidden", "rude", "nonAnswer"], "FRN"),
    ("reply", "reply2.txt", "rp", ["customer", "agent"], ["forbidden", "rude", "nonAnswer"], "FRN"),
    ("reply", "reply3.txt", "rp", ["customer", "agent"], ["forbidden", "rude", "nonAnswer"], "FRN"),
    ("complaint", "complaint.txt", "cp", ["customer", "agent"], ["complaint", "empathic"], "CE"),
    ("hold", "hold.txt", "hd", ["agent", "agentAfter"], ["announced", "thanked"], "AT"),
    ("opening", "opening.txt", "op", ["agent"], ["greeting", "agentId"], "GI"),
    ("closing", "closing.txt", "cl", ["agent"], ["closing", "survey"], "CS"),
    ("reference", "reference.txt", "rf", ["agent"], ["reference"], "R"),
]


def parse_flags(flags: str, letters: str, names: list[str]) -> dict:
    if len(flags) != len(letters):
        raise ValueError(f"flag string {flags!r} does not match {letters!r}")
    labels = {}
    for flag, letter, name in zip(flags, letters, names):
        if flag not in (letter, "-"):
            raise ValueError(f"unexpected flag {flag!r} for {name}")
        labels[name] = flag == letter
    return labels


def main() -> None:
    counters: dict[str, int] = {}
    lines = []
    for probe, fname, prefix, text_cols, label_names, letters in PROBES:
        for raw in (HERE / "src" / fname).read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            cols = raw.split("|")
            has_category = probe == "reply"
            expected = 2 + len(text_cols) + 1 + (1 if has_category else 0) + 1
            if len(cols) != expected:
                raise ValueError(f"{fname}: {len(cols)} columns, expected {expected}: {raw}")
            channel, domain = CHANNELS[cols[0]], DOMAINS[cols[1]]
            texts = cols[2 : 2 + len(text_cols)]
            flags = cols[2 + len(text_cols)]
            labels = parse_flags(flags, letters, label_names)
            counters[prefix] = counters.get(prefix, 0) + 1
            item = {"id": f"{prefix}-{counters[prefix]:03d}", "probe": probe, "channel": channel, "domain": domain}
            item.update(dict(zip(text_cols, texts)))
            item["labels"] = labels
            if has_category:
                category = cols[-2]
                if labels["forbidden"]:
                    item["category"] = category
                elif category:
                    raise ValueError(f"category on a non-forbidden line: {raw}")
            item["why"] = cols[-1]
            lines.append(json.dumps(item, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} items to {OUT}")


if __name__ == "__main__":
    main()
