"""Seeded plan: which defects and hard negatives each of the 150 normal contacts carries.

Quotas are drawn per domain (25 contacts, scenarios rotate 0,1,2, channels alternate voice/chat over the
whole set) so that every check gets enough pass and fail labels; the RNG is seeded with SEED + domain.
"""
import random

from common import SEED, DOMAINS, scenario_config

FACT_STATES = ["R"] * 42 + ["NR"] * 8 + ["W"] * 12 + ["WC"] * 14 + ["RW"] * 6 + ["N"] * 18
NUDGES = ["在吗？", "还在吗？", "您好，在吗？"]


def sample(rng, pool, n):
    pool = list(pool)
    rng.shuffle(pool)
    return set(pool[:n])


def make_plan():
    plans = []
    nodur = {13, 58, 97, 136}
    for di, D in enumerate(DOMAINS):
        rng = random.Random(SEED + di * 101)
        scs = scenario_config(D)
        idx = list(range(25))
        ch = ["voice" if (di * 25 + k) % 2 == 0 else "webchat" for k in idx]
        voice = [k for k in idx if ch[k] == "voice"]
        chat = [k for k in idx if ch[k] == "webchat"]
        P = [dict(k=k, index=di * 25 + k, domain=D["key"], scenario=k % 3, channel=ch[k],
                  contactId="h7a-%s-%02d" % (D["key"], k + 1)) for k in idx]
        asr = sample(rng, voice, round(len(voice) * 0.7))
        ivr = sample(rng, voice, len(voice) // 2)
        nogreet = sample(rng, idx, 4)
        ids = ["ok1"] * 9 + ["ok2"] * 6 + ["bad"] * 5 + ["late"] * 2 + ["none"] * 3
        rng.shuffle(ids)
        closings = ["ok"] * 10 + ["ok_prev"] * 3 + ["wrap_curt"] * 3 + ["stop"] * 3 + ["early"] * 2 + ["na"] * 4
        rng.shuffle(closings)
        rude_push = sample(rng, idx, 3)
        rude_comp = sample(rng, [k for k in idx if k not in rude_push], 2)
        refers = ["buck_only"] * 2 + ["buck_then_polite"] * 2 + ["polite"] * 6 + [None] * 15
        rng.shuffle(refers)
        holds = ["ok"] * 6 + ["nothanks"] * 4 + ["unannounced"] * 2 + [None] * 13
        rng.shuffle(holds)
        cpause = sample(rng, idx, 5)
        rates = {}
        fast = sample(rng, voice, 2)
        slow = sample(rng, [k for k in voice if k not in fast], 1)
        noinfo = sample(rng, idx, 5)
        apol = sample(rng, idx, 4)
        for p in P:
            k = p["k"]
            S = scs[p["scenario"]]
            req = S["requires"]
            sla = S["sla"]
            v = p["channel"] == "voice"
            p["asr"] = k in asr
            p["one_style"] = "幺" if rng.random() < 0.7 else "一"
            p["ivr"] = k in ivr
            p["ivr_text"] = "您好，欢迎致电%s，业务咨询请按1，人工服务请按0。" % D["org"]
            p["greet"] = k not in nogreet
            p["id"] = ids[k]
            p["id_bad_turn"] = 1 if rng.random() < 0.5 else 2
            p["closing"] = closings[k]
            p["rude"] = "push" if k in rude_push else ("complaint" if k in rude_comp else None)
            p["rude_restate"] = False
            p["refer"] = refers[k]
            p["hold"] = holds[k]
            p["hold_ack"] = rng.random() < 0.6
            p["unann_thanks"] = rng.random() < 0.4
            p["unann_after_customer"] = rng.random() < 0.5
            p["cust_pause"] = k in cpause
            p["apology"] = k in apol
            p["info_asked"] = k not in noinfo
            # verification
            if req["verification"]:
                r = rng.random()
                p["verify"] = "ok" if r < 0.55 else ("late" if r < 0.78 else "none")
            else:
                p["verify"] = "ok" if rng.random() < 0.4 else "none"
            # complaints
            comps = []
            if req["empathy"] or rng.random() < 0.45 or p["rude"] == "complaint":
                pos = "open" if rng.random() < 0.5 else "mid"
                comps.append([pos, "ack" if rng.random() < 0.6 else "nonack"])
                if rng.random() < 0.2:
                    comps = [["open", comps[0][1]], ["mid", "ack" if rng.random() < 0.6 else "nonack"]]
            if p["rude"] == "complaint":
                comps[-1][1] = "rude"
            p["complaints"] = comps
            # facts
            p["facts"] = [rng.choice(FACT_STATES) for _ in S["facts"]]
            if p["rude"] == "push":
                p["rude_restate"] = p["facts"][0] in ("R", "NR", "WC") and rng.random() < 0.5
            # reference / survey
            if req["reference"]:
                r = rng.random()
                p["ref"] = "ok" if r < 0.6 else ("bad" if r < 0.8 else None)
            else:
                r = rng.random()
                p["ref"] = "ok" if r < 0.3 else ("bad" if r < 0.5 else None)
            p["ref_bad_too"] = p["ref"] == "ok" and rng.random() < 0.3
            p["survey"] = (rng.random() < 0.62) if req["survey"] else (rng.random() < 0.3)
            if p["closing"] == "na":
                p["survey"] = False
            p["side"] = None
            p["rate_mode"] = "fast" if k in fast else ("slow" if k in slow else "ok")
            p["rate"] = {"ok": rng.uniform(170, 240), "fast": rng.uniform(350, 410), "slow": rng.uniform(82, 98)}[p["rate_mode"]]
            p["transfer_event"] = p["no_duration"] = p["index"] in nodur
            p["dead"] = None
            p["interrupt"] = None
            p["bc"] = None
            p["bc_here"] = False
            p["lat"] = None
            p["lat_gap"] = 0
            p["gapmark"] = {}
            p["msg2"] = None
            p["hold_gap"] = 0
            if p["hold"]:
                if v:
                    p["hold_gap"] = rng.randint(16000, 24000) if p["hold"] == "unannounced" else rng.randint(16000, 45000)
                else:
                    p["hold_gap"] = rng.randint(35000, 60000) if p["hold"] == "unannounced" else rng.randint(35000, 90000)
            p["dead_gap"] = 0
        # side questions (hard negatives), not where the customer leaves
        side_ok = [p["k"] for p in P if p["closing"] != "na"]
        sides = sorted(sample(rng, side_ok, 6))
        for j, k in enumerate(sides):
            P[k]["side"] = "shrug" if j % 3 != 2 else "answer"

        def slots(p):
            s = ["t2"]
            if p["hold"] != "unannounced":
                s.append("fa0")
            if len(scs[p["scenario"]]["facts"]) > 1:
                s.append("fa1")
            return s

        used = {p["k"]: set() for p in P}
        # dead air (voice)
        cand = [k for k in voice if P[k]["hold"] is None]
        mid = sample(rng, cand, 2)
        for k in mid:
            P[k]["dead"] = "midlookup"
            P[k]["dead_gap"] = rng.randint(9000, 13000)
            used[k].add("fa0")
        rest = [k for k in voice if k not in mid]
        ac = sample(rng, rest, 1)
        for k in ac:
            P[k]["dead"] = "aftercust"
            sl = rng.choice([s for s in slots(P[k]) if s not in used[k]])
            P[k]["gapmark"][sl] = rng.randint(9000, 11500)
            used[k].add(sl)
        fw = sample(rng, [k for k in rest if k not in ac], 1)
        # first response
        for p in P:
            p["fr_delay"] = rng.randint(600, 2500) if p["channel"] == "voice" else rng.randint(1500, 5000)
        for k in fw:
            P[k]["dead"] = "firstword"
            P[k]["fr_delay"] = rng.randint(8500, 12000)
        fr_el = [k for k in idx if k not in fw and (ch[k] == "webchat" or scs[k % 3]["sla"]["firstResponseMs"] < 15000)]
        for k in sample(rng, fr_el, 4):
            sla = scs[k % 3]["sla"]["firstResponseMs"]
            if ch[k] == "webchat":
                P[k]["fr_delay"] = rng.randint(sla + 1000, min(29000, sla + 8000))
            elif sla < 8000:
                P[k]["fr_delay"] = rng.randint(sla + 500, 7800)
            else:
                P[k]["fr_delay"] = rng.randint(sla + 500, sla + 2500)
        # response latency
        lat_el = [k for k in idx if ch[k] == "webchat" or scs[k % 3]["sla"]["responseLatencyMs"] <= 12000]
        for k in sorted(sample(rng, lat_el, 5)):
            p = P[k]
            rl = scs[k % 3]["sla"]["responseLatencyMs"]
            free = [s for s in slots(p) if s not in used[k]]
            if not free:
                continue
            sl = rng.choice(free)
            used[k].add(sl)
            if p["channel"] == "voice":
                g = rng.randint(rl + 500, rl + 2500)
                p["lat"] = "gap"
                p["gapmark"][sl] = g
                p["lat_gap"] = g
            else:
                g = min(29500, rng.randint(rl + 1000, rl + 4000))
                p["lat_gap"] = g
                if sl.startswith("fa") and rng.random() < 0.5:
                    m2 = rng.randint(6000, 10000)
                    p["lat"] = "2msg"
                    p["msg2"] = [int(sl[2]), m2, rng.choice(NUDGES)]
                    p["gapmark"][sl] = g - m2
                else:
                    p["lat"] = "gap"
                    p["gapmark"][sl] = g
        # interruption and backchannel (voice)
        for k in sorted(sample(rng, voice, 4)):
            p = P[k]
            opts = ["t2"]
            if p["hold"] is None and p["dead"] != "midlookup" and "fa0" not in used[k]:
                opts.append("fa")
            if any(c[0] == "mid" for c in p["complaints"]) and "comp" not in used[k]:
                opts.append("comp")
            if p["rude"] == "push":
                opts.append("rude")
            opts = [o for o in opts if (o != "t2" or "t2" not in used[k])]
            if not opts:
                continue
            p["interrupt"] = rng.choice(opts)
            used[k].add({"fa": "fa0"}.get(p["interrupt"], p["interrupt"]))
        for k in sorted(sample(rng, voice, 5)):
            p = P[k]
            opts = []
            if any(c[0] == "mid" for c in p["complaints"]) and p["interrupt"] != "comp":
                opts.append("comp")
            if p["rude"] == "push" and p["interrupt"] != "rude":
                opts.append("push")
            if p["refer"]:
                opts.append("refer")
            if not opts:
                opts = ["fask"] if p["interrupt"] != "fa" and "fa0" not in used[k] else []
            if opts:
                p["bc"] = rng.choice(opts)
                p["bc_here"] = True
        plans += P
    return plans
