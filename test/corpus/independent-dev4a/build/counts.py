"""Prints pass/fail/na per check (used for README and to check the brief's minimums)."""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cnt = collections.defaultdict(collections.Counter)
for line in open(os.path.join(ROOT, "labels.jsonl")):
    for k, v in json.loads(line)["labels"].items():
        cnt[k][v] += 1
MAIN = {"politeness", "forbidden-words", "agent-id", "closing", "verification", "empathy", "resolution", "response-latency",
        "no-misinformation", "record-reference", "hold-etiquette", "dead-air"}
ok = True
for k in sorted(cnt):
    need = 25 if k in MAIN else 15
    flag = "" if cnt[k]["pass"] >= need and cnt[k]["fail"] >= need else "  <-- below {}".format(need)
    ok &= not flag
    print("| {} | {} | {} | {} |{}".format(k, cnt[k]["pass"], cnt[k]["fail"], cnt[k]["na"], flag))
print("minimums met" if ok else "MINIMUMS NOT MET")
