"""Seeded plan: which defects / hard negatives each normal contact carries. Seed 38461."""
import random

SEED = 38461
DOMAINS = ["city", "blood", "museum", "golf", "phone", "storage"]
PER_DOMAIN = 25


def _quota(rng, n, k, eligible=None):
    idx = [i for i in range(n) if eligible is None or eligible(i)]
    rng.shuffle(idx)
    return set(idx[:k])


def make_plan(scen_req):
    """scen_req(i) -> requires dict of contact i's scenario."""
    rng = random.Random(SEED)
    n = len(DOMAINS) * PER_DOMAIN
    P = [dict(i=i, domain=DOMAINS[i // PER_DOMAIN], k=i % PER_DOMAIN, scen=(i % PER_DOMAIN) % 3,
              channel="voice" if i % 2 == 0 else "webchat") for i in range(n)]
    voice = lambda i: P[i]["channel"] == "voice"
    ivr = _quota(rng, n, 38, voice)
    asr = _quota(rng, n, 50, voice)
    for p in P:
        p["ivr"] = p["i"] in ivr
        p["asr"] = p["i"] in asr
    greet_f = _quota(rng, n, 34)
    aid_f = _quota(rng, n, 34)
    close_na = _quota(rng, n, 16)
    close_f = _quota(rng, n, 34, lambda i: i not in close_na)
    fw = _quota(rng, n, 56)
    rude = set(sorted(fw)[::2])  # every other forbidden contact gets a rude 忌语 (also a politeness fail)
    ver_f = _quota(rng, n, 40, lambda i: scen_req(i)["verification"])
    hold = _quota(rng, n, 100)
    hold_unann = _quota(rng, n, 12, lambda i: i in hold)
    hold_unthk = _quota(rng, n, 16, lambda i: i in hold and i not in hold_unann)
    dead = _quota(rng, n, 22)
    intr = _quota(rng, n, 20, voice)
    bch = _quota(rng, n, 25, lambda i: voice(i) and i not in intr)
    rate = _quota(rng, n, 20, voice)
    extra_compl = _quota(rng, n, 22, lambda i: not scen_req(i)["empathy"])
    emp_f = _quota(rng, n, 32, lambda i: scen_req(i)["empathy"] or i in extra_compl)
    nonans = _quota(rng, n, 30)
    madegood = _quota(rng, n, 10, lambda i: i not in nonans)
    fact_wrong = _quota(rng, n, 32)
    fact_miss = _quota(rng, n, 12, lambda i: i not in fact_wrong)
    fact_corr = _quota(rng, n, 16, lambda i: i not in fact_wrong and i not in fact_miss)
    lat = _quota(rng, n, 20, lambda i: i not in dead)
    ref_f = _quota(rng, n, 35, lambda i: scen_req(i)["reference"])
    srv_f = _quota(rng, n, 35, lambda i: scen_req(i)["survey"])
    info_f = _quota(rng, n, 20)
    fr_f = _quota(rng, n, 14)
    nodur = _quota(rng, n, 4)
    for p in P:
        i = p["i"]
        p.update(greet=i not in greet_f, aid=("fail-none" if rng.random() < 0.5 else "fail-late") if i in aid_f else ("a1" if rng.random() < 0.6 else "a2"),
                 close="na" if i in close_na else ("fail" if i in close_f else "pass"),
                 forbid=i in fw, rude=i in rude, verify="fail-none" if (i in ver_f and rng.random() < 0.5) else ("fail-late" if i in ver_f else "pass"),
                 hold=("unann" if i in hold_unann else "unthk" if i in hold_unthk else "ok") if i in hold else "none",
                 hold_events=voice(i) and rng.random() < 0.4,
                 dead=("a2" if rng.random() < 0.5 else "a6") if i in dead else None, intr=("a2" if rng.random() < 0.5 else "a6") if i in intr else None,
                 backch=i in bch, rate=("fast" if rng.random() < 0.5 else "slow") if i in rate else "ok",
                 complaint=scen_req(i)["empathy"] or i in extra_compl, emp_fail=i in emp_f,
                 nonans=i in nonans, madegood=i in madegood,
                 fact="wrong" if i in fact_wrong else "miss" if i in fact_miss else "corr" if i in fact_corr else "ok",
                 lat=("a2" if rng.random() < 0.5 else "a6") if i in lat else None,
                 ref=i not in ref_f, survey=i not in srv_f, info=i not in info_f, fr_fail=i in fr_f,
                 nodur=i in nodur, sorry=rng.random() < 0.3, lookalike=rng.random() < 0.7, seed=rng.randrange(1 << 30))
    return P
