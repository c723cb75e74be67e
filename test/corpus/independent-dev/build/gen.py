"""Build the 'independent-dev' corpus: scenarios/*.yaml, contacts.jsonl, labels.jsonl.

Run: python3 test/corpus/independent-dev/build/gen.py   (deterministic: fixed seed)
Labels come from the defects this script injected (plan.py) and from its own silence accounting
over the beats it laid out (timeline.py); no scorer is run or imported.
"""
import json
import os
import random
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import asr  # noqa: E402
import dialogue  # noqa: E402
import plan as PL  # noqa: E402
import pools as P  # noqa: E402
import timeline as TL  # noqa: E402
from domains_a import BANK, ECOM, TELECOM  # noqa: E402
from domains_b import GOV, INS, UTIL  # noqa: E402
from domains_c import EXTRA, add_wording  # noqa: E402
from labels import label_contact, na_labels  # noqa: E402
from yaml_out import scenario_yaml  # noqa: E402

SEED = 20261203
OUT = os.path.dirname(HERE)
DOMAINS = [BANK, TELECOM, ECOM, GOV, UTIL, INS]
for _d in DOMAINS:
    if EXTRA[_d["domain"]] not in _d["scenarios"]:
        _d["scenarios"].append(EXTRA[_d["domain"]])
add_wording(DOMAINS)
PER_SCENARIO = 8
BASE_EPOCH = 1793667600000  # 2026-11-03 09:00 +08:00
IVR_MENU = {"bank": "个人业务请按1，信用卡业务请按2，人工服务请按0。", "telecom": "话费查询请按1，业务办理请按2，人工服务请按0。",
            "ecommerce": "订单问题请按1，售后服务请按2，人工客服请按0。", "gov-hotline": "咨询请按1，投诉举报请按2，其他请按0。",
            "utilities": "供电请按1，供水请按2，燃气请按3，人工服务请按0。", "insurance": "报案请按1，理赔查询请按2，人工服务请按0。"}
# contacts that never reached an agent, and harness failures: (domain, scenario index, kind)
SPECIAL = {("bank", 0, 7): "harness", ("ecommerce", 2, 7): "harness", ("bank", 3, 7): "no-answer", ("telecom", 1, 7): "busy",
           ("ecommerce", 0, 7): "abandoned-voice", ("gov-hotline", 2, 7): "abandoned-chat", ("utilities", 1, 7): "bot-only",
           ("insurance", 0, 7): "no-answer", ("gov-hotline", 0, 7): "abandoned-voice"}
