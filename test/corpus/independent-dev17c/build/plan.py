"""Seeded plan for independent-dev17c: which defect each contact carries. Seed 70919."""
import random

SEED = 70919
DOMAINS = ["youth", "checkup", "yacht", "catering", "tutor", "milk"]
PER_DOMAIN = 25


def pick(rng, pool, n):
    pool = list(pool)
    rng.shuffle(pool)
    return set(pool[:n])


def make_plan():
    rng = random.Random(SEED)
    contacts = []
    k = 0
    for d in DOMAINS:
        for i in range(PER_DOMAIN):
            contacts.append(dict(idx=k, domain=d, n=i + 1, scen=i % 3,
                                 channel="voice" if k % 2 == 0 else "webchat"))
            k += 1
    allx = range(len(contacts))
    voice = [c["idx"] for c in contacts if c["channel"] == "voice"]
    chat = [c["idx"] for c in contacts if c["channel"] == "webchat"]
    s_verif = [c["idx"] for c in contacts if c["scen"] in (0, 1)]
    s_ref = [c["idx"] for c in contacts if c["scen"] in (0, 2)]
    s_survey = [c["idx"] for c in contacts if c["scen"] in (1, 2)]
    s_emp = [c["idx"] for c in contacts if c["scen"] == 2]
    s_noemp = [c["idx"] for c in contacts if c["scen"] != 2]
    s0 = [c["idx"] for c in contacts if c["scen"] == 0]

    greet_fail = pick(rng, allx, 32)
    idm = list(allx); rng.shuffle(idm)
    id_none, id_late, id_second = set(idm[:17]), set(idm[17:33]), set(idm[33:70])
    walk = pick(rng, s0, 12)
    close_fail = pick(rng, [x for x in allx if x not in walk], 32)
    fb = list(allx); rng.shuffle(fb)
    forbid_rude, forbid_soft = set(fb[:30]), set(fb[30:43])
    vv = list(s_verif); rng.shuffle(vv)
    verif_none, verif_late = set(vv[:18]), set(vv[18:36])
    hh = list(allx); rng.shuffle(hh)
    hold_ok, hold_nothx = set(hh[:36]), set(hh[36:54])
    unann = set(hh[54:66])
    rest = [x for x in allx if x not in hold_ok | hold_nothx | unann]
    vrest = [x for x in rest if x in set(voice)]
    deadair_voice = pick(rng, vrest, 16)
    interrupt = pick(rng, voice, 18)
    rr = list(voice); rng.shuffle(rr)
    rate_slow, rate_fast = set(rr[:9]), set(rr[9:18])
    comp_extra = pick(rng, s_noemp, 24)
    complaint = set(s_emp) | comp_extra
    emp_fail = pick(rng, sorted(complaint), 32)
    sq = list(allx); rng.shuffle(sq)
    side_nonans, side_madegood, side_ok = set(sq[:26]), set(sq[26:34]), set(sq[34:70])
    ff = list(allx); rng.shuffle(ff)
    fact_wrong, fact_corr, fact_never = set(ff[:20]), set(ff[20:33]), set(ff[33:40])
    ref_fail = pick(rng, s_ref, 32)
    survey_fail = pick(rng, s_survey, 32)
    info_fail = pick(rng, allx, 20)
    fr_fail = pick(rng, [x for x in allx if x in set(chat) or contacts[x]["scen"] != 0], 15)
    nudge = pick(rng, [x for x in chat if x not in unann], 18)
    nodur = pick(rng, allx, 4)
    transfer = pick(rng, [x for x in allx if x not in nodur], 1)
    asr = pick(rng, voice, 50)
    ivr = pick(rng, voice, 38)
    idneg = pick(rng, allx, 60)
    look = pick(rng, allx, 90)
    capol = pick(rng, allx, 40)
    backch = pick(rng, voice, 35)
    cpause = pick(rng, voice, 15)

    for c in contacts:
        x = c["idx"]
        c.update(
            greet=x not in greet_fail,
            idpos="none" if x in id_none else "late" if x in id_late else "second" if x in id_second else "first",
            close="walk" if x in walk else "fail" if x in close_fail else "pass",
            forbid="rude" if x in forbid_rude else "soft" if x in forbid_soft else None,
            verif=None if c["scen"] == 2 else "none" if x in verif_none else "late" if x in verif_late else "pass",
            hold="ok" if x in hold_ok else "nothx" if x in hold_nothx else "unann" if x in unann else None,
            deadair=x in deadair_voice,
            interrupt=x in interrupt,
            rate="slow" if x in rate_slow else "fast" if x in rate_fast else "ok",
            complaint=x in complaint, emp_fail=x in emp_fail,
            side="nonans" if x in side_nonans else "madegood" if x in side_madegood else "ok" if x in side_ok else None,
            fact="wrong" if x in fact_wrong else "corr" if x in fact_corr else "never" if x in fact_never else "ok",
            ref_fail=x in ref_fail, survey_fail=x in survey_fail, info_fail=x in info_fail,
            fr_fail=x in fr_fail, nudge=x in nudge, nodur=x in nodur, transfer=x in transfer,
            asr=x in asr, ivr=x in ivr, idneg=x in idneg, look=x in look, capol=x in capol,
            backch=x in backch, cpause=x in cpause,
            seed=SEED * 1000 + x,
        )
    return contacts
