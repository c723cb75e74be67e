"""Contacts that never reached an agent (all quality labels na; they count in the answer rate only)
and harness failures (excluded from every sheet). They reuse the first scenarios of some domains."""
from labels import CHECKS

ALL_NA = {c: "na" for c in CHECKS}


def _sid(dom, channel):
    return f"{dom['scenarios'][0]['key']}-{'voice' if channel == 'voice' else 'chat'}-01"


def extra_contacts(domains, t0):
    rail, tax, sec, food, hotel, appl = domains
    out = []

    def add(cid, dom, channel, outcome, events, turns, source, error=None, note=""):
        inter = dict(schemaVersion=1, contactId=cid, scenarioId=_sid(dom, channel), channel=channel,
                     startedAt=t0 + len(out) * 1_234_567, durationMs=events[-1]["atMs"], outcome=outcome,
                     transcriptSource=source, events=events, turns=turns)
        if error:
            inter["error"] = error
            inter["failedBy"] = "harness"
        lab = dict(contactId=cid, domain=dom["domain"], labels=dict(ALL_NA), why={"resolution": note} if note else {})
        # the scenario YAML of these ids is written by the main loop (same ids as completed contacts)
        out.append((inter, lab, (None, None)))

    add("noagent-rail-noanswer-v01", rail, "voice", "no-answer",
        [dict(type="started", atMs=0), dict(type="dialed", atMs=35), dict(type="ringing", atMs=1100),
         dict(type="ended", atMs=61100, detail=dict(reason="no-answer"))], [], "deepgram",
        note="na: rang 60 s, nobody answered")
    add("noagent-tax-busy-v01", tax, "voice", "busy",
        [dict(type="started", atMs=0), dict(type="dialed", atMs=40),
         dict(type="ended", atMs=2300, detail=dict(sipCode=486))], [], "deepgram", note="na: line busy")
    add("noagent-appl-queue-v01", appl, "voice", "abandoned",
        [dict(type="started", atMs=0), dict(type="dialed", atMs=30), dict(type="ringing", atMs=900),
         dict(type="answered", atMs=5200), dict(type="ivr-prompt", atMs=5400), dict(type="dtmf", atMs=16000, detail=dict(digits="0")),
         dict(type="queued", atMs=16300), dict(type="hangup", atMs=196000, detail=dict(by="customer")), dict(type="ended", atMs=196200)],
        [dict(speaker="ivr", text="您好，欢迎致电美居家电服务中心，报修请按1，人工服务请按0。", startMs=5400, endMs=14800, confidence=0.97),
         dict(speaker="ivr", text="当前排队人数较多，您前面还有十二位，请耐心等待。", startMs=16500, endMs=22500, confidence=0.95),
         dict(speaker="ivr", text="您前面还有九位，请耐心等待。", startMs=106500, endMs=110000, confidence=0.96)],
        "deepgram", note="na: customer gave up in the queue after 3 min")
    add("noagent-food-queue-c01", food, "webchat", "abandoned",
        [dict(type="started", atMs=0), dict(type="page-loaded", atMs=900), dict(type="handoff-requested", atMs=9000),
         dict(type="queued", atMs=9500), dict(type="ended", atMs=251000, detail=dict(by="customer"))],
        [dict(speaker="bot", text="您好，我是饱了么智能助手，请问有什么可以帮您？", startMs=2100, endMs=2100),
         dict(speaker="customer", text="外卖一直没到，转人工", startMs=8200, endMs=8200),
         dict(speaker="bot", text="正在为您转接人工客服，请稍候。", startMs=9000, endMs=9000),
         dict(speaker="system", text="您当前排在第18位", startMs=9500, endMs=9500),
         dict(speaker="customer", text="还要等多久啊？？", startMs=128000, endMs=128000),
         dict(speaker="system", text="您当前排在第11位", startMs=130000, endMs=130000)],
        "chat-dom", note="na: left the queue before an agent joined")
    add("noagent-hotel-botonly-c01", hotel, "webchat", "completed",
        [dict(type="started", atMs=0), dict(type="page-loaded", atMs=700), dict(type="ended", atMs=64000, detail=dict(by="customer"))],
        [dict(speaker="bot", text="您好，我是途悦旅行智能助手，请问有什么可以帮您？", startMs=1900, endMs=1900),
         dict(speaker="customer", text="酒店发票怎么开", startMs=15000, endMs=15000),
         dict(speaker="bot", text="您可以在订单详情页点击“申请发票”，离店后开具。还有其他问题吗？", startMs=16200, endMs=16200),
         dict(speaker="customer", text="好的谢谢", startMs=52000, endMs=52000),
         dict(speaker="bot", text="不客气，祝您旅途愉快！", startMs=53000, endMs=53000)],
        "chat-dom", note="na: only the bot answered, no human agent turn")
    add("harness-sec-selector-c01", sec, "webchat", "failed",
        [dict(type="started", atMs=0), dict(type="page-loaded", atMs=1400),
         dict(type="error", atMs=31400, detail=dict(code="E_SELECTOR_TIMEOUT")), dict(type="ended", atMs=31500)], [], "chat-dom",
        error=dict(code="E_SELECTOR_TIMEOUT", message="chat input selector '#msg-input' not found within 30000 ms"),
        note="harness failure: excluded from every sheet")
    add("harness-rail-browser-c01", rail, "webchat", "failed",
        [dict(type="started", atMs=0), dict(type="error", atMs=4200, detail=dict(code="E_BROWSER_CRASHED")),
         dict(type="ended", atMs=4300)], [], "chat-dom",
        error=dict(code="E_BROWSER_CRASHED", message="chromium exited with signal SIGKILL before the page loaded"),
        note="harness failure: excluded from every sheet")
    return out
