"""Assemble the hand-written item modules into ../phrases.jsonl.

Only turns tuples into JSON lines and numbers them; every wording and label is written by hand
in the items_*.py modules (no templates, no generated text).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

DOMAINS = {
    "T": "电信运营商", "G": "12345政务热线", "W": "供水供电",
    "B": "银行信用卡", "K": "快递物流", "H": "医院预约挂号",
}
CHANNELS = {"c": "webchat", "v": "voice"}


def base(prefix, n, probe, ch, dom):
    return {"id": f"{prefix}-{n:03d}", "probe": probe, "channel": CHANNELS[ch], "domain": DOMAINS[dom]}


def reply_rows():
    from items_reply_1 import ITEMS as a
    from items_reply_2 import ITEMS as b
    from items_reply_3 import ITEMS as c
    for n, (ch, dom, cust, agent, cat, rude, non, why) in enumerate(a + b + c, 1):
        row = base("rp", n, "reply", ch, dom)
        row.update(customer=cust, agent=agent)
        labels = {"forbidden": cat is not None, "rude": rude, "nonAnswer": non}
        if cat is not None:
            labels["category"] = cat
        row["labels"] = labels
        row["why"] = why
        yield row


def complaint_rows():
    from items_complaint import ITEMS
    for n, (ch, dom, cust, agent, comp, emp, why) in enumerate(ITEMS, 1):
        row = base("cp", n, "complaint", ch, dom)
        row.update(customer=cust, agent=agent, labels={"complaint": comp, "empathic": emp}, why=why)
        yield row


def hold_rows():
    from items_hold import ITEMS
    for n, (ch, dom, agent, after, ann, thk, why) in enumerate(ITEMS, 1):
        row = base("hd", n, "hold", ch, dom)
        row.update(agent=agent, agentAfter=after, labels={"announced": ann, "thanked": thk}, why=why)
        yield row


def opening_rows():
    from items_opening import ITEMS
    for n, (ch, dom, agent, greet, aid, why) in enumerate(ITEMS, 1):
        row = base("op", n, "opening", ch, dom)
        row.update(agent=agent, labels={"greeting": greet, "agentId": aid}, why=why)
        yield row


def closing_rows():
    from items_closing import ITEMS
    for n, (ch, dom, cust, agent, clo, sur, why) in enumerate(ITEMS, 1):
        row = base("cl", n, "closing", ch, dom)
        row.update(customer=cust, agent=agent, labels={"closing": clo, "survey": sur}, why=why)
        yield row


def reference_rows():
    from items_reference import ITEMS
    for n, (ch, dom, agent, ref, why) in enumerate(ITEMS, 1):
        row = base("rf", n, "reference", ch, dom)
        row.update(agent=agent, labels={"reference": ref}, why=why)
        yield row


def main():
    producers = [reply_rows, complaint_rows, hold_rows, opening_rows, closing_rows, reference_rows]
    out = os.path.join(HERE, "..", "phrases.jsonl")
    rows = []
    for produce in producers:
        try:
            rows.extend(produce())
        except ImportError as missing:  # lets the bank be assembled while parts are still being written
            print(f"skipped: {missing}", file=sys.stderr)
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
