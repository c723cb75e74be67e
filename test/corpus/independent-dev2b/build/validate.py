"""Checks the written set: every line parses, scenario files exist, all 19 labels per contact,
turn times non-decreasing per speaker, endMs >= startMs, and the per-check label counts."""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels import CHECKS

ROOT = os.path.dirname(HERE)


def main():
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, "contacts.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    scen = {f[:-5] for f in os.listdir(os.path.join(ROOT, "scenarios"))}
    ids = [c["contactId"] for c in contacts]
    assert len(ids) == len(set(ids)), "duplicate contactId"
    assert [l["contactId"] for l in labels] == ids, "labels and contacts out of step"
    for c in contacts:
        assert c["scenarioId"] in scen, c["scenarioId"]
        last = {}
        for t in c["turns"]:
            assert t["endMs"] >= t["startMs"], c["contactId"]
            assert t["startMs"] >= last.get(t["speaker"], 0), (c["contactId"], t)
            last[t["speaker"]] = t["startMs"]
            if "confidence" in t:
                assert 0 < t["confidence"] < 1
        if "durationMs" in c:
            assert all(t["endMs"] <= c["durationMs"] for t in c["turns"]), c["contactId"]
    for l in labels:
        assert set(l["labels"]) == set(CHECKS), l["contactId"]
        for k, v in l["labels"].items():
            assert v in ("pass", "fail", "na")
            if v == "fail":
                assert k in l["why"], (l["contactId"], k)
    cnt = {k: collections.Counter(l["labels"][k] for l in labels) for k in CHECKS}
    ch = collections.Counter(c["channel"] for c in contacts)
    dom = collections.Counter(l["domain"] for l in labels)
    print(f"contacts {len(contacts)}  channels {dict(ch)}  domains {dict(dom)}  scenarios {len(scen)}")
    print(f"no durationMs: {sum('durationMs' not in c for c in contacts)}; outcomes {dict(collections.Counter(c['outcome'] for c in contacts))}")
    print("| check | pass | fail | na |\n|---|---|---|---|")
    short = []
    for k in CHECKS:
        c = cnt[k]
        print(f"| {k} | {c['pass']} | {c['fail']} | {c['na']} |")
        if c["pass"] < 15 or c["fail"] < 15:
            short.append(k)
    print("checks under 15 pass/fail:", short or "none")


if __name__ == "__main__":
    main()
