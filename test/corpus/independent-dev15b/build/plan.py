"""Seeded plan: which contact carries which defect. Seed 72613. Pure function of the seed."""
import random

SEED = 72613
DOMAINS = ["eco", "music", "play", "admit", "pet", "press"]
PER_DOMAIN = 25

# scenario index -> what it requires (mirrors the material: a = ver+ref, b = ref+empathy+survey, c = ver+survey)
VER = {0, 2}
REF = {0, 1}
SURVEY = {1, 2}

# (defect, target count, eligibility)
TARGETS = [
    ("lat_voice", 5, lambda c: c["channel"] == "voice" and c["scen"] == 0),
    ("fr_voice", 4, lambda c: c["channel"] == "voice" and c["scen"] == 0),
    ("rate", 17, lambda c: c["channel"] == "voice"),
    ("int", 17, lambda c: c["channel"] == "voice"),
    ("dead_voice", 20, lambda c: c["channel"] == "voice"),
    ("dead_chat", 4, lambda c: c["channel"] == "webchat"),
    ("lat_chat", 19, lambda c: c["channel"] == "webchat"),
    ("fr_chat", 9, lambda c: c["channel"] == "webchat"),
    ("hold_nothanks", 20, lambda c: c["hold"]),
    ("hold_unann", 5, lambda c: c["hold"]),
    ("emp", 28, lambda c: c["complaint"]),
    ("verif", 28, lambda c: c["scen"] in VER),
    ("ref", 28, lambda c: c["scen"] in REF),
    ("survey", 28, lambda c: c["scen"] in SURVEY),
    ("close", 27, lambda c: not c["walkout"]),
    ("greet", 28, lambda c: True),
    ("id", 28, lambda c: True),
    ("fmild", 14, lambda c: True),
    ("frude", 14, lambda c: True),
    ("curt", 14, lambda c: not c["walkout"]),
    ("res", 20, lambda c: True),
    ("factomit", 7, lambda c: True),
    ("factwrong", 20, lambda c: True),
    ("misinfo", 8, lambda c: True),
    ("ri", 12, lambda c: True),
]
EXCLUSIVE = [{"factomit", "factwrong", "misinfo"}, {"hold_nothanks", "hold_unann"}, {"lat_voice", "dead_voice"},
             {"fr_voice", "lat_voice"}]


def make_plan():
    rng = random.Random(SEED)
    contacts = []
    for d in DOMAINS:
        rot = DOMAINS.index(d) % 3
        scen_seq = []
        counts = [9, 8, 8]
        counts = counts[-rot:] + counts[:-rot] if rot else counts
        for s, n in enumerate(counts):
            scen_seq += [s] * n
        rng.shuffle(scen_seq)
        for i in range(PER_DOMAIN):
            ch = "voice" if (i + DOMAINS.index(d)) % 2 == 0 else "webchat"
            scen = scen_seq[i]
            c = dict(id=f"h8b-{d}-{i + 1:02d}", domain=d, idx=i, channel=ch, scen=scen,
                     asr=(ch == "voice" and rng.random() < 0.67), ivr=(rng.random() < 0.5),
                     complaint=(scen == 1 or rng.random() < 0.33), hold=False, walkout=False,
                     defects=set(), seed=rng.randrange(1 << 30))
            c["escalate"] = c["complaint"] and rng.random() < 0.3
            contacts.append(c)
    # holds on 62 contacts, walk-outs on 10 scenario-a contacts
    for c in rng.sample(contacts, 62):
        c["hold"] = True
    for c in rng.sample([c for c in contacts if c["scen"] == 0], 10):
        c["walkout"] = True
    # balanced assignment: each defect to the eligible contacts that carry fewest defects so far
    for name, n, ok in TARGETS:
        pool = [c for c in contacts if ok(c) and not any(name in ex and (ex - {name}) & c["defects"] for ex in EXCLUSIVE)]
        rng.shuffle(pool)
        pool.sort(key=lambda c: len(c["defects"]))
        for c in pool[:n]:
            c["defects"].add(name)
    # modes
    for c in contacts:
        r = random.Random(c["seed"])
        c["id_mode"] = r.choice(["none", "late", "bare"]) if "id" in c["defects"] else r.choice(["first", "first", "second"])
        c["verif_mode"] = r.choice(["late", "none"]) if "verif" in c["defects"] else "ok"
        c["emp_mode"] = ("esc" if c["escalate"] and r.random() < 0.5 else "first") if "emp" in c["defects"] else "ok"
        c["rate_mode"] = r.choice(["fast", "slow"]) if "rate" in c["defects"] else "ok"
        c["nodur"] = False
        c["transfer"] = False
    for c in rng.sample([c for c in contacts if c["channel"] == "voice"], 2) + rng.sample([c for c in contacts if c["channel"] == "webchat"], 2):
        c["nodur"] = True
    rng.choice([c for c in contacts if c["channel"] == "voice" and not c["nodur"]])["transfer"] = True
    return contacts


SPECIALS = [
    ("h8b-x01", "no-answer", "h8b-eco-a", "voice"),
    ("h8b-x02", "busy", "h8b-music-b", "voice"),
    ("h8b-x03", "ivr-abandon", "h8b-play-c", "voice"),
    ("h8b-x04", "chat-queue-abandon", "h8b-admit-a", "webchat"),
    ("h8b-x05", "bot-only", "h8b-pet-b", "webchat"),
    ("h8b-x06", "harness-failure", "h8b-press-c", "webchat"),
    ("h8b-x07", "harness-failure", "h8b-eco-b", "webchat"),
]

if __name__ == "__main__":
    from collections import Counter
    p = make_plan()
    cnt = Counter(d for c in p for d in c["defects"])
    print(sorted(cnt.items()))
    print(Counter(len(c["defects"]) for c in p))