NO_DURATION = {("bank", 1, 2), ("telecom", 2, 5), ("ecommerce", 3, 1), ("utilities", 3, 4), ("insurance", 2, 6)}


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    slots = []
    for dom in DOMAINS:
        for si, sc in enumerate(dom["scenarios"]):
            with open(os.path.join(OUT, "scenarios", sc["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write(scenario_yaml(sc))
            chans = (["voice", "webchat"] * 5)[si % 2: si % 2 + PER_SCENARIO]
            rng.shuffle(chans)
            for k in range(PER_SCENARIO):
                slots.append((dom, si, sc, k, chans[k]))
    agent_slots = [s for s in slots if (s[0]["domain"], s[1], s[3]) not in SPECIAL]
    plans = [(PL.base_plan(rng, s[2], s[4]), s[2]) for s in agent_slots]
    PL.assign(plans, rng, {"mild": P.FORBIDDEN_MILD, "harsh": P.FORBIDDEN_HARSH})
    plan_of = {id(s): p for s, (p, _) in zip(agent_slots, plans)}
    contacts, labels = [], []
    counters = {}
    for s in slots:
        dom, si, sc, k, chan = s
        counters[dom["domain"]] = counters.get(dom["domain"], 0) + 1
        cid = f"dev-{dom['domain']}-{counters[dom['domain']]:03d}"
        started = BASE_EPOCH + rng.randint(0, 28) * 86400000 + rng.randint(0, 11 * 3600) * 1000
        special = SPECIAL.get((dom["domain"], si, k))
        if special:
            inter = special_contact(special, cid, sc, dom, started, rng)
            lab = {"contactId": cid, "domain": dom["domain"], "labels": na_labels(),
                   "why": {"_": "never reached an agent: every quality check na" if special != "harness"
                           else "harness failure (tool's own problem): excluded from every sheet, all na"}}
        else:
            p = plan_of[id(s)]
            for attempt in range(40):   # re-draw timings when a draw would be ambiguous (see timeline.Ambiguous)
                try:
                    inter, lab = agent_contact(p, cid, sc, dom, started, random.Random(zlib.crc32(f"{SEED}:{cid}:{attempt}".encode())))
                    break
                except TL.Ambiguous:
                    continue
            else:
                raise SystemExit(f"{cid}: could not lay out an unambiguous contact")
        if (dom["domain"], si, k) in NO_DURATION:
            inter.pop("durationMs", None)
            at = next((e["atMs"] for e in inter["events"] if e["type"] == "agent-joined"), inter["events"][-1]["atMs"])
            inter["events"].append({"type": "transfer", "atMs": max(0, at - 1), "detail": {"from": "queue", "to": "agent"}})
            inter["events"].sort(key=lambda e: e["atMs"])
        contacts.append(inter)
        labels.append(lab)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh, \
            open(os.path.join(HERE, "trace.jsonl"), "w", encoding="utf-8") as tr:
        for l in labels:
            fh.write(json.dumps({k: v for k, v in l.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
            # the injected defects / hard negatives per contact, for debugging a miss (not part of the label format)
            tr.write(json.dumps({"contactId": l["contactId"], **{k[1:]: v for k, v in l.items() if k.startswith("_")}},
                                ensure_ascii=False) + "\n")
    print(f"{len(contacts)} contacts, {len({c['scenarioId'] for c in contacts})} scenarios")


def staff_and_ref(p, dom, rng):
    n = str(rng.randint(1000, 9999)) if rng.random() < 0.7 else str(rng.randint(10, 99))
    ref = "2026" + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([6, 7, 8])))
    voice = p["channel"] == "voice"
    p["staff_spoken"] = dialogue.spoken_digits(n, rng) if voice and rng.random() < 0.6 else n
    if voice:
        p["ref_spoken"] = dialogue.spoken_digits(ref, rng) if rng.random() < 0.6 else ref
    else:
        p["ref_spoken"] = dom["ref_prefix"] + ref
    p["agent_name"] = rng.choice(P.AGENT_NAMES)


def pre_join(p, dom, sc, rng, started_turns, events):
    """Events and IVR/bot/system turns up to the agent joining; returns the join time."""
    voice = p["channel"] == "voice"
    events.append({"type": "started", "atMs": 0})
    if voice:
        t = rng.randint(60, 200)
        events.append({"type": "dialed", "atMs": t})
        t += rng.randint(900, 1800)
        events.append({"type": "ringing", "atMs": t})
        t += rng.randint(3000, 9000)
        events.append({"type": "answered", "atMs": t})
        if p["ivr"]:
            text = f"您好，欢迎致电{dom['org']}。{IVR_MENU[dom['domain']]}"
            d = int(TL.han(text) / 4.3 * 1000)
            started_turns.append({"speaker": "ivr", "text": text, "startMs": t + 300, "endMs": t + 300 + d, "confidence": 0.97})
            t += 300 + d + rng.randint(1200, 4000)
            events.append({"type": "dtmf", "atMs": t, "detail": {"digits": "0"}})
            text2 = "正在为您转接人工服务，请稍候。"
            d2 = int(TL.han(text2) / 4.3 * 1000)
            started_turns.append({"speaker": "ivr", "text": text2, "startMs": t + 400, "endMs": t + 400 + d2, "confidence": 0.98})
            t += 400 + d2
            events.append({"type": "queued", "atMs": t})
            t += rng.randint(45000, 80000) if p["long_queue"] else rng.randint(2000, 20000)
        events.append({"type": "agent-joined", "atMs": t})
        return t
    t = rng.randint(500, 1500)
    events.append({"type": "page-loaded", "atMs": t})
    if p["bot"]:
        started_turns.append({"speaker": "bot", "text": f"您好，我是{dom['org']}智能助手，请问有什么可以帮您？", "startMs": t + 300, "endMs": t + 300})
        t += rng.randint(5000, 12000)
        started_turns.append({"speaker": "customer", "text": rng.choice(["转人工", "人工客服", "人工", "我要找人工"]), "startMs": t, "endMs": t})
        t += rng.randint(800, 1500)
        started_turns.append({"speaker": "bot", "text": "正在为您转接人工客服，请稍候～", "startMs": t, "endMs": t})
    t += rng.randint(500, 1500)
    started_turns.append({"speaker": "system", "text": f"您前面还有{rng.randint(1, 6)}位，请耐心等待", "startMs": t, "endMs": t})
    events.append({"type": "queued", "atMs": t})
    t += rng.randint(60000, 150000) if p["long_queue"] else rng.randint(3000, 10000)
    events.append({"type": "agent-joined", "atMs": t})
    started_turns.append({"speaker": "system", "text": f"客服{p['agent_name']}已接入", "startMs": t, "endMs": t})
    return t


def agent_contact(p, cid, sc, dom, started, rng):
    staff_and_ref(p, dom, rng)
    voice = p["channel"] == "voice"
    lo, hi = PL.RATES[p["rate"]]
    p["agent_cps"] = rng.uniform(lo, hi)
    beats = dialogue.build(dict(p), dom, sc, rng)
    for b in beats:   # music on hold for some voice holds (announced or not)
        if voice and (b.get("hold_return") in ("thanked", "unthanked") and rng.random() < 0.4
                      or b.get("unannounced") in ("long", "vlong") and rng.random() < 0.3):
            b["moh"] = True
    # ASR noise before timing, so that speech durations (and rates) fit the words as transcribed
    protected = [v for f in sc["facts"] for v in [f["expected"], *f.get("variants", []), *f.get("wrong", [])]]
    protected += [w for it in sc["req"] for pat in it["patterns"] for w in [pat]] + [p["ref_spoken"]]
    for b in beats:
        if voice:
            b["text"] = b["text"].replace("～", "")   # a chat-only mark
        if voice and p["noisy"]:
            b["text"] = asr.noisy(b["text"], rng, protected, b["sp"], filler="first" not in b["tags"])
            b["noisy"] = True
    events, turns = [], []
    join = pre_join(p, dom, sc, rng, turns, events)
    laid, hold_events, last_end, applied = TL.lay_out(p, beats, rng, join, rng.uniform(3.3, 4.6))
    events += hold_events
    out_turns = [dict(t) for t in turns]
    for t in laid:
        o = {"speaker": t["speaker"], "text": t["text"], "startMs": t["startMs"], "endMs": t["endMs"]}
        if voice:
            noisy = p["noisy"] and "bc" not in t["_tags"]
            o["confidence"] = round(rng.uniform(0.71, 0.9) if noisy else rng.uniform(0.88, 0.98), 2)
        out_turns.append(o)
    end = last_end + rng.randint(600, 2500)
    if voice:
        by = "customer" if p["closing"] == "hangup" or laid[-1]["speaker"] == "customer" else rng.choice(["agent", "customer"])
        events.append({"type": "hangup", "atMs": end, "detail": {"by": by}})
    else:
        text = "用户已离开会话" if p["closing"] == "hangup" else "会话已结束"
        out_turns.append({"speaker": "system", "text": text, "startMs": end, "endMs": end})
    events.append({"type": "ended", "atMs": end + rng.randint(200, 600)})
    events.sort(key=lambda e: e["atMs"])
    ana = TL.analyse(laid, join, voice, sc["sla"])
    labs, why = label_contact(p, sc, ana, applied, laid)
    first_out = next(o for o in out_turns if o["speaker"] == "agent")
    if labs["agent-id"] == "pass" and "公号" in first_out["text"]:
        why["agent-id"] = "ASR wrote 工号 as 公号: the agent did state its number"
    inter = {"schemaVersion": 1, "contactId": cid, "scenarioId": sc["id"], "channel": p["channel"], "startedAt": started,
             "durationMs": events[-1]["atMs"], "outcome": "completed",
             "transcriptSource": "import" if voice else "chat-dom", "events": events, "turns": out_turns}
    return inter, {"contactId": cid, "domain": dom["domain"], "labels": labs, "why": why,
                   "_plan": {k: v for k, v in p.items() if not k.startswith("_") and k not in ("defects", "hard")},
                   "_defects": p["defects"], "_hard": effective_hard(p, beats, laid, ana, applied), "_applied": applied}


def effective_hard(p, beats, laid, ana, applied):
    """The planned hard negatives that really made it into the contact (some need a slot that a scenario lacks)."""
    texts = "".join(b["text"] for b in beats if b["sp"] == "agent")
    kinds = {k for k, _, _ in ana["silences"]}
    present = {
        "lookalike": any(x[1].rstrip("，。") in texts for x in P.POLITE_LOOKALIKE),
        "cust-interrupts": applied["cust_interrupts"], "small-overlap": applied["small_overlap"],
        "backchannel": any("bc" in t["_tags"] for t in laid), "customer-pause": "customer_pause" in kinds,
        "hold-short": "announced" in kinds or p["channel"] == "webchat",
        "reask-patient": any("reask" in b["tags"] for b in beats),
    }
    return [h for h in p["hard"] if present.get(h, True)]


def special_contact(kind, cid, sc, dom, started, rng):
    ev, turns = [{"type": "started", "atMs": 0}], []
    chan = "webchat" if kind in ("abandoned-chat", "bot-only") or (kind == "harness" and dom["domain"] == "ecommerce") else "voice"
    inter = {"schemaVersion": 1, "contactId": cid, "scenarioId": sc["id"], "channel": chan, "startedAt": started,
             "transcriptSource": "import" if chan == "voice" else "chat-dom"}
    if kind == "harness":
        code = "E_SELECTOR_TIMEOUT" if chan == "webchat" else "E_WAIT_TIMEOUT"
        ev.append({"type": "error", "atMs": 30500, "detail": {"code": code}})
        if chan == "voice":   # the chat one omits failedBy, as older exports do: it must be derived from the error code
            inter["failedBy"] = "harness"
        inter.update(outcome="failed",
                     error={"code": code, "message": "chat input selector '#chat-input' not found within 30000 ms" if chan == "webchat"
                            else "harness timed out waiting for the call webhook", "step": "0"})
        end = 30800
    elif kind in ("no-answer", "busy"):
        ev += [{"type": "dialed", "atMs": 120}, {"type": "ringing", "atMs": 1400}]
        end = 61400 if kind == "no-answer" else 2100
        ev.append({"type": "status-callback", "atMs": end - 100, "detail": {"status": kind}})
        inter["outcome"] = kind
    elif kind == "abandoned-voice":
        ev += [{"type": "dialed", "atMs": 90}, {"type": "ringing", "atMs": 1200}, {"type": "answered", "atMs": 5200}]
        text = f"您好，欢迎致电{dom['org']}。{IVR_MENU[dom['domain']]}"
        turns.append({"speaker": "ivr", "text": text, "startMs": 5500, "endMs": 5500 + int(TL.han(text) / 4.3 * 1000), "confidence": 0.97})
        ev += [{"type": "dtmf", "atMs": turns[-1]["endMs"] + 2000, "detail": {"digits": "0"}}, {"type": "queued", "atMs": turns[-1]["endMs"] + 2600}]
        turns.append({"speaker": "ivr", "text": "当前坐席全忙，请您耐心等待。", "startMs": turns[-1]["endMs"] + 32000, "endMs": turns[-1]["endMs"] + 35500, "confidence": 0.96})
        end = turns[-1]["endMs"] + rng.randint(60000, 150000)
        ev.append({"type": "hangup", "atMs": end, "detail": {"by": "customer"}})
        inter["outcome"] = "abandoned"
    elif kind == "abandoned-chat":
        ev.append({"type": "page-loaded", "atMs": 900})
        turns.append({"speaker": "system", "text": "您前面还有14位，请耐心等待", "startMs": 1500, "endMs": 1500})
        ev.append({"type": "queued", "atMs": 1500})
        turns.append({"speaker": "customer", "text": "怎么这么多人排队", "startMs": 95000, "endMs": 95000})
        end = 300000 + rng.randint(0, 60000)
        inter["outcome"] = "abandoned"
    else:  # bot-only: completed, but no human agent ever joined
        ev.append({"type": "page-loaded", "atMs": 800})
        turns += [{"speaker": "bot", "text": f"您好，我是{dom['org']}智能助手，请问有什么可以帮您？", "startMs": 1100, "endMs": 1100},
                  {"speaker": "customer", "text": "水费怎么交", "startMs": 9800, "endMs": 9800},
                  {"speaker": "bot", "text": "您可以通过微信公众号、支付宝生活缴费或营业厅缴纳水费。", "startMs": 10600, "endMs": 10600},
                  {"speaker": "customer", "text": "好的", "startMs": 19000, "endMs": 19000}]
        end = 25000
        inter["outcome"] = "completed"
    ev.append({"type": "ended", "atMs": end + 200})
    inter.update(durationMs=end + 200, events=ev, turns=turns)
    return inter


if __name__ == "__main__":
    main()
