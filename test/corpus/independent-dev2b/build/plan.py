"""Which defect goes into which contact: stratified, seeded assignment so that every check gets
enough fail AND pass contacts (the brief asks for >= 15 of each)."""


def pick(rng, eligible, k):
    """k distinct members of eligible (seeded)."""
    pool = list(eligible)
    rng.shuffle(pool)
    return set(pool[:k])


def assign(rng, contacts):
    """contacts: list of dicts with 'sc' (scenario) and 'channel'. Adds a 'f' dict of flags."""
    idx = list(range(len(contacts)))
    sc = lambda i: contacts[i]["sc"]
    voice = [i for i in idx if contacts[i]["channel"] == "voice"]
    for i in idx:
        contacts[i]["f"] = {}

    def mark(name, chosen, value=True):
        for i in chosen:
            contacts[i]["f"][name] = value

    # customer leaves mid-contact (closing na): only where neither survey nor reference is due
    hang_ok = [i for i in idx if not sc(i)["req"]["survey"] and not sc(i)["req"]["reference"]]
    hang = pick(rng, hang_ok, 9)
    mark("hangup", hang)
    rest = [i for i in idx if i not in hang]
    mark("no_greeting", pick(rng, idx, 26))
    noid = pick(rng, idx, 38)
    mark("no_id", noid)
    mark("id_second", pick(rng, [i for i in idx if i not in noid], 26))
    mark("no_closing", pick(rng, rest, 32))
    forb = pick(rng, rest, 34)
    mark("forbidden", forb)
    mark("lookalike", pick(rng, [i for i in rest if i not in forb], 48))
    curt = pick(rng, idx, 22)
    mark("curt", curt)
    mark("plain", pick(rng, [i for i in idx if i not in curt], 22))
    inter = pick(rng, voice, 22)
    mark("interrupt", inter)
    mark("nearmiss", pick(rng, [i for i in voice if i not in inter], 26))
    fast = pick(rng, voice, 13)
    mark("rate", fast, "fast")
    slow = pick(rng, [i for i in voice if i not in fast], 9)
    mark("rate", slow, "slow")
    mark("rate", pick(rng, [i for i in voice if i not in fast | slow], 20), "edge")
    dead = pick(rng, idx, 36)
    mark("dead", dead)
    mark("cpause", pick(rng, idx, 42))
    holds = list(idx)
    rng.shuffle(holds)
    for n, kind in zip((48, 20, 16), ("thanked", "unthanked", "short")):
        mark("hold", holds[:n], kind)
        holds = holds[n:]
    must = [i for i in idx if sc(i)["req"]["empathy"]]
    comp = set(must) | pick(rng, [i for i in idx if i not in must], 42)
    mark("complaint", comp)
    mark("no_empathy", pick(rng, comp, 32))
    nonans = pick(rng, rest, 22)
    mark("non_answer", nonans)
    mark("wrong_fact", pick(rng, [i for i in idx if i not in nonans], 24))
    fr_ok = [i for i in idx if contacts[i]["channel"] == "webchat" or sc(i).get("fr10")]
    mark("late_first", pick(rng, fr_ok, 21))
    mark("omit_info", pick(rng, [i for i in idx if sc(i)["info"]], 32))
    mark("no_verify", pick(rng, [i for i in idx if sc(i)["req"]["verification"]], 27))
    mark("no_ref", pick(rng, [i for i in idx if sc(i)["req"]["reference"]], 26))
    mark("no_survey", pick(rng, [i for i in idx if sc(i)["req"]["survey"]], 32))
    mark("noise", pick(rng, voice, int(len(voice) * 0.6)))
    mark("odd_import", pick(rng, idx, 5))
