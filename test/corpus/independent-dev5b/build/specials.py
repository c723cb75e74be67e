"""The seven special contacts of set independent-dev5b: nothing a human agent said can be scored (all labels na)."""


def special_contacts(t0, checks):
    na = {k: "na" for k in checks}
    why = {"all": "没有人工坐席的对话（未接通/占线/排队放弃/只有机器人/工具自身故障），各项均不适用"}
    out = []

    def add(cid, sc, channel, outcome, events, turns, dur, extra=None):
        x = {"schemaVersion": 1, "contactId": cid, "scenarioId": sc, "channel": channel, "startedAt": t0 + len(out) * 600_000,
             "durationMs": dur, "outcome": outcome, "transcriptSource": "deepgram" if channel == "voice" else "chat-dom",
             "events": events, "turns": turns}
        x.update(extra or {})
        out.append((x, {"contactId": cid, "domain": "special", "labels": dict(na), "why": dict(why)}))

    add("sp-no-answer-v", "imm-passport", "voice", "no-answer",
        [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 140}, {"type": "ringing", "atMs": 2210},
         {"type": "hangup", "atMs": 62210, "detail": {"by": "harness", "reason": "no-answer"}}, {"type": "ended", "atMs": 62400}], [], 62400)
    add("sp-busy-v", "mtg-prepay", "voice", "busy",
        [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 120}, {"type": "status-callback", "atMs": 1900, "detail": {"sip": 486}},
         {"type": "ended", "atMs": 2000}], [], 2000)
    ivr1 = "您好，欢迎致电康宁人寿客户服务热线。保单查询请按1，保全业务请按2，人工服务请按0。"
    ivr2 = "现在坐席全忙，您前面还有十二位客户在等待，请您耐心等候。"
    add("sp-ivr-abandon-v", "li-surrender", "voice", "abandoned",
        [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 100}, {"type": "ringing", "atMs": 1800}, {"type": "answered", "atMs": 6300},
         {"type": "ivr-prompt", "atMs": 6500}, {"type": "dtmf", "atMs": 19000, "detail": {"digits": "0"}}, {"type": "queued", "atMs": 19200},
         {"type": "hangup", "atMs": 201000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 201200}],
        [{"speaker": "ivr", "text": ivr1, "startMs": 6500, "endMs": 16800, "confidence": 0.93},
         {"speaker": "ivr", "text": ivr2, "startMs": 19500, "endMs": 26000, "confidence": 0.91},
         {"speaker": "ivr", "text": ivr2, "startMs": 86000, "endMs": 92500, "confidence": 0.9}], 201200)
    add("sp-chat-queue-abandon-c", "dn-card-refund", "webchat", "abandoned",
        [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1300}, {"type": "queued", "atMs": 2500}, {"type": "ended", "atMs": 300000}],
        [{"speaker": "system", "text": "当前咨询人数较多，您排在第8位", "startMs": 2500, "endMs": 2500},
         {"speaker": "customer", "text": "储值卡退款找谁", "startMs": 30000, "endMs": 30000},
         {"speaker": "system", "text": "当前咨询人数较多，您排在第5位", "startMs": 120000, "endMs": 120000},
         {"speaker": "customer", "text": "算了不等了", "startMs": 298000, "endMs": 298000}], 300000)
    add("sp-chat-bot-only-c", "sh-ban", "webchat", "completed",
        [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 900}, {"type": "ended", "atMs": 95000}],
        [{"speaker": "bot", "text": "您好，我是闲易智能助手小闲，请问有什么可以帮您？", "startMs": 1500, "endMs": 1500},
         {"speaker": "customer", "text": "账号被封了", "startMs": 12000, "endMs": 12000},
         {"speaker": "bot", "text": "账号被限制可以在【我的-设置-账号申诉】提交申诉，审核结果会站内信通知您。", "startMs": 13000, "endMs": 13000},
         {"speaker": "customer", "text": "好吧", "startMs": 60000, "endMs": 60000},
         {"speaker": "bot", "text": "感谢您的咨询，祝您生活愉快！", "startMs": 61000, "endMs": 61000}], 95000)
    add("sp-harness-selector-c", "tour-refund", "webchat", "failed",
        [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1500}, {"type": "error", "atMs": 31500}, {"type": "ended", "atMs": 31600}],
        [], 31600, {"failedBy": "harness", "error": {"code": "E_SELECTOR_TIMEOUT", "message": "chat input selector #msg-input not found within 30000 ms"}})
    add("sp-harness-crash-c", "dn-store", "webchat", "failed",
        [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1100}, {"type": "error", "atMs": 8800}, {"type": "ended", "atMs": 8900}],
        [], 8900, {"failedBy": "harness", "error": {"code": "E_BROWSER_CRASHED", "message": "browser process exited unexpectedly (signal SIGKILL)"}})
    return out
