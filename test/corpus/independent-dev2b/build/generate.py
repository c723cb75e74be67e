"""Build set 'independent-dev2b': scenarios/, contacts.jsonl, labels.jsonl (deterministic, seeded).

Run from anywhere:  python3 test/corpus/independent-dev2b/build/generate.py
Nothing from the project is imported; labels come from the defects injected here (see labels.py)."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import FILLERS, HOMOPHONES, SURNAMES
from domains_a import SHEBAO, GAS, RIDE
from domains_b import GAME, CREDIT, HEALTH
from dialogue import build, curt_register, plain_register
from common import PLAIN_WARM
from labels import CHECKS, timing_labels, selfcheck
from plan import assign
from textutil import speak_numbers, strip_punct, digit_words
from extras import extra_contacts
from why import explain
from more_material import merge

SEED = 20261203
OUT = os.path.dirname(HERE)
DOMAINS = [SHEBAO, GAS, RIDE, GAME, CREDIT, HEALTH]
PER_SCENARIO = 6
BASE_TIME = 1796284800000  # 2026-12-03 08:00 UTC; contacts spread over the day


def sla_of(sc):
    return dict(firstResponseMs=10000 if sc.get("fr10") else 30000, responseLatencyMs=30000, handleTimeMs=600000)


def ctx_for(dom, voice, rng):
    n = str(rng.choice([rng.randint(1000, 9999), rng.randint(100, 999), rng.randint(10000, 99999)]))
    return dict(org=rng.choice(dom["orgs"]), n=digit_words(n, rng.random() < 0.6) if voice else n, sn=rng.choice(SURNAMES),
                other=rng.choice(dom["other"]), office=rng.choice(dom["office"]), b=rng.randint(2, 19), b2=rng.randint(2, 9),
                ph="138" + "".join(str(rng.randint(0, 9)) for _ in range(8)), t=rng.randint(1000, 9999),
                m=rng.choice([12, 1]), d=rng.randint(5, 28), amt=rng.choice([128, 260, 3200, 58]))


CHAT_WORDS = [("欢迎致电", "欢迎咨询"), ("话务员", "客服"), ("感谢您的来电", "感谢您的咨询"), ("谢谢您的来电", "谢谢您的咨询"),
              ("有事您再打过来", "有事您再来找我们"), ("那我这边先挂了", "那我这边先结束会话了"), ("您别挂机", "您别走开"),
              ("通话结束后", "会话结束后"), ("挂机", "结束会话"), ("喂，", "")]


def chat_words(text):
    for a, b in CHAT_WORDS:
        text = text.replace(a, b)
    return text


def resolve(c, rng):
    """Make the flags of one contact compatible with each other."""
    f = c["f"]
    if f.get("dead"):
        if f.get("hangup"):
            f["_dead_at"] = "lookup"
            f.pop("hold", None)
        elif f.get("hold"):
            f["_dead_at"] = "follow"
        else:
            f["_dead_at"] = rng.choice(["lookup", "follow"])
    if f.get("no_id") and not f.get("hangup") and rng.random() < 0.25:
        f["_late_id"] = True


def voice_text(turns, noisy, rng):
    for t in turns:
        txt = speak_numbers(t["text"], rng)
        if noisy:
            for a, b in HOMOPHONES:  # recognisable misrecognitions (a human QA reads through them)
                if a in txt and rng.random() < 0.45:
                    txt = txt.replace(a, b, 1)
            if t["sp"] == "customer" and rng.random() < 0.4:
                txt = rng.choice(FILLERS) + txt
            txt = strip_punct(txt, rng)
        t["text"] = txt
        lo = 0.62 if noisy else 0.86
        t["confidence"] = round(rng.uniform(lo, 0.98), 2)


def mark_overlaps(turns, f, rng):
    """Interruption (>= 800 ms) or a near-miss backchannel overlap (< 800 ms), on an agent turn that
    follows a long customer turn with a normal gap."""
    for kind in ("interrupt", "nearmiss"):
        if not f.get(kind):
            continue
        cands = [i for i in range(1, len(turns)) if turns[i]["sp"] == "agent" and turns[i]["gap"] == "normal"
                 and turns[i - 1]["sp"] == "customer" and len(turns[i - 1]["text"]) >= 9]
        if cands:
            turns[rng.choice(cands)]["gap"] = "overlap" if kind == "interrupt" else "nearmiss"
        else:
            f.pop(kind)


def one_contact(c, k, rng, started):
    from timing import place
    dom, sc, f = c["dom"], c["sc"], c["f"]
    voice = sc["channel"] == "voice"
    resolve(c, rng)
    ctx = ctx_for(dom, voice, rng)
    turns, meta = build(dom, sc, f, rng, ctx)
    if not voice:  # the same wording, written for a chat window
        for t in turns:
            if t["sp"] == "agent":
                t["text"] = chat_words(t["text"])
    if f.get("plain"):
        for t in turns:
            if t["sp"] == "agent":
                t["text"] = plain_register(t["text"], rng)
                if t.get("role") == "answer" and not t.get("thanks"):
                    t["text"] = rng.choice(PLAIN_WARM) + t["text"]
    if f.get("curt"):
        for t in turns:
            if t["sp"] == "agent":
                t["text"] = curt_register(t["text"])
    pre = []
    if voice and not sc.get("fr10") and not f.get("late_first") and rng.random() < 0.6:
        pre = [("ivr", f"您好，欢迎致电{ctx['org']}。业务咨询请按1，人工服务请按0。")]
    elif not voice and not f.get("late_first") and rng.random() < 0.5:
        pre = [("bot", "您好，我是智能助手，请问有什么可以帮您？"), ("customer", "转人工"), ("system", "正在为您转接人工客服，请稍候…")]
    if voice:
        voice_text(turns, f.get("noise"), rng)
        pre = [(sp, speak_numbers(tx, rng)) for sp, tx in pre]
    mark_overlaps(turns, f, rng) if voice else None
    rate = {"fast": (330, 380), "slow": (85, 105), "edge": (230, 250)}.get(f.get("rate"), (160, 225))
    cpm = rng.uniform(*rate)
    sla = sla_of(sc)
    placed, events, join, end = place(turns, pre, rng, voice, cpm, sla["firstResponseMs"])
    body = [t for t in placed if not t.get("pre")]
    why = {}
    L = timing_labels(body, voice, join, sla, why)
    L.update(flag_labels(sc, f))
    selfcheck(c["id"], sc, L, body, meta)
    explain(L, why, f, meta, body, sc)
    out_turns = []
    for t in placed:
        o = dict(speaker=t["sp"], text=t["text"], startMs=t["startMs"], endMs=t["endMs"])
        if voice and "confidence" in t:
            o["confidence"] = t["confidence"]
        elif voice and t["sp"] == "ivr":
            o["confidence"] = 0.97
        out_turns.append(o)
    ia = dict(schemaVersion=1, contactId=c["id"], scenarioId=sc["id"], channel=sc["channel"], startedAt=started,
              durationMs=end, outcome="completed", transcriptSource="deepgram" if voice else "chat-dom",
              events=events, turns=out_turns)
    if f.get("odd_import"):  # another system's export: no durationMs, an event type we do not know
        del ia["durationMs"]
        ia["transcriptSource"] = "import"
        events.insert(len(events) - 2, dict(type="transfer", atMs=join - 400, detail=dict(to="agent-queue")))
        events.sort(key=lambda e: e["atMs"])
    return ia, dict(contactId=c["id"], domain=dom["key"], labels={k: L[k] for k in CHECKS}, why=why)


def flag_labels(sc, f):
    r = sc["req"]
    return {
        "greeting": "fail" if f.get("no_greeting") else "pass",
        "agent-id": "fail" if f.get("no_id") else "pass",
        "closing": "na" if f.get("hangup") else ("fail" if f.get("no_closing") else "pass"),
        "forbidden-words": "fail" if f.get("forbidden") else "pass",
        "verification": "na" if not r["verification"] else ("fail" if f.get("no_verify") else "pass"),
        "politeness": "fail" if (f.get("curt") or f.get("_rude")) else "pass",
        "empathy": "na" if not f.get("complaint") else ("fail" if f.get("no_empathy") else "pass"),
        "resolution": "fail" if f.get("non_answer") else "pass",
        "fact-accuracy": "fail" if (f.get("non_answer") or f.get("wrong_fact")) else "pass",
        "no-misinformation": "fail" if f.get("wrong_fact") else "pass",
        "record-reference": "na" if not r["reference"] else ("fail" if f.get("no_ref") else "pass"),
        "survey-offered": "na" if not r["survey"] else ("fail" if f.get("no_survey") else "pass"),
        "required-info": "na" if not sc["info"] else ("fail" if f.get("omit_info") else "pass"),
    }


def main():
    rng = random.Random(SEED)
    merge(DOMAINS)
    contacts = []
    for dom in DOMAINS:
        for sc in dom["scenarios"]:
            for k in range(PER_SCENARIO):
                contacts.append(dict(dom=dom, sc=sc, channel=sc["channel"], id=f"d2b-{sc['id']}-c{k + 1}"))
    assign(rng, contacts)
    lines, labels = [], []
    t0 = BASE_TIME
    for k, c in enumerate(contacts):
        t0 += rng.randint(60000, 900000)
        ia, lab = one_contact(c, k, rng, t0)
        lines.append(ia)
        labels.append(lab)
    for ia, lab in extra_contacts(rng, DOMAINS, t0):
        lines.append(ia)
        labels.append(lab)
    from labels import PROBLEMS
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print(f"{len(PROBLEMS)} label/text conflicts")
        sys.exit(1)
    write_outputs(lines, labels)


def write_outputs(lines, labels):
    from scenario_yaml import write_scenarios
    write_scenarios(DOMAINS, os.path.join(OUT, "scenarios"), sla_of)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for ia in lines:
            fh.write(json.dumps(ia, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(lines)} contacts written")


if __name__ == "__main__":
    main()
