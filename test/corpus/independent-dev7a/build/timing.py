"""The timing rules of the brief, applied to a laid-out Interaction (used by gen.py to label and by
validate.py to re-check the written file)."""
import re

WAIT_RE = re.compile("稍等|稍候|别挂机|等我一会儿|等一下|给我一两分钟|查下")
THANKS_RE = re.compile("谢|感谢")
PUNCT_RE = re.compile(r"[\s，。！？、：；,.!?:;（）()【】「」“”\"'～~\-—…😊👋]")


def spoken_chars(text):
    return len(PUNCT_RE.sub("", text))


def joined_at(ix):
    for e in ix["events"]:
        if e["type"] == "agent-joined":
            return e["atMs"]
    for e in ix["events"]:
        if e["type"] == "answered":
            return e["atMs"]
    return 0


def talk(ix):
    return [t for t in ix["turns"] if t["speaker"] in ("agent", "customer")]


def announced(turns, k):
    """Was the silence before turns[k] (an agent turn) announced by a wait request just before it?"""
    back = 0
    for j in range(k - 1, -1, -1):
        if turns[j]["speaker"] == "agent":
            return bool(WAIT_RE.search(turns[j]["text"]))
        back += 1
        if back > 1:
            return False
    return False


def timing_labels(ix, sla):
    voice = ix["channel"] == "voice"
    turns = talk(ix)
    t0 = joined_at(ix)
    dead_min, hold_min = (8000, 15000) if voice else (30000, 30000)
    out = {}
    agent_ix = [k for k, t in enumerate(turns) if t["speaker"] == "agent"]
    first = turns[agent_ix[0]]
    out["first-response"] = "pass" if first["startMs"] - t0 <= sla["firstResponseMs"] else "fail"
    dead, holds, late, inter = False, [], False, False
    for k in agent_ix:
        prev_end = turns[k - 1]["endMs"] if k > 0 else t0
        gap = turns[k]["startMs"] - prev_end
        ann = announced(turns, k)
        if gap >= hold_min:
            holds.append(ann and bool(THANKS_RE.search(turns[k]["text"])))
        if gap >= dead_min and not ann:
            dead = True
            out.setdefault("_dead", "%s后%.1f秒无人说话，坐席未告知等待" % ("坐席接入" if k == 0 else "“%s”" % turns[k - 1]["text"][:14], gap / 1000))
        if k > 0 and turns[k - 1]["speaker"] == "customer" and not (ann and gap >= hold_min):
            if voice:
                lat = turns[k]["startMs"] - turns[k - 1]["endMs"]
            else:
                j = k - 1
                while j > 0 and turns[j - 1]["speaker"] == "customer":
                    j -= 1
                lat = turns[k]["startMs"] - turns[j]["startMs"]
            if lat > sla["responseLatencyMs"]:
                late = True
                out.setdefault("_late", "客户“%s”%.1f秒后才得到回复（SLA %d秒）" % (turns[k - 1]["text"][:20], lat / 1000, sla["responseLatencyMs"] // 1000))
            if voice and turns[k]["startMs"] < turns[k - 1]["endMs"] - 800:
                inter = True
    out["dead-air"] = "fail" if dead else "pass"
    out["hold-etiquette"] = "na" if not holds else ("pass" if all(holds) else "fail")
    out["response-latency"] = "fail" if late else "pass"
    if voice:
        out["interruption"] = "fail" if inter else "pass"
        chars = dur = 0
        for k in agent_ix:
            d = turns[k]["endMs"] - turns[k]["startMs"]
            if d >= 1500:
                chars += spoken_chars(turns[k]["text"])
                dur += d
        cpm = chars / (dur / 60000) if dur else 0
        out["speech-rate"] = "pass" if 120 <= cpm <= 300 else "fail"
        out["_cpm"] = round(cpm)
    else:
        out["interruption"] = "na"
        out["speech-rate"] = "na"
    return out
