"""Seeded plan (seed 15589): per check the number of fails is drawn between the minimum and ~1.6x it,
then spread over eligible contacts; structure (length, opener style, order, positions) is drawn too."""
import random
from common import DOMAINS, MATS
SEED = 15589

def make_plan():
    R = random.Random(SEED)
    cs = []
    g = 0
    for d in DOMAINS:
        scen = [0] * 9 + [1] * 8 + [2] * 8
        R.shuffle(scen)
        for i in range(25):
            s = MATS[d].SCEN[scen[i]]
            cs.append(dict(cid=f"h16c-{d}-{i+1:02d}", dom=d, si=scen[i], sid=s["id"], req=s["req"],
                           ch="voice" if g % 2 == 0 else "webchat", L={}))
            g += 1
    N = len(cs)
    idx = list(range(N))
    def pick(elig, lo, hi=None, k=None):
        hi = hi if hi is not None else round(lo * 1.6)
        n = k if k is not None else R.randint(lo, hi)
        n = min(n, len(elig))
        return set(R.sample(sorted(elig), n))
    voice = [i for i in idx if cs[i]["ch"] == "voice"]
    chat = [i for i in idx if cs[i]["ch"] == "webchat"]
    walk = pick(idx, 0, k=R.randint(8, 12))
    for i in idx:
        cs[i]["walk"] = i in walk
    def setlab(check, elig, fails, default="pass"):
        for i in idx:
            cs[i]["L"][check] = ("fail" if i in fails else "pass") if i in elig else "na"
    setlab("greeting", idx, pick(idx, 25))
    setlab("agent-id", idx, pick(idx, 25))
    cl_el = [i for i in idx if i not in walk]
    setlab("closing", cl_el, pick(cl_el, 25))
    pol = pick(idx, 25, 31)
    extra = pick([i for i in idx if i not in pol], 0, k=R.randint(max(25 - len(pol), 6), 40 - len(pol)))
    setlab("politeness", idx, pol)
    setlab("forbidden-words", idx, pol | extra)
    ver_el = [i for i in idx if cs[i]["req"]["verification"]]
    setlab("verification", ver_el, pick(ver_el, 25))
    # dead air, holds
    dead = pick(idx, 25)
    setlab("dead-air", idx, dead)
    chat_dead = {i for i in dead if cs[i]["ch"] == "webchat"}
    nh_fail = R.randint(max(25, len(chat_dead) + 8), 40)
    other_fail = pick([i for i in idx if i not in chat_dead], 0, k=nh_fail - len(chat_dead))
    hold_pass = pick([i for i in idx if i not in chat_dead and i not in other_fail], 0, k=R.randint(27, 38))
    hold_el = chat_dead | other_fail | hold_pass
    setlab("hold-etiquette", hold_el, chat_dead | other_fail)
    for i in idx:
        cs[i]["hold_mode"] = ("unann-dead" if i in chat_dead else "fail" if i in other_fail else "ok" if i in hold_pass else None)
    setlab("interruption", voice, pick(voice, 15))
    setlab("speech-rate", voice, pick(voice, 15))
    emp_req = [i for i in idx if cs[i]["req"]["empathy"]]
    emp_opt = pick([i for i in idx if not cs[i]["req"]["empathy"]], 0, k=R.randint(18, 26))
    emp_el = set(emp_req) | emp_opt
    setlab("empathy", emp_el, pick(emp_el, 25))
    setlab("resolution", idx, pick(idx, 25))
    setlab("first-response", idx, pick(chat, 0, k=R.randint(6, 12)))
    setlab("response-latency", idx, pick(chat, 25))
    setlab("fact-accuracy", idx, pick(idx, 25))
    setlab("no-misinformation", idx, pick(idx, 25))
    ref_el = [i for i in idx if cs[i]["req"]["reference"]]
    setlab("record-reference", ref_el, pick(ref_el, 25))
    sv_el = [i for i in idx if cs[i]["req"]["survey"]]
    setlab("survey-offered", sv_el, pick(sv_el, 25))
    setlab("required-info", idx, pick(idx, 0, k=R.randint(8, 14)))
    # structure draws
    for i in idx:
        c = cs[i]
        c["seed"] = R.randrange(1 << 30)
        c["target_len"] = R.choice([R.randint(6, 12), R.randint(12, 22), R.randint(18, 30), R.randint(26, 40)])
        c["opener"] = R.choice(["request", "request", "complaint", "smalltalk"]) if i in emp_el else R.choice(["request", "request", "smalltalk"])
        c["id_mode"] = R.choice(["t1", "t1", "t2"]) if c["L"]["agent-id"] == "pass" else R.choice(["none", "bare", "late"])
        c["ver_mode"] = R.choice(["late", "none"]) if c["L"]["verification"] == "fail" else "ok"
        fa, mi = c["L"]["fact-accuracy"], c["L"]["no-misinformation"]
        c["fact_mode"] = {("pass", "pass"): "right", ("fail", "fail"): "wrong", ("pass", "fail"): "corrected", ("fail", "pass"): "unstated"}[(fa, mi)]
        c["double_complaint"] = i in emp_el and R.random() < 0.3
        c["double_rude"] = c["L"]["politeness"] == "fail" and R.random() < 0.25
        c["double_hold"] = c["hold_mode"] == "ok" and R.random() < 0.25
        c["asr"] = c["ch"] == "voice" and R.random() < 0.67
        c["ivr"] = c["ch"] == "voice" and R.random() < 0.5
        c["verify_first"] = R.random() < 0.5
        c["noduration"] = False
    for i in pick([i for i in idx], 0, k=4):
        cs[i]["noduration"] = True
    return cs

if __name__ == "__main__":
    from collections import Counter
    p = make_plan()
    for ch in p[0]["L"]:
        print(ch, Counter(c["L"][ch] for c in p))
