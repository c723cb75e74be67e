"""Print contacts readably: python3 build/show.py <contactId-substring>..."""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
labs = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")}
for line in open(os.path.join(ROOT, "contacts.jsonl"), encoding="utf-8"):
    c = json.loads(line)
    if not any(a in c["contactId"] for a in sys.argv[1:]):
        continue
    print("==", c["contactId"], c["channel"], c["outcome"], [f"{e['type']}@{e['atMs']}" for e in c["events"]])
    for t in c["turns"]:
        print(f"  {t['startMs']/1000:7.1f}-{t['endMs']/1000:7.1f} {t['speaker'][:4]:4} {t['text']}")
    l = labs[c["contactId"]]
    print("  ", {k: v for k, v in l["labels"].items() if v != "pass"})
    print("  ", l["why"])
