# -*- coding: utf-8 -*-
"""Seeded plan for independent-dev25c: which contact carries which defect, of what kind, where."""
import random

SEED = 91573
TRADES = ["office", "camera", "brush", "print3d", "topup", "nursing"]
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
CAP = 5


def make_plan(mats, seed=SEED):
    rng = random.Random(seed)
    contacts = []
    for ti, tr in enumerate(TRADES):
        scen = mats[tr]["scenarios"]
        kinds = ["account"] * 8 + ["complaint"] * 8 + ["info"] * 9
        rng.shuffle(kinds)
        nvoice = 13 if ti % 2 == 0 else 12
        chans = ["voice"] * nvoice + ["webchat"] * (25 - nvoice)
        rng.shuffle(chans)
        for i in range(25):
            sc = [s for s in scen if s["kind"] == kinds[i]][0]
            contacts.append(dict(trade=tr, n=i + 1, cid="h18c-%s-%02d" % (tr, i + 1), scenario=sc, kind=kinds[i],
                                 channel=chans[i], fails={}, extra={}))
    N = len(contacts)
    idx = list(range(N))
    clean = set(rng.sample(idx, 10))
    cnt = [0] * N
    caps = [1] * 8 + [2] * 22 + [3] * 36 + [4] * 40 + [5] * 34
    rng.shuffle(caps)
    capi = iter(caps)
    cap = [0 if i in clean else next(capi) for i in range(N)]

    def pick(check, n, elig, kinds, cost=1, extra_checks=None):
        pool = [i for i in elig if i not in clean and check not in contacts[i]["fails"]]
        rng.shuffle(pool)
        pool.sort(key=lambda i: cnt[i] / cap[i])  # fill each contact towards its own drawn capacity
        chosen = []
        for limit in ("own", "cap"):
          for i in pool:
            if len(chosen) >= n:
                break
            if i in chosen:
                continue
            k = rng.choice(kinds) if isinstance(kinds, list) else kinds
            c = 1 + len((extra_checks or (lambda i, k: []))(i, k))
            if cnt[i] + c > (cap[i] if limit == "own" else CAP):
                continue
            contacts[i]["fails"][check] = dict(kind=k, pos=rng.choice(["early", "middle", "late"]),
                                               buried=rng.random() < 0.5)
            for ec in (extra_checks or (lambda i, k: []))(i, k):
                contacts[i]["fails"].setdefault(ec, dict(kind="coupled", pos="middle", buried=False))
            cnt[i] += c
            chosen.append(i)
        return chosen

    voice = [i for i in idx if contacts[i]["channel"] == "voice"]
    chat = [i for i in idx if contacts[i]["channel"] == "webchat"]
    acct_cmp = [i for i in idx if contacts[i]["kind"] in ("account", "complaint")]
    acct_info = [i for i in idx if contacts[i]["kind"] in ("account", "info")]

    # walk-outs (closing na)
    walk = set(rng.sample([i for i in idx if i not in clean], 8))
    for i in walk:
        contacts[i]["extra"]["walkout"] = True

    def hold_extra(i, k):
        if k != "unannounced":
            return []
        return ["dead-air", "response-latency"] if contacts[i]["channel"] == "webchat" else ["dead-air"]
    pick("hold-etiquette", rng.randint(25, 30), idx, ["unannounced", "unannounced", "nothanks", "second-nothanks"],
         extra_checks=hold_extra)
    # restricted checks first
    pick("first-response", rng.randint(7, 11), chat, "late")
    nd = rng.randint(25, 30) - sum(1 for c in contacts if "dead-air" in c["fails"])
    pick("dead-air", max(nd, 0), voice, ["gap", "gap", "joined", "between"])
    nl = rng.randint(25, 30) - sum(1 for c in contacts if "response-latency" in c["fails"])
    pick("response-latency", max(nl, 0), chat, ["gap", "nudge"])
    pick("verification", rng.randint(25, 30), acct_cmp, ["never", "late", "late"])
    pick("record-reference", rng.randint(25, 30), acct_cmp, "absent")
    pick("survey-offered", rng.randint(25, 30), acct_info, "absent")
    pick("interruption", rng.randint(15, 19), voice, ["reply", "reply", "two"])
    pick("speech-rate", rng.randint(15, 19), voice, ["slow", "fast"])
    pick("politeness", rng.randint(25, 30), idx, ["rude", "rude", "two-rude", "refuse-repeat"],
         extra_checks=lambda i, k: ["forbidden-words"])
    pick("forbidden-words", rng.randint(7, 11), idx, ["tuiwei", "lengmo", "toldyou"])
    cmp_ = [i for i in idx if contacts[i]["kind"] == "complaint"]
    others = [i for i in idx if contacts[i]["kind"] != "complaint"]
    pick("empathy", rng.randint(18, 21), cmp_, ["none", "open", "second"])
    ne = rng.randint(25, 30) - sum(1 for c in contacts if "empathy" in c["fails"])
    pick("empathy", max(ne, 0), others, ["generic", "open-generic"])
    pick("resolution", rng.randint(25, 30), idx, "nonanswer")
    # fact-accuracy / no-misinformation
    b = rng.randint(10, 13)
    pick("fact-accuracy", b, idx, "wrong", extra_checks=lambda i, k: ["no-misinformation"])
    pick("no-misinformation", rng.randint(25, 29) - b, idx, "corrected")
    pick("fact-accuracy", rng.randint(25, 29) - b,
         [i for i in idx if "verification" not in contacts[i]["fails"]
          and "no-misinformation" not in contacts[i]["fails"]], "unstated")
    pick("greeting", rng.randint(25, 30), idx, ["bad", "absent"])
    pick("agent-id", rng.randint(25, 30), idx, ["late", "late", "never"])
    pick("closing", rng.randint(25, 30), [i for i in idx if i not in walk], ["wrapup", "instruction", "curt"])
    pick("required-info", rng.randint(25, 30), idx, ["skip", "volunteer"])

    # style draws (hard negatives and variety)
    for i, c in enumerate(contacts):
        ch = c["channel"]
        ex = c["extra"]
        ex["ivr"] = ch == "voice" and rng.random() < 0.5
        ex["bot"] = ch == "webchat" and rng.random() < 0.4
        ex["asr"] = ch == "voice" and rng.random() < 0.67
        ex["opening"] = rng.choice(["request", "request", "smalltalk", "apology"] +
                                   (["complaint"] if c["kind"] != "info" else []) +
                                   (["prejoin"] if ch == "webchat" and not ex["bot"] else []))
        f = c["fails"].get("empathy")
        if f and f["kind"] in ("open", "open-generic"):
            ex["opening"] = "complaint"
        if ex["opening"] == "complaint" and c["kind"] == "info" and not (f and f["kind"] == "open-generic"):
            ex["opening"] = "request"
        ex["id_pos"] = rng.choice([1, 1, 2])
        ex["verify_first"] = rng.random() < 0.5
        ex["pad"] = rng.randint(0, 9)
        # hold passes for some contacts without hold fails
        ex["hold_ok"] = "hold-etiquette" not in c["fails"] and rng.random() < 0.3
        ex["short_wait"] = ch == "voice" and rng.random() < 0.25
        ex["thanks_nohold"] = rng.random() < 0.2
        ex["side"] = rng.choice(["none", "answer", "makegood", "casual", "answer"])
        ex["generic_complaint_ok"] = c["kind"] != "complaint" and "empathy" not in c["fails"] and rng.random() < 0.2
        ex["escalate_ok"] = c["kind"] == "complaint" and "empathy" not in c["fails"] and rng.random() < 0.4
        ex["backchannel"] = ch == "voice" and rng.random() < 0.6
        ex["small_overlap"] = ch == "voice" and rng.random() < 0.3
        ex["slow_customer"] = rng.random() < 0.25
        ex["lookalike"] = rng.random() < 0.6
        ex["hotline"] = rng.random() < 0.3
        ex["nudge_ok"] = ch == "webchat" and rng.random() < 0.2
        ex["volunteer_ok"] = rng.random() < 0.15
        ex["wrapup_ok"] = rng.random() < 0.3
        ex["survey_first"] = rng.random() < 0.3
        ex["event_hold"] = ch == "voice" and rng.random() < 0.4
        ex["seed"] = rng.randint(0, 10 ** 9)
        heavy = {"hold-etiquette", "dead-air", "response-latency", "politeness", "forbidden-words", "empathy",
                 "resolution", "interruption", "no-misinformation"}
        ex["brief"] = (c["kind"] != "complaint" and not heavy & set(c["fails"]) and not ex.get("walkout")
                       and ex["opening"] in ("request", "prejoin") and rng.random() < 0.6)
        if ex["brief"]:
            ex.update(pad=0, side="none", hold_ok=False, short_wait=False, wrapup_ok=False, generic_complaint_ok=False,
                      verify_first=True, hotline=False)
    nodur = rng.sample(idx, 4)
    for i in nodur:
        contacts[i]["extra"]["nodur"] = True
    contacts[rng.choice(idx)]["extra"]["transfer_event"] = True
    return contacts
