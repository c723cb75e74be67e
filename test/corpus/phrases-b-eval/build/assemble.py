#!/usr/bin/env python3
"""Assemble the hand-written source files in ../src/*.txt into ../phrases.jsonl.

The wording of every item is written by hand in src/; this script only turns the
compact pipe-separated lines into JSON records (ids, domain names, label booleans).
Standard library only.
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

DOMAINS = {
    "ds": "电商平台", "bx": "保险理赔", "pw": "航空/铁路票务", "qc": "汽车4S店售后",
    "jr": "网贷/消费金融", "sb": "社保医保", "zf": "房屋租赁平台",
}
CHANNELS = {"w": "webchat", "v": "voice"}

# probe -> (source files, id prefix, text fields after the flags column, {flag letter: label})
PROBES = {
    "reply": (["reply1.txt", "reply2.txt", "reply3.txt"], "rp",
              ["category", "customer", "agent"], {"F": "forbidden", "R": "rude", "N": "nonAnswer"}),
    "complaint": (["complaint.txt"], "cp", ["customer", "agent"], {"C": "complaint", "E": "empathic"}),
    "hold": (["hold.txt"], "hd", ["agent", "agentAfter"], {"A": "announced", "T": "thanked"}),
    "opening": (["opening.txt"], "op", ["agent"], {"G": "greeting", "I": "agentId"}),
    "closing": (["closing.txt"], "cl", ["agent"], {"C": "closing", "S": "survey"}),
    "reference": (["reference.txt"], "rf", ["agent"], {"R": "reference"}),
}


def parse_line(probe, line, number):
    files, prefix, fields, flag_map = PROBES[probe]
    parts = line.split("|")
    expected = 3 + len(fields) + 1
    if len(parts) != expected:
        raise ValueError(f"{probe} line {number}: {len(parts)} fields, expected {expected}: {line}")
    channel, domain, flags = parts[0], parts[1], parts[2]
    unknown = set(flags) - set(flag_map) - {"-"}
    if unknown:
        raise ValueError(f"{probe} line {number}: unknown flags {unknown}")
    record = {"id": f"{prefix}-{number:03d}", "probe": probe,
              "channel": CHANNELS[channel], "domain": DOMAINS[domain]}
    texts = dict(zip(fields, parts[3:3 + len(fields)]))
    category = texts.pop("category", None)
    record.update(texts)
    labels = {label: letter in flags for letter, label in flag_map.items()}
    record["labels"] = labels
    # Labels are booleans only; the 忌语 category sits beside them on the record.
    if probe == "reply" and labels["forbidden"]:
        record["category"] = category
    elif category not in (None, "-"):
        raise ValueError(f"{probe} line {number}: category given on a non-forbidden line")
    record["why"] = parts[-1]
    return record


def main():
    records = []
    for probe, (files, *_rest) in PROBES.items():
        number = 0
        for name in files:
            for raw in (SRC / name).read_text(encoding="utf-8").splitlines():
                if not raw.strip() or raw.startswith("#"):
                    continue
                number += 1
                records.append(parse_line(probe, raw.strip(), number))
    out = ROOT / "phrases.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {out}")


if __name__ == "__main__":
    main()
