"""Defect plan: which contact gets which injected defect / hard negative (seeded, quota-based).

Each quota names how many contacts get a defect; contacts are drawn among the eligible ones,
fewest defects first, so that defects spread out and ~20% of contacts stay clean.
"""

RATES = {"normal": (2.7, 3.9), "fast_ok": (3.85, 4.15), "slow_ok": (2.4, 2.6), "fast": (5.7, 6.5), "slow": (1.4, 1.75)}


def base_plan(rng, sc, channel):
    r = sc["requires"]
    voice = channel == "voice"
    return {
        "channel": channel, "ivr": voice and rng.random() < 0.6, "bot": (not voice) and rng.random() < 0.4,
        "greet": "ok", "agent_id": "second" if rng.random() < 0.15 else "ok", "closing": "ok", "curt": False,
        "forbidden": "none", "forbidden_place": None, "forbidden_text": "",
        "verification": "ok" if r["verification"] else "na", "hold": "none", "unannounced": "none",
        "unannounced_slot": None, "slow_reply_slot": None, "late_first": False, "interrupt": False, "rate": "normal",
        "complaint": "ack" if r["empathy"] else "none", "resolution": "ok", "fact": "ok", "wrong_fact": None,
        "reference": "ok" if r["reference"] else "na", "survey": "ok" if r["survey"] else "na",
        "req": "ok" if sc["req"] else "na", "customer_pause": None, "lookalike_slot": None, "backchannel": False,
        "cust_interrupts": False, "small_overlap": False, "noisy": voice and rng.random() < 0.65, "reask": False,
        "followup": rng.random() < 0.55, "long_queue": False, "wrong_belief": None, "defects": [], "hard": [],
    }


