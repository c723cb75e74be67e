"""Which defect goes into which contact.

Defects are dealt out by quota (a seeded shuffle of the eligible contacts) rather than by coin
flips, so every check gets enough `fail` and `pass` labels in every build. A plan is a plain dict
of choices; dialogue.py turns it into turns and labels.py reads the same choices back as labels.
"""
import random

DOMAIN_CONTACTS = 25  # completed contacts per domain (plus the no-agent / harness-failure extras)

# how many contacts get each defect (fails) or each hard negative; the comment says why the number
QUOTAS = dict(
    greeting_fail=19,
    agentid_fail=23,
    agentid_second_turn=14,  # pass, but the id only comes in the agent's 2nd turn
    closing_fail=20,
    hangup=5,                # customer leaves mid-contact: closing na
    forbidden=28,
    lookalike=30,            # polite look-alike of a 忌语 (forbidden-words pass, hard negative)
    curt=15,                 # politeness fail without (necessarily) a 忌语
    warm_plain=21,           # politeness pass: plain-spoken (你 in places, 好嘞, 辛苦了) but warm
    first_response_fail=19,
    nonanswer=18,            # resolution fail
    wrong_fact=19,           # no-misinformation fail
    partial_fact=8,          # fact-accuracy fail, resolution pass
    survey_fail=21,
    extra_complaint=24,      # complaint in a scenario that does not require empathy
    customer_pause=22,       # customer takes long to answer an agent question (hard negative)
)
VOICE_QUOTAS = dict(
    interruption=18, backchannel=16, rate_fast=10, rate_slow=9, rate_fast_normal=13, asr_noise=52,
    hold_music=8,
)
# look-up behaviour: how the silence after "let me check" goes
LOOKUP_MODES = dict(
    hold_ok=24,        # announced hold, thanked afterwards
    hold_nothanks=13,  # announced hold, no thanks -> hold-etiquette fail
    dead=12,           # unannounced silence: voice 8.5-13.5 s (dead air only); chat 31-45 s (+hold, +latency)
    dead_long=9,       # voice unannounced 16-28 s (dead air + unannounced hold)
    dead_xlong=5,      # voice unannounced 31-40 s (dead air + hold + response latency)
    slow_chat=9,       # chat unannounced 21-28 s: response latency (sla 20 s) only
)


def deal(rng, pool, n, taken=None):
    """Pick n contacts from pool (seeded), skipping those in `taken`."""
    cands = [c for c in pool if taken is None or c["cid"] not in taken]
    rng.shuffle(cands)
    return cands[:n]


