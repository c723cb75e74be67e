"""Shared constants, the material loader, scenario configuration and text rendering."""
import re

from mat_hrss import D as HRSS
from mat_sec import D as SEC
from mat_gold import D as GOLD
from mat_ride import D as RIDE
from mat_game import D as GAME
from mat_wash import D as WASH

SET = "independent-dev14a"
SEED = 31877
DOMAINS = [HRSS, SEC, GOLD, RIDE, GAME, WASH]
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]

T, F_ = True, False
# (verification, reference, empathy, survey) per scenario
REQ = {
    "hrss-unemp-benefit": (T, T, T, F_), "hrss-skill-subsidy": (F_, T, F_, T), "hrss-card-reissue": (T, F_, F_, T),
    "sec-account-open": (T, F_, F_, T), "sec-bank-transfer": (T, T, T, F_), "sec-order-rejected": (F_, T, F_, T),
    "gold-recycle": (F_, T, F_, T), "gold-exchange": (T, F_, F_, T), "gold-repair-cert": (T, T, T, F_),
    "ride-fare-dispute": (T, F_, F_, T), "ride-lost-item": (F_, T, F_, T), "ride-driver-complaint": (T, T, T, F_),
    "game-recharge-missing": (F_, T, F_, T), "game-ban-appeal": (T, F_, T, T), "game-account-recover": (T, T, F_, F_),
    "wash-member-card": (T, F_, F_, T), "wash-coating-issue": (F_, T, T, T), "wash-booking": (T, T, F_, F_),
}
SLA_KINDS = [(6000, 12000), (10000, 20000), (20000, 25000)]
A3 = (0, 1, 2)
# which scenarios (by index) each hand-written complaint fits, per domain, in material order
COMPLAINT_FIT = {
    "hrss": [A3, A3, (0,), A3, A3, A3],
    "sec": [(2,), (0,), (1,), A3, A3, A3],
    "gold": [(2,), (2,), (0,), A3, A3, (1, 2)],
    "ride": [(0,), (2,), (1,), A3, (0,), (0, 2)],
    "game": [(0,), (1,), (2,), (1, 2), (1,), (0,)],
    "wash": [(1,), (0, 2), (2,), (0,), A3, (1,)],
}


def scenario_config(D):
    di = [d["key"] for d in DOMAINS].index(D["key"])
    out = []
    for j, S in enumerate(D["scenarios"]):
        S = dict(S)
        v, r, e, s = REQ[S["id"]]
        S["requires"] = dict(verification=v, reference=r, empathy=e, survey=s)
        fr, rl = SLA_KINDS[(j + di) % 3]
        S["sla"] = dict(firstResponseMs=fr, responseLatencyMs=rl, handleTimeMs=900000)
        out.append(S)
    return out


MARK = re.compile(r"⟨([^⟩]*)⟩")


def plain(text):
    return MARK.sub(lambda m: m.group(1), text)


def spoken_len(text):
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", text))


DIG = {"0": "零", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
CLAUSE = re.compile(r"[，。？！、；：~…“”]+")
FILLERS = ["呃", "那个", "嗯", "就是"]
HOMO = [("工号", "公号", 0.5), ("工单", "公单", 0.35), ("再见", "在见", 0.3)]


def asr_render(text, rng, one="幺"):
    """Speech-recognition look: codes read out digit by digit, a few homophones, punctuation dropped,
    fillers at clause starts."""
    def spell(m):
        return "".join(one if ch == "1" else DIG.get(ch, ch) for ch in m.group(1))
    s = MARK.sub(spell, text)
    for a, b, pr in HOMO:
        if a in s and rng.random() < pr:
            s = s.replace(a, b)
    clauses = [c for c in CLAUSE.split(s) if c]
    out = []
    for c in clauses:
        if rng.random() < 0.2:
            c = rng.choice(FILLERS) + " " + c
        out.append(c)
    sep = " " if rng.random() < 0.6 else ""
    return sep.join(out)


def fact_values(S):
    vals = []
    for f in S["facts"]:
        vals += [f["expected"]] + f["variants"] + f["wrong"]
    return vals


def scenario_pools(D, S, p, rng):
    """The lines one contact uses, rotated through the pools by the contact's number within its domain
    so that every hand-written line is used; agent lines carrying a value of this scenario's facts are
    kept out of every non-fact slot."""
    k = p["k"]
    vals = fact_values(S)

    def ok(line):
        t = plain(line)
        return not any(v in t for v in vals)

    def rot(name, pool, off=0, filt=True):
        pool = [x for x in pool if (ok(x) if filt else True)]
        assert pool, name
        return pool[(k * 7 + off + sum(map(ord, name))) % len(pool)]

    P = {}
    for name in ["id_ok", "id_bad", "verify_ask", "hold_ask", "hold_thanks", "ref_ok", "ref_bad", "survey", "wrap",
                 "closing", "leave", "push"]:
        P[name] = rot(name, D[name])
    vi = D["verify_ask"].index(P["verify_ask"])
    P["verify_ans"] = D["verify_ans"][vi]
    P["disclose"] = rot("disclose", S["disclose"])
    if S["requires"]["verification"]:
        # no "you are the holder of tail 4421, right?" before an identity check where one is owed
        P["id_bad"] = rot("id_bad", [x for x in D["id_bad"] if not ("⟨" in x and re.search("对吧|是吧|吗？", x))])
    P["rude"] = rot("rude", D["rude"])
    P["rude_c"] = rot("rude", D["rude"], off=3)
    comps = [c for c, fit in zip(D["complaints"], COMPLAINT_FIT[D["key"]]) if p["scenario"] in fit]
    s0 = (k * 5) % len(comps)
    P["complaints"] = comps[s0:] + comps[:s0]
    refs = [r for r in D["refer"] if p["scenario"] in r["fit"]]
    r = refs[(k // 3) % len(refs)]
    P["refer"] = dict(ask=r["ask"], buck=rot("buck", r["buck"]), polite=rot("polite", r["polite"]))
    sides = D["side"]
    P["side"] = sides[k % len(sides)]
    P["side2"] = sides[(k + 1) % len(sides)]
    facts = []
    for fi, f in enumerate(S["facts"]):
        R = f["right"]
        i = (k + fi) % len(R)
        facts.append(dict(
            ask=f["ask"][(k + fi) % len(f["ask"])],
            right=R[i], right2=R[(i + 1) % len(R)], right3=R[(i + 2) % len(R)] if len(R) > 2 else R[(i + 1) % len(R)],
            wrong=f["wrong_lines"][k % len(f["wrong_lines"])], wrong2=f["wrong_lines"][(k + 1) % len(f["wrong_lines"])],
            correct=f["correct"][k % len(f["wrong_lines"])],  # corrects the wrong line of the same index
            nonans=f["nonans"][(k // 2) % len(f["nonans"])]))
    P["facts"] = facts
    return P
