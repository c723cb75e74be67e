"""The seven special contacts (all labels na): no answer, busy, IVR-queue abandon, chat queue abandon,
bot-only chat and two harness failures."""
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]


def _lab(cid, domain, why):
    return dict(contactId=cid, domain=domain, labels={c: "na" for c in CHECKS}, why={"all": why})


def specials(t0):
    H = 3_600_000
    out = []
    c = dict(schemaVersion=1, contactId="gjj-withdraw-noanswer", scenarioId="gjj-withdraw", channel="voice", startedAt=t0,
             durationMs=60450, outcome="no-answer", transcriptSource="deepgram", turns=[],
             events=[dict(type="started", atMs=0), dict(type="dialed", atMs=140), dict(type="ringing", atMs=2210),
                     dict(type="hangup", atMs=60200, detail=dict(by="harness", reason="no-answer")), dict(type="ended", atMs=60450)])
    out.append((c, _lab(c["contactId"], "gjj", "无人接听，没有任何坐席话语可评。")))
    c = dict(schemaVersion=1, contactId="etc-fee-busy", scenarioId="etc-fee", channel="voice", startedAt=t0 + H,
             durationMs=3310, outcome="busy", transcriptSource="deepgram", turns=[],
             events=[dict(type="started", atMs=0), dict(type="dialed", atMs=120),
                     dict(type="status-callback", atMs=3100, detail=dict(status="busy", sipCode=486)), dict(type="ended", atMs=3310)])
    out.append((c, _lab(c["contactId"], "etc", "忙音，未接通。")))
    ivr1 = "您好，欢迎致电安家到家家政平台。保洁预约请按1，投诉建议请按2。"
    ivr2 = "当前咨询人数较多，您前面还有12位，请耐心等待。"
    c = dict(schemaVersion=1, contactId="hk-complaint-ivrabandon", scenarioId="hk-complaint", channel="voice", startedAt=t0 + 2 * H,
             durationMs=148900, outcome="abandoned", transcriptSource="deepgram",
             events=[dict(type="started", atMs=0), dict(type="dialed", atMs=180), dict(type="ringing", atMs=2300),
                     dict(type="answered", atMs=7900), dict(type="dtmf", atMs=21500, detail=dict(digits="2")),
                     dict(type="queued", atMs=22600), dict(type="hangup", atMs=148600, detail=dict(by="customer")),
                     dict(type="ended", atMs=148900)],
             turns=[dict(speaker="ivr", text=ivr1, startMs=8200, endMs=19400, confidence=0.95),
                    dict(speaker="ivr", text=ivr2, startMs=22900, endMs=31200, confidence=0.94),
                    dict(speaker="ivr", text=ivr2.replace("12", "9"), startMs=91000, endMs=99300, confidence=0.9)])
    out.append((c, _lab(c["contactId"], "hk", "客户在IVR排队中挂机，坐席从未接入。IVR的“请耐心等待”不是坐席话语。")))
    c = dict(schemaVersion=1, contactId="tk-booking-queueabandon", scenarioId="tk-booking", channel="webchat", startedAt=t0 + 3 * H,
             durationMs=212000, outcome="abandoned", transcriptSource="chat-dom", clock="page",
             events=[dict(type="started", atMs=0), dict(type="page-loaded", atMs=900), dict(type="queued", atMs=1800),
                     dict(type="ended", atMs=212000)],
             turns=[dict(speaker="system", text="您已进入排队，当前排在第8位。", startMs=1900, endMs=1900),
                    dict(speaker="customer", text="我就想问下能约几天后的票", startMs=15000, endMs=15000),
                    dict(speaker="customer", text="排这么久。。算了", startMs=205000, endMs=205000)])
    out.append((c, _lab(c["contactId"], "ticket", "网聊排队中客户离开，坐席未接入；客户的抱怨无人可回应，不计。")))
    c = dict(schemaVersion=1, contactId="ph-tradein-botonly", scenarioId="ph-tradein", channel="webchat", startedAt=t0 + 4 * H,
             durationMs=96000, outcome="completed", transcriptSource="chat-dom", clock="page",
             events=[dict(type="started", atMs=0), dict(type="page-loaded", atMs=700), dict(type="ended", atMs=96000)],
             turns=[dict(speaker="bot", text="您好，我是智能助手小星，请问有什么可以帮您？", startMs=1500, endMs=1500),
                    dict(speaker="customer", text="以旧换新补贴多少", startMs=12000, endMs=12000),
                    dict(speaker="bot", text="以旧换新活动详情请点击：活动页。还有其他问题吗？", startMs=13000, endMs=13000),
                    dict(speaker="customer", text="转人工", startMs=40000, endMs=40000),
                    dict(speaker="bot", text="当前人工坐席繁忙，请稍后再试。", startMs=41000, endMs=41000)])
    out.append((c, _lab(c["contactId"], "phone", "只有机器人应答，没有人工坐席话语；按定义各项不可观察。")))
    for k, (code, msg, scen, ch, dom) in enumerate([
            ("E_SELECTOR_TIMEOUT", "chat input selector #msg-input not found within 30000 ms", "dx-exam", "webchat", "driving"),
            ("E_BROWSER_CRASHED", "Chromium exited with signal SIGKILL during the chat", "tk-refund", "webchat", "ticket")]):
        c = dict(schemaVersion=1, contactId="{}-harnessfail-{}".format(scen, k + 1), scenarioId=scen, channel=ch,
                 startedAt=t0 + (5 + k) * H, durationMs=31200 + k * 9000, outcome="failed", failedBy="harness",
                 error=dict(code=code, message=msg), transcriptSource="chat-dom", turns=[],
                 events=[dict(type="started", atMs=0), dict(type="error", atMs=31000 + k * 9000, detail=dict(code=code)),
                         dict(type="ended", atMs=31200 + k * 9000)])
        out.append((c, _lab(c["contactId"], dom, "测试工具自身故障（{}），不评价呼叫中心。".format(code))))
    return out