def assign(contacts, rng, pools):
    """contacts: list of (plan, scenario). Applies the quotas in place."""
    # ~18% of the contacts stay free of injected defects (hard negatives may still be placed in them)
    clean = {id(c[0]) for c in rng.sample(contacts, round(len(contacts) * 0.18))}

    def take(name, n, ok, apply, hard=False):
        cands = [c for c in contacts if ok(c[0], c[1]) and (hard or id(c[0]) not in clean)]
        if len(cands) < n:
            raise SystemExit(f"quota {name}: only {len(cands)} eligible contacts for {n}")
        rng.shuffle(cands)
        cands.sort(key=lambda c: len(c[0]["hard" if hard else "defects"]))
        for p, sc in cands[:n]:
            apply(p, sc)
            p["hard" if hard else "defects"].append(name)
        return len(cands[:n])

    V = lambda p: p["channel"] == "voice"
    C = lambda p: p["channel"] == "webchat"
    asked = lambda sc: any(f["asked"] for f in sc["facts"])
    proactive = lambda sc: any(not f["asked"] for f in sc["facts"])
    timing_free = lambda p: p["unannounced"] == "none" and p["slow_reply_slot"] is None
    sla = lambda sc, k: k in sc["sla"]

    # complaints injected into scenarios that do not require empathy (mild or sharp wording)
    take("complaint-injected", 26, lambda p, sc: p["complaint"] == "none",
         lambda p, sc: p.update(complaint="ack"), hard=True)
    take("greeting", 18, lambda p, sc: True, lambda p, sc: p.update(greet="missing"))
    take("agent-id", 14, lambda p, sc: True, lambda p, sc: p.update(agent_id="missing"))
    take("agent-id-late", 6, lambda p, sc: p["agent_id"] != "missing", lambda p, sc: p.update(agent_id="late"))
    take("closing-hangup", 5, lambda p, sc: not sc["requires"]["survey"], lambda p, sc: p.update(closing="hangup"), hard=True)
    take("closing", 20, lambda p, sc: p["closing"] == "ok", lambda p, sc: p.update(closing="missing"))
    take("empathy-noack", 13, lambda p, sc: p["complaint"] == "ack", lambda p, sc: p.update(complaint="noack"))
    take("empathy-late", 6, lambda p, sc: p["complaint"] == "ack", lambda p, sc: p.update(complaint="ack_late"))

    def forbid(kind):
        def apply(p, sc):
            opts = [x for x in pools[kind] if x[0] == "prefix"
                    or (x[0] == "reask" and asked(sc)) or (x[0] == "complaint" and p["complaint"] in ("noack", "ack"))]
            place, text = rng.choice(opts)
            p.update(forbidden=kind, forbidden_place=place, forbidden_text=text)
            if place == "complaint" and p["complaint"] == "ack":
                p["complaint"] = "noack"
                p["defects"].append("empathy-noack")
            if place == "reask":
                p["reask"] = True
        return apply
    take("forbidden-mild", 12, lambda p, sc: p["forbidden"] == "none", forbid("mild"))
    take("forbidden-harsh", 10, lambda p, sc: p["forbidden"] == "none", forbid("harsh"))
    take("curt", 11, lambda p, sc: p["forbidden"] != "harsh", lambda p, sc: p.update(curt=True))
    take("verification-skip", 14, lambda p, sc: p["verification"] == "ok", lambda p, sc: p.update(verification="skip"))
    take("verification-late", 6, lambda p, sc: p["verification"] == "ok", lambda p, sc: p.update(verification="late"))
    no_hold = lambda sc: sc["id"] == "util-gas-smell"   # nobody puts a gas-leak caller on hold
    take("hold-unthanked", 13, lambda p, sc: not no_hold(sc), lambda p, sc: p.update(hold="unthanked"))
    take("hold-thanked", 32, lambda p, sc: p["hold"] == "none" and not no_hold(sc), lambda p, sc: p.update(hold="thanked"), hard=True)
    take("hold-short", 16, lambda p, sc: p["hold"] == "none" and not no_hold(sc), lambda p, sc: p.update(hold="short"), hard=True)
    fu = lambda **kw: (lambda p, sc: p.update(followup=True, **kw))
    take("dead-air-short", 11, lambda p, sc: V(p) and timing_free(p), fu(unannounced="short", unannounced_slot="followup"))
    take("unannounced-long", 7, lambda p, sc: V(p) and timing_free(p), fu(unannounced="long", unannounced_slot="followup"))
    take("unannounced-vlong", 4, lambda p, sc: V(p) and timing_free(p), fu(unannounced="vlong", unannounced_slot="followup"))
    take("unannounced-chat", 9, lambda p, sc: C(p) and timing_free(p), fu(unannounced="long", unannounced_slot="followup"))
    take("slow-reply", 13, lambda p, sc: C(p) and timing_free(p) and sla(sc, "responseLatencyMs") and sc["sla"]["responseLatencyMs"] < 30000,
         fu(slow_reply_slot="followup"))
    take("late-first", 18, lambda p, sc: sla(sc, "firstResponseMs"), lambda p, sc: p.update(late_first=True))
    take("interrupt", 20, lambda p, sc: V(p), lambda p, sc: p.update(interrupt=True))
    take("rate-fast", 9, lambda p, sc: V(p), lambda p, sc: p.update(rate="fast"))
    take("rate-slow", 9, lambda p, sc: V(p) and p["rate"] == "normal", lambda p, sc: p.update(rate="slow"))
    take("nonanswer-fact", 9, lambda p, sc: asked(sc) and not p["reask"], lambda p, sc: p.update(resolution="nonanswer_fact"))
    take("nonanswer-followup", 11, lambda p, sc: p["resolution"] == "ok", fu(resolution="nonanswer_followup"))

    def wrong(p, sc):
        choices = [f["key"] for f in sc["facts"] if not (f["asked"] and p["resolution"] == "nonanswer_fact")]
        p.update(fact="wrong", wrong_fact=rng.choice(choices))
    take("fact-wrong", 17, lambda p, sc: True, wrong)
    take("fact-missing", 8, lambda p, sc: proactive(sc) and p["fact"] == "ok", lambda p, sc: p.update(fact="missing_proactive"))
    take("reference", 20, lambda p, sc: p["reference"] == "ok", lambda p, sc: p.update(reference="missing"))
    take("survey", 22, lambda p, sc: p["survey"] == "ok", lambda p, sc: p.update(survey="missing"))
    take("required-info", 20, lambda p, sc: p["req"] == "ok", lambda p, sc: p.update(req="missing"))

    # hard negatives
    take("customer-pause", 36, lambda p, sc: True,
         lambda p, sc: p.update(customer_pause=rng.choice(["end"] + (["verify"] if p["verification"] == "ok" else [])
                                                          + (["req"] if p["req"] == "ok" else []))), hard=True)
    take("lookalike", 46, lambda p, sc: not p["curt"] and p["forbidden"] == "none",
         lambda p, sc: p.update(lookalike_slot=rng.choice(["close", "action", "ask"] + (["answer"] if p["complaint"] == "none" else [])
                                                          if p["closing"] == "ok" else ["action", "ask"])), hard=True)
    take("rate-fast-ok", 24, lambda p, sc: V(p) and p["rate"] == "normal", lambda p, sc: p.update(rate="fast_ok"), hard=True)
    take("rate-slow-ok", 10, lambda p, sc: V(p) and p["rate"] == "normal", lambda p, sc: p.update(rate="slow_ok"), hard=True)
    take("cust-interrupts", 16, lambda p, sc: V(p), lambda p, sc: p.update(cust_interrupts=True), hard=True)
    take("small-overlap", 16, lambda p, sc: V(p) and not p["interrupt"], lambda p, sc: p.update(small_overlap=True), hard=True)
    take("backchannel", 30, lambda p, sc: V(p) and not p["interrupt"] and p["complaint"] == "none",
         lambda p, sc: p.update(backchannel=True), hard=True)
    take("reask-patient", 16, lambda p, sc: asked(sc) and not p["reask"] and p["resolution"] != "nonanswer_fact",
         lambda p, sc: p.update(reask=True), hard=True)
    def belief(p, sc):
        f = next(f for f in sc["facts"] if f["asked"])
        p["wrong_belief"] = rng.choice(f["wrong"])
    take("customer-wrong-belief", 22, lambda p, sc: asked(sc) and p["resolution"] != "nonanswer_fact"
         and not (p["fact"] == "wrong" and any(f["asked"] and f["key"] == p["wrong_fact"] for f in sc["facts"])), belief, hard=True)
    take("long-queue", 12, lambda p, sc: p.get("ivr") or p.get("bot"), lambda p, sc: p.update(long_queue=True), hard=True)
