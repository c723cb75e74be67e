"""Validator: re-derive every label from contacts + material + scenario files, lint the material,
count every decisive wording (core form) across the set, and run a one-flip-per-contact mutation check."""
import glob, json, os, re, sys
from collections import Counter, defaultdict
from common import DOMAINS, MATS, CHECKS, core, pools, unasr, PUNCT
from derive import derive, hits, cores
import gen
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
problems = []

def load_scen(path):
    y = open(path).read()
    g = lambda k: re.search(rf"^{k}: (.*)$", y, re.M).group(1)
    req = {k: v == "true" for k, v in re.findall(r"(\w+): (true|false)", g("requires"))}
    sla = {k: int(v) for k, v in re.findall(r"(\w+): (\d+)", g("sla"))}
    fl = re.search(r"^  - \{ key: ([\w-]+), label: (\".*?\"), expected: (\".*?\"), variants: (\[.*?\]), wrong: (\[.*?\]), cues", y, re.M)
    fact = dict(key=fl.group(1), label=json.loads(fl.group(2)), expected=json.loads(fl.group(3)), variants=json.loads(fl.group(4)), wrong=json.loads(fl.group(5)))
    il = re.search(r"^  - \{ key: ([\w-]+), label: (\".*?\"), patterns: \[(\".*?\")\] \}", y, re.M)
    info = dict(key=il.group(1), label=json.loads(il.group(2)), pattern=json.loads(il.group(3)))
    dom = re.search(r"tags: \[[^,]+, (\w+)\]", y).group(1)
    return dict(domain=dom, requires=req, sla=sla, fact=fact, info=info)

scens = {os.path.basename(p)[:-5]: load_scen(p) for p in glob.glob(os.path.join(OUT, "scenarios", "*.yaml"))}
contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"))]
labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"))}

# 1. re-derive
dis = 0; derived = {}
for o in contacts:
    s = scens[o["scenarioId"]]
    try:
        L, E = derive(o, s)
    except Exception as e:
        problems.append(f"{o['contactId']}: derive error {e}"); dis += 1; continue
    derived[o["contactId"]] = L
    lab = labels[o["contactId"]]
    for k in CHECKS:
        if L[k] != lab["labels"][k]:
            dis += 1; problems.append(f"{o['contactId']} {k}: label {lab['labels'][k]} derived {L[k]}")
    for k in CHECKS:
        if lab["labels"][k] == "fail" and not lab["why"].get(k): problems.append(f"{o['contactId']} {k}: fail without reason")
print("derivation disagreements:", dis)

# 2. lint material
allcores = []  # (core, dom, cat, raw)
for d in DOMAINS:
    for cat, lines in pools(d).items():
        for l in lines:
            c = core(l, d)
            if len(c) < 2: problems.append(f"lint: core too short {d}:{cat} {l!r}")
            allcores.append((c, d, cat, l))
nondec = []
for d in DOMAINS:
    m = MATS[d]; P = m.P
    for k in ["a_neutral", "c_neutral", "c_ramble", "c_hesi", "c_sorry", "c_bye", "open_small", "c_press", "c_verif_give"]:
        nondec += [(d, k, x) for x in P[k]]
    nondec += [(d, "side_q", q) for q, a in P["side"]]
    for s in m.SCEN:
        nondec += [(d, "open", x) for x in s["open"]] + [(d, "ask", x) for x in s["ask"]] + [(d, "info_give", x) for x in s["info_give"]]
for x in gen.ACKS + gen.SMALL_REPLY + gen.TAILS + gen.OKAY:
    for d in DOMAINS: nondec.append((d, "generic", x))
seen_core = {}
for c, d, cat, l in allcores:
    if c in seen_core and seen_core[c] != (d, cat, l): problems.append(f"lint: same core {c!r} in {seen_core[c]} and {(d, cat, l)}")
    seen_core.setdefault(c, (d, cat, l))
for c, d, cat, l in allcores:
    for c2, d2, cat2, l2 in allcores:
        if c != c2 and c in c2: problems.append(f"lint: {d}:{cat} {l!r} core inside {d2}:{cat2} {l2!r}")
    for d2, k2, x in nondec:
        if c in core(x, d2): problems.append(f"lint: {d}:{cat} {l!r} core inside non-decisive {d2}:{k2} {x!r}")
for d in DOMAINS:
    m = MATS[d]; P = pools(d)
    for s in m.SCEN:
        f = s["fact"]; acc = [f["expected"]] + f["variants"]
        for a in acc:
            for w in f["wrong"]:
                if a in w or w in a: problems.append(f"lint: value substring {a}/{w}")
        for x in s["say"]:
            if "{v}" not in x: problems.append(f"lint: fact line without value slot {x}")
        for cat, lines in P.items():
            for l in lines:
                for v in acc + f["wrong"]:
                    if v in l: problems.append(f"lint: value {v} inside {d}:{cat} {l}")
        pat = re.compile(s["info"]["pattern"])
        for x in s["info_asks"]:
            if not pat.search(x): problems.append(f"lint: info regex misses ask {x}")
        for cat, lines in P.items():
            if cat == "info_ask": continue
            for l in lines:
                if pat.search(l): problems.append(f"lint: info regex {s['info']['pattern']} matches {cat} {l}")
    for x in P["correct"] + P["ref_ok"]:
        if "{v}" not in x and "{ref}" not in x: problems.append(f"lint: slot missing {x}")
# 3. repetition count over every decisive category (core wording), contact by contact
cnt = Counter(); where = defaultdict(set)
for o in contacts:
    s = scens[o["scenarioId"]]; d = s["domain"]
    for t in o.get("turns", []):
        if t["speaker"] not in ("agent", "customer"): continue
        ct = core(t["text"], d)
        for d2 in DOMAINS:
            for cat, lst in cores(d2).items():
                for c, raw in lst:
                    if c and c in ct:
                        cnt[c] += 1; where[c].add(o["contactId"])
                        if d2 != d: problems.append(f"repeat: {d2} line {raw!r} appears in {d} contact {o['contactId']}")
over = {c: n for c, n in cnt.items() if n > 3}
for c, n in over.items(): problems.append(f"repeat: core {c!r} used {n} times")
print("decisive wordings counted:", len(cnt), "max uses:", max(cnt.values()), "over 3:", len(over))
# 4. mutation check
caught = 0
for k, (cid, lab) in enumerate(sorted(labels.items())):
    ch = CHECKS[k % len(CHECKS)]
    m = dict(lab["labels"]); m[ch] = {"pass": "fail", "fail": "pass", "na": "pass"}[m[ch]]
    if derived.get(cid) and any(derived[cid][x] != m[x] for x in CHECKS): caught += 1
print(f"mutation check: {caught}/{len(labels)} flips caught")
if caught != len(labels): problems.append("mutation check missed flips")
# 5. counts
tab = {k: Counter(l["labels"][k] for l in labels.values()) for k in CHECKS}
for k in CHECKS: print(f"{k:18} pass {tab[k]['pass']:3} fail {tab[k]['fail']:3} na {tab[k]['na']:3}")
reasons = [r for l in labels.values() for r in l["why"].values()]
if len(set(reasons)) != len(reasons): problems.append(f"duplicate reasons: {len(reasons) - len(set(reasons))}")
for p in problems[:4000]: print("PROBLEM", p)
print("problems:", len(problems))
sys.exit(1 if problems else 0)