def make_plans(domains, seed=20261203):
    rng = random.Random(seed)
    plans = []
    for dom in domains:
        scen = dom["scenarios"]
        for i in range(DOMAIN_CONTACTS):
            sc = scen[i % len(scen)]
            channel = "voice" if (i // len(scen)) % 2 == (i % len(scen)) % 2 else "webchat"
            plans.append(dict(
                cid=f"{sc['key']}-{'v' if channel == 'voice' else 'c'}{i:02d}", domain=dom["domain"], dom=dom,
                sc=sc, channel=channel,
                # voice lines of every other scenario go through an IVR menu and a queue; the others are
                # direct lines where the agent answers the call (answered == agent-joined)
                ivr=channel == "voice" and scen.index(sc) % 2 == 0, scenarioId=f"{sc['key']}-{'voice' if channel == 'voice' else 'chat'}-01",
            ))
    for p in plans:
        p.update(greeting=True, agentid="first", closing="pass", forbidden=None, lookalike=False, curt=False,
                 first_response="pass", answer="correct", survey=None, complaint=None, empathy=None,
                 customer_pause=False, interruption=False, backchannel=False, rate="normal", asr=False,
                 lookup="quick", hold_music=False, verification=None, reference=None, required_skip=None,
                 hangup=False, warm_plain=False)
    voice = [p for p in plans if p["channel"] == "voice"]
    chat = [p for p in plans if p["channel"] == "webchat"]

    for p in deal(rng, plans, QUOTAS["greeting_fail"]):
        p["greeting"] = False
    for p in deal(rng, plans, QUOTAS["agentid_fail"]):
        p["agentid"] = "none"
    for p in deal(rng, [p for p in plans if p["agentid"] == "first"], QUOTAS["agentid_second_turn"]):
        p["agentid"] = "second"
    quit_pool = [p for p in plans if not p["sc"]["requires"]["survey"] and not p["sc"]["requires"]["reference"]]
    for p in deal(rng, quit_pool, QUOTAS["hangup"]):
        p["hangup"] = True
        p["closing"] = "na"
    for p in deal(rng, [p for p in plans if not p["hangup"]], QUOTAS["closing_fail"]):
        p["closing"] = "fail"
    for p in deal(rng, plans, QUOTAS["curt"]):
        p["curt"] = True
    for p in deal(rng, plans, QUOTAS["forbidden"]):
        p["forbidden"] = rng.randrange(10_000)
    for p in deal(rng, [p for p in plans if p["forbidden"] is None and not p["curt"]], QUOTAS["lookalike"]):
        p["lookalike"] = True
    for p in deal(rng, [p for p in plans if p["forbidden"] is None and not p["curt"]], QUOTAS["warm_plain"]):
        p["warm_plain"] = True
    # voice first-response sla is 5 s (a late pick-up line is audible), chat 20 s
    # IVR voice lines are never late on first response: their sla is counted generously so that it
    # holds whether one measures from `answered` (IVR pick-up) or from `agent-joined`
    for p in deal(rng, [p for p in plans if not p["ivr"]], QUOTAS["first_response_fail"]):
        p["first_response"] = "fail"
    for p in deal(rng, plans, QUOTAS["nonanswer"]):
        p["answer"] = "nonanswer"
    wrong_pool = [p for p in plans if p["answer"] == "correct" and p["sc"]["answers"]["wrong"]]
    for p in deal(rng, wrong_pool, QUOTAS["wrong_fact"]):
        p["answer"] = "wrong"
    partial_pool = [p for p in plans if p["answer"] == "correct" and p["sc"]["answers"]["partial"]]
    for p in deal(rng, partial_pool, QUOTAS["partial_fact"]):
        p["answer"] = "partial"
    survey_pool = [p for p in plans if p["sc"]["requires"]["survey"]]
    for p in survey_pool:
        p["survey"] = True
    for p in deal(rng, survey_pool, QUOTAS["survey_fail"]):
        p["survey"] = False
    # complaints: always in empathy scenarios (in the opening need), extra ones elsewhere
    for p in plans:
        if p["sc"]["requires"]["empathy"]:
            p["complaint"] = "opening"
    for p in deal(rng, [p for p in plans if p["complaint"] is None], QUOTAS["extra_complaint"]):
        p["complaint"] = "later"
    complainers = [p for p in plans if p["complaint"]]
    for p in complainers:
        p["empathy"] = True
    for p in deal(rng, complainers, len(complainers) * 9 // 20):
        p["empathy"] = False
    for p in deal(rng, plans, QUOTAS["customer_pause"]):
        p["customer_pause"] = True
    ver = [p for p in plans if p["sc"]["requires"]["verification"]]
    for p in ver:
        p["verification"] = True
    for p in deal(rng, ver, len(ver) * 9 // 20):
        p["verification"] = False
    ref = [p for p in plans if p["sc"]["requires"]["reference"]]
    for p in ref:
        p["reference"] = True
    for p in deal(rng, ref, len(ref) * 9 // 20):
        p["reference"] = False
    req = [p for p in plans if p["sc"]["requiredInfo"]]
    for p in deal(rng, req, 22):
        p["required_skip"] = rng.randrange(len(p["sc"]["requiredInfo"]))

    for p in deal(rng, voice, VOICE_QUOTAS["interruption"]):
        p["interruption"] = True
    for p in deal(rng, voice, VOICE_QUOTAS["backchannel"]):
        p["backchannel"] = True
    rate_pool = list(voice)
    rng.shuffle(rate_pool)
    k = 0
    for mode in ("rate_fast", "rate_slow", "rate_fast_normal"):
        for p in rate_pool[k:k + VOICE_QUOTAS[mode]]:
            p["rate"] = mode[5:]
        k += VOICE_QUOTAS[mode]
    for p in deal(rng, voice, VOICE_QUOTAS["asr_noise"]):
        p["asr"] = True

    # look-up behaviour; voice-only and chat-only modes drawn from their channel
    taken = set()
    for mode, n in LOOKUP_MODES.items():
        pool = voice if mode in ("dead_long", "dead_xlong") else chat if mode == "slow_chat" else plans
        for p in deal(rng, pool, n, taken):
            p["lookup"] = mode
            taken.add(p["cid"])
    for p in deal(rng, [p for p in voice if p["lookup"] in ("hold_ok", "hold_nothanks", "dead_long")],
                  VOICE_QUOTAS["hold_music"]):
        p["hold_music"] = True
    return plans
