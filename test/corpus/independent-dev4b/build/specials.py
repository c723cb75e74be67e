"""The seven special contacts of set independent-dev4b: no agent ever spoke, so every label is na."""


def specials(t0, checks):
    na = {k: "na" for k in checks}

    def mk(i, cid, sc, ch, outcome, events, turns, dur, src, **extra):
        d = {"schemaVersion": 1, "contactId": cid, "scenarioId": sc, "channel": ch, "startedAt": t0 + i * 600_000,
             "durationMs": dur, "outcome": outcome, "transcriptSource": src, "events": events, "turns": turns}
        d.update(extra)
        return d

    V, W = "voice", "webchat"
    out = [
        mk(0, "sp-no-answer-01", "yb-filing", V, "no-answer",
           [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 140}, {"type": "ringing", "atMs": 2100},
            {"type": "hangup", "atMs": 62100, "detail": {"by": "harness", "reason": "no-answer"}}, {"type": "ended", "atMs": 62300}], [], 62300, "deepgram"),
        mk(1, "sp-busy-01", "yz-parcel", V, "busy",
           [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 160}, {"type": "status-callback", "atMs": 1900, "detail": {"status": "busy", "sip": 486}},
            {"type": "ended", "atMs": 2000}], [], 2000, "deepgram"),
        mk(2, "sp-ivr-abandon-01", "cj-overdue", V, "abandoned",
           [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 120}, {"type": "ringing", "atMs": 1800}, {"type": "answered", "atMs": 5200},
            {"type": "dtmf", "atMs": 19000, "detail": {"digits": "0"}}, {"type": "queued", "atMs": 24500},
            {"type": "hangup", "atMs": 185000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 185200}],
           [{"speaker": "ivr", "text": "您好，欢迎致电恒通汽车金融，还款业务请按1，人工服务请按0。", "startMs": 5600, "endMs": 17000, "confidence": 0.94},
            {"speaker": "ivr", "text": "坐席正忙，请您耐心等待，您前面还有12位。", "startMs": 19800, "endMs": 24300, "confidence": 0.91},
            {"speaker": "ivr", "text": "坐席正忙，请您耐心等待。", "startMs": 84300, "endMs": 86800, "confidence": 0.9},
            {"speaker": "ivr", "text": "您也可以关注公众号自助办理，继续等待请不要挂机。", "startMs": 144300, "endMs": 150100, "confidence": 0.88}], 185200, "deepgram"),
        mk(3, "sp-chat-queue-abandon-01", "zf-deposit", W, "abandoned",
           [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 800}, {"type": "queued", "atMs": 1500}, {"type": "ended", "atMs": 301500}],
           [{"speaker": "system", "text": "当前咨询人数较多，您前面还有8人，请耐心等待…", "startMs": 1500, "endMs": 1500},
            {"speaker": "customer", "text": "有人吗", "startMs": 90000, "endMs": 90000},
            {"speaker": "system", "text": "您前面还有5人。", "startMs": 150000, "endMs": 150000},
            {"speaker": "customer", "text": "算了不等了", "startMs": 300000, "endMs": 300000}], 301500, "chat-dom"),
        mk(4, "sp-chat-bot-only-01", "cw-return", W, "completed",
           [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 650}, {"type": "ended", "atMs": 96000}],
           [{"speaker": "bot", "text": "您好，我是萌宠优选智能助手小萌，请问有什么可以帮您？", "startMs": 1200, "endMs": 1200},
            {"speaker": "customer", "text": "驱虫药要退货", "startMs": 12000, "endMs": 12000},
            {"speaker": "bot", "text": "您可以在【我的订单】-【申请售后】中提交退货申请哦～", "startMs": 13100, "endMs": 13100},
            {"speaker": "customer", "text": "转人工", "startMs": 40000, "endMs": 40000},
            {"speaker": "bot", "text": "当前人工客服繁忙，建议您留言，我们会尽快回复。", "startMs": 41000, "endMs": 41000},
            {"speaker": "customer", "text": "……", "startMs": 90000, "endMs": 90000}], 96000, "chat-dom"),
        mk(5, "sp-harness-selector-01", "js-freeze", W, "failed",
           [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 900}, {"type": "error", "atMs": 30900}, {"type": "ended", "atMs": 31000}], [], 31000, "chat-dom",
           failedBy="harness", error={"code": "E_SELECTOR_TIMEOUT", "message": "chat input selector '#msg-input' not found within 30000 ms"}),
        mk(6, "sp-harness-crash-01", "cj-release", W, "failed",
           [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 700}, {"type": "error", "atMs": 8400}, {"type": "ended", "atMs": 8450}], [], 8450, "chat-dom",
           failedBy="harness", error={"code": "E_BROWSER_CRASHED", "message": "browser process exited unexpectedly (signal SIGKILL)"}),
    ]
    why = {"sp-no-answer-01": "no answer", "sp-busy-01": "busy", "sp-ivr-abandon-01": "caller gave up in the IVR queue",
           "sp-chat-queue-abandon-01": "chat abandoned in the queue", "sp-chat-bot-only-01": "bot turns only, no human agent",
           "sp-harness-selector-01": "harness failure", "sp-harness-crash-01": "harness failure"}
    labels = [{"contactId": c["contactId"], "domain": "special", "labels": dict(na), "why": {"all": why[c["contactId"]]}} for c in out]
    return out, labels
