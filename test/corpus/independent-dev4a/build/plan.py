"""Draws each contact's plan: which checks it passes or fails and in which way (seeded)."""
import pools as P

FACT_MODES = [("correct", 35), ("variant", 15), ("cust-wrong", 7), ("wrong", 14), ("wrong-corrected", 8),
              ("correct-then-wrong", 7), ("negated", 5), ("unstated", 9)]
HOLDS = [("none", 28), ("short", 8), ("proper", 22), ("music", 8), ("no-thanks", 12), ("unannounced", 12),
         ("proper+no-thanks", 3), ("proper+unannounced", 3), ("proper+proper", 4)]
EMPATHY = [("pass1", 46), ("pass2", 18), ("fail-not", 20), ("fail-ignore", 16), ("fail-second", 16)]


def weighted(r, pairs):
    x = r.uniform(0, sum(w for _, w in pairs))
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def draw(r, i, ch, scen):
    role = scen["role"]
    req_verif = role in (1, 2)
    req_ref = role in (1, 3)
    req_survey = role in (1, 2)
    p = dict(ch=ch, role=role)
    p["style"] = "curt" if r.random() < 0.13 else "polite"
    p["greet"] = r.random() > 0.2
    idm = weighted(r, [("pass-digits", 30), ("pass-words", 15 if ch == "voice" else 0), ("pass-name", 15), ("pass-late-2", 8),
                       ("fail-bare", 12), ("fail-hotline", 8), ("fail-late", 7), ("fail-none", 7)])
    p["idmode"] = idm
    p["staff_no"] = str(r.randint(1000, 9899)) if r.random() < 0.8 else "A" + str(r.randint(10, 99))
    p["surname"] = r.choice(P.SURNAMES)
    p["complaint"] = role == 2 or r.random() < 0.25
    emp = weighted(r, EMPATHY) if p["complaint"] else "none"
    if p["style"] == "curt" and emp != "none":
        emp = "fail-ignore"  # a curt agent never softens, or it would not be "consistently curt"
    p["empathy"] = emp
    p["second_complaint"] = emp == "fail-second" or (emp.startswith("pass") and r.random() < 0.2)
    p["verif"] = ("fail" if r.random() < 0.36 else "pass") if req_verif else "none"
    p["req"] = "fail" if r.random() < 0.27 else "pass"
    p["volunteer"] = p["req"] == "fail" and r.random() < 0.5
    hold = weighted(r, HOLDS)
    if p["style"] == "curt" and hold not in ("none", "short", "no-thanks", "unannounced"):
        hold = "no-thanks"
    if ch == "webchat" and hold == "music":
        hold = "proper"
    p["hold"] = hold
    p["latency_fail"] = r.random() < 0.19
    p["dead"] = ch == "voice" and r.random() < 0.25
    p["first_late"] = r.random() < 0.2
    p["ivr"] = ch == "voice" and (p["first_late"] or r.random() < 0.3)
    p["interrupt"] = weighted(r, [("none", 45), ("fail", 33), ("soft", 22)]) if ch == "voice" else "none"
    p["cust_barge"] = ch == "voice" and r.random() < 0.25  # the customer talks over the agent: no agent defect
    p["rate"] = weighted(r, [("normal", 68), ("fast", 16), ("slow", 16)]) if ch == "voice" else "normal"
    p["fact"] = weighted(r, FACT_MODES)
    p["wrong_i"] = r.randrange(len(scen["facts"][0]["wrong"]))
    p["side"] = weighted(r, [("answer", 55), ("referral", 28), ("nonanswer", 17)])
    p["ref"] = weighted(r, [("pass", 40), ("pass-words", 14 if ch == "voice" else 0), ("fail-none", 20), ("fail-numbers", 26)]) if req_ref else "none"
    p["survey"] = ("fail" if r.random() < 0.38 else "pass") if req_survey else "none"
    closing = weighted(r, [("pass", 58), ("fail-wrapq", 16), ("fail-flat", 16), ("na-left", 10)])
    if closing == "na-left" and role != 3:
        closing = "fail-flat"
    p["closing"] = closing
    forb = r.random() < 0.3
    p["forbidden"] = r.randrange(len(P.FORBIDDEN)) if forb else None
    p["forbidden_at"] = r.choice(["t2", "fact", "side"]) if forb else None
    if forb and P.FORBIDDEN[p["forbidden"]][0] == "already-told":
        p["forbidden_at"] = "side"  # "I already told you" needs something said before
    p["forbidden_text"] = P.FORBIDDEN[p["forbidden"]][1] if forb else ""
    look = None
    if not forb and p["style"] != "curt" and r.random() < 0.4:
        look = r.randrange(len(P.LOOKALIKES))
        if p["complaint"] and look not in (0, 2, 4, 6):
            look = r.choice([0, 2, 4, 6])
    p["lookalike"] = look
    p["cust_apology"] = r.choice(["open", "req"]) if r.random() < 0.18 else None
    p["cust_pause"] = r.choice(["req", "verif"]) if r.random() < 0.22 else None
    p["tail4"] = str(r.randint(1000, 9999))
    p["amount"] = str(r.randint(30, 900))
    p["order_no"] = str(r.randint(10 ** 9, 10 ** 10))
    return p
