"""Validator: re-derives every label from the written contacts + material + scenarios, lints the material,
and runs a mutation check. Standard library only."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import M, DOM, OUT, norm, spoken_chars
from plan import DOMAINS
import rules
import gen

SLOT = {"org": ".{1,20}?", "id": "[0-9A-Za-z零幺一二三四五六七八九]{2,}", "nm": ".{1,6}?", "ref": "[0-9A-Za-z零幺一二三四五六七八九]{6,}", "v": ".{1,12}?"}
FILL = re.compile(r"^(呃|嗯|那个|就是)+")


def tre(tpl, anchor=False):
    out, last = [], 0
    for m in re.finditer(r"\{(\w+)\}", tpl):
        out.append(re.escape(norm(tpl[last:m.start()])))
        out.append(SLOT[m.group(1)])
        last = m.end()
    out.append(re.escape(norm(tpl[last:])))
    return re.compile(("^" if anchor else "") + "".join(out))


def texts(x):
    return [t if isinstance(t, str) else t[0] for t in x]


def detectors(D, S):
    short = [x for x in D["NONANS"] if len(x) <= 4]
    det = {"GREET": [tre(t, True) for t in M.GREET], "AID": [tre(t) for t in M.AID], "CLOSE": [tre(t) for t in M.CLOSE],
           "HOLDANN": [tre(t) for t in M.HOLDANN], "HOLDTHANKS": [tre(t) for t in M.HOLDTHANKS], "EMPATHY": [tre(t) for t in M.EMPATHY],
           "SURVEY": [tre(t) for t in M.SURVEY], "REF": [tre(t) for t in M.REF], "VERIFY": [tre(t) for t in D["VERIFY"]],
           "FORBID": [tre(t) for t in texts(D["FORBID"])], "RUDE": [tre(t) for t in texts(D["RUDE"])],
           "NONANS": [tre(t) for t in D["NONANS"] if t not in short], "DISCLOSE": [tre(t) for t in S["disclose"]],
           "FOLLOWA": [tre(t) for t in S["followa"]]}
    for it in S["info"]:
        det["INFO:" + it["key"]] = [re.compile(it["pattern"])]
    cust = {"COMPLAIN": [tre(t) for t in D["COMPLAIN"]], "WALKOUT": [tre(t) for t in D["WALKOUT"]]}
    return det, cust, {norm(x) for x in short}


def find_items(text, det, facts=None):
    n = norm(text)
    items = []
    for cat, regs in det.items():
        for rg in regs:
            if cat == "GREET":
                if rg.search(FILL.sub("", n)):
                    items.append((cat, 0))
            else:
                for m in rg.finditer(n):
                    items.append((cat, m.start()))
    if facts:
        for cat, vals in facts:
            for v in vals:
                for m in re.finditer(re.escape(norm(v)), n):
                    items.append((cat, m.start()))
    return sorted(set(items), key=lambda x: x[1])


def abstract(c):
    D = DOM[c["scenarioId"].split("-")[1]]
    S = next(s for s in D["scenarios"] if s["id"] == c["scenarioId"])
    det, cust, short = detectors(D, S)
    f = S["fact"]
    facts = [("FACT_OK", [f["expected"]] + f["variants"]), ("FACT_BAD", f["wrong"])]
    ev = {e["type"]: e["atMs"] for e in c["events"]}
    joined = ev.get("agent-joined", ev.get("answered", 0))
    out, prev_c = [], None
    for t in c["turns"]:
        if t["speaker"] not in ("agent", "customer"):
            continue
        n = FILL.sub("", norm(t["text"]))
        a = {"sp": t["speaker"], "start": t["startMs"], "end": t["endMs"], "chars": spoken_chars(t["text"])}
        if t["speaker"] == "agent":
            a["items"] = find_items(t["text"], det, facts)
            clauses = {FILL.sub("", norm(x)) for x in re.split(r"[\s，。？！、：；,.?!:;～~]+", t["text"])}
            if any(cl.startswith(x) for cl in clauses for x in short if cl):
                a["items"].append(("NONANS", 0))
            if norm(t["text"]) in {norm(b) for b in M.BACKCH} and prev_c and t["startMs"] < prev_c["endMs"]:
                a["backch"] = True; a["items"] = [("BACKCH", 0)]
        else:
            a["items"] = find_items(t["text"], cust)
            prev_c = t
        out.append(a)
    return {"channel": c["channel"], "joined": joined, "events": c["events"], "turns": out}, S


def lint():
    problems, counts = [], {}
    KW = {"GREET": "您好|你好|欢迎", "AID": "工号|坐席|话务员|号客服", "CLOSE": "再见|感谢来电|感谢您的来电|祝您|拜拜|挂机",
          "EMPATHY": "抱歉|对不起|道歉|歉意|理解", "HOLDANN": "稍等|稍候|别挂|等我一会", "HOLDTHANKS": "久等|耐心等|等着|等候",
          "SURVEY": "评价|满意|打分|评一下|问卷", "REF": "工单|受理编号|流水号", "VERIFY": "核对|核实|核验|验证码"}
    common = {"GREET": M.GREET, "AID": M.AID, "CLOSE": M.CLOSE, "HOLDANN": M.HOLDANN, "HOLDTHANKS": M.HOLDTHANKS, "EMPATHY": M.EMPATHY,
              "SURVEY": M.SURVEY, "REF": M.REF, "WRAPQ": M.WRAPQ, "NOGREET": M.NOGREET, "NOTID": M.NOTID, "LOOKALIKE": M.LOOKALIKE,
              "CORRECT": M.CORRECT, "ACKS": gen.ACKS, "LATE_OK": gen.LATE_OK, "FINAL": gen.FINAL_NOCLOSE}
    for d in DOMAINS:
        D = DOM[d]
        cats = dict(common)
        cats.update(VERIFY=D["VERIFY"], FORBID=texts(D["FORBID"]), RUDE=texts(D["RUDE"]), NONANS=D["NONANS"])
        for k, s in enumerate(D["scenarios"]):
            cats.update({f"DISCLOSE{k}": s["disclose"], f"FOLLOWA{k}": s["followa"], f"FACT{k}": s["factlines"],
                         f"ASK{k}": s["info"][0]["asks"]})
        for cat, lines in cats.items():
            base = re.sub(r"\d+$", "", cat)
            counts[(d, base)] = counts.get((d, base), 0) + len(set(lines))
            for ln in lines:
                for kc, kw in KW.items():
                    if kc != base and not (base == "NOTID" and kc == "AID") and re.search(kw, ln):
                        problems.append(f"{d}: {cat} line {ln!r} carries {kc} words")
        for k, s in enumerate(D["scenarios"]):
            det, _, short = detectors(D, s)
            sample = lambda t: t.format(org=D["short"], id="1234", nm="小周", ref="GD26123456", v=s["fact"]["expected"])
            for cat, lines in cats.items():
                base = re.sub(r"\d+$", "", cat)
                for ln in lines:
                    items = {c_ for c_, _ in find_items(sample(ln), det)}
                    own = {"DISCLOSE": "DISCLOSE", "FOLLOWA": "FOLLOWA", "ASK": "INFO:" + s["info"][0]["key"]}.get(base, base)
                    if base in ("DISCLOSE", "FOLLOWA", "ASK", "FACT") and cat[-1] != str(k):
                        own = None
                    bad = items - {own}
                    if bad:
                        problems.append(f"{d}/{s['id']}: {cat} line {ln!r} also reads as {sorted(bad)}")
            # info regex matches its asks
            rg = re.compile(s["info"][0]["pattern"])
            for a in s["info"][0]["asks"]:
                if not rg.search(norm(a)):
                    problems.append(f"{s['id']}: info regex misses ask {a!r}")
            # fact values
            f = s["fact"]
            acc, wr = [f["expected"]] + f["variants"], f["wrong"]
            for a in acc:
                for w in wr:
                    if norm(a) in norm(w) or norm(w) in norm(a):
                        problems.append(f"{s['id']}: value {a} / {w} nest")
            for fl in s["factlines"]:
                if "{v}" not in fl:
                    problems.append(f"{s['id']}: fact line without value {fl}")
            for cat, lines in cats.items():
                if cat.startswith("FACT") or cat == "CORRECT":
                    continue
                for ln in lines:
                    for v in acc + wr:
                        if norm(v) in norm(sample(ln)):
                            problems.append(f"{s['id']}: {cat} line {ln!r} carries fact value {v}")
    return problems, counts


def main():
    C = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    L = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")}
    dis, derived = [], {}
    for c in C:
        lab = L[c["contactId"]]
        if "special" in lab:
            d = {k: "na" for k in rules.CHECKS}
            if any(t["speaker"] == "agent" for t in c["turns"]):
                dis.append(f"{c['contactId']}: special contact with agent turns")
        else:
            ab, S = abstract(c)
            d, _ = rules.derive(ab, {"requires": S["requires"], "sla": S["sla"], "requiredInfo": S["info"]})
            for k, t in enumerate(c["turns"][1:]):
                if t["startMs"] < c["turns"][k]["startMs"] or t["endMs"] < t["startMs"]:
                    dis.append(f"{c['contactId']}: turn order / duration")
        derived[c["contactId"]] = d
        for k in rules.CHECKS:
            if d[k] != lab["labels"][k]:
                dis.append(f"{c['contactId']} {k}: label {lab['labels'][k]} derived {d[k]}")
            if lab["labels"][k] == "fail" and k not in lab["why"]:
                dis.append(f"{c['contactId']} {k}: fail without why")
    # mutation check
    caught = 0
    flip = {"pass": "fail", "fail": "pass", "na": "pass"}
    for n, c in enumerate(C):
        lab = dict(L[c["contactId"]]["labels"])
        k = rules.CHECKS[n % len(rules.CHECKS)]
        lab[k] = flip[lab[k]]
        if any(lab[x] != derived[c["contactId"]][x] for x in rules.CHECKS):
            caught += 1
    problems, counts = lint()
    for x in dis[:40]: print("DISAGREE", x)
    for x in problems[:60]: print("LINT", x)
    thin = [(d, c_, n) for (d, c_), n in counts.items() if n < 8 and c_ in ("GREET", "AID", "CLOSE", "HOLDANN", "HOLDTHANKS", "EMPATHY", "SURVEY", "REF", "VERIFY", "FORBID", "RUDE", "NONANS", "FACT", "ASK", "DISCLOSE", "FOLLOWA")]
    print("wordings below 8 per domain:", thin)
    print(f"contacts {len(C)}; disagreements {len(dis)}; lint problems {len(problems)}; mutation caught {caught}/{len(C)}")
    sys.exit(1 if dis or problems or caught != len(C) else 0)


if __name__ == "__main__":
    main()
