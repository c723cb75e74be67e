"""The seven special contacts: nothing the agent did can be judged, so every label is na."""


def special_contacts(base_ts, checks):
    na = {c: "na" for c in checks}
    out = []

    def add(cid, scn, channel, outcome, events, turns, duration, src, **extra):
        inter = {"schemaVersion": 1, "contactId": cid, "scenarioId": scn, "channel": channel, "startedAt": base_ts + 200_000_000 + len(out) * 600_000,
                 "durationMs": duration, "outcome": outcome, "transcriptSource": src, "events": events, "turns": turns, **extra}
        out.append((inter, {"contactId": cid, "domain": "special", "labels": dict(na), "why": {"greeting": "special contact: " + outcome + ("" if "error" not in extra else " " + extra["error"]["code"]) + " - no agent to judge"}}))

    add("sp-no-answer", "gas-arrears", "voice", "no-answer",
        [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 140}, {"type": "ringing", "atMs": 2210}, {"type": "ended", "atMs": 62210, "detail": {"reason": "no answer after 60 s"}}], [], 62210, "deepgram")
    add("sp-busy", "pm-repair", "voice", "busy",
        [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 120}, {"type": "ended", "atMs": 1830, "detail": {"sipCode": 486}}], [], 1830, "deepgram")
    ivr1 = "您好，欢迎致电恒越证券，开户业务请按1，基金业务请按2，人工服务请按0。"
    ivr2 = "当前咨询人数较多，您前面还有十七位，请耐心等待，我们将尽快为您服务。"
    add("sp-ivr-abandoned", "sec-fund", "voice", "abandoned",
        [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 110}, {"type": "ringing", "atMs": 1900}, {"type": "answered", "atMs": 6300},
         {"type": "ivr-prompt", "atMs": 6700}, {"type": "dtmf", "atMs": 19800, "detail": {"digits": "0"}}, {"type": "queued", "atMs": 20500},
         {"type": "ivr-prompt", "atMs": 21000}, {"type": "hangup", "atMs": 148000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 148300}],
        [{"speaker": "ivr", "text": ivr1, "startMs": 6700, "endMs": 18200, "confidence": 0.93},
         {"speaker": "ivr", "text": ivr2, "startMs": 21000, "endMs": 30400, "confidence": 0.9},
         {"speaker": "ivr", "text": "您的来电正在排队，请不要挂机。", "startMs": 90000, "endMs": 96500, "confidence": 0.91}], 148300, "deepgram")
    add("sp-chat-queue-abandoned", "fd-damage", "webchat", "abandoned",
        [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1200}, {"type": "queued", "atMs": 2600}, {"type": "ended", "atMs": 305000}],
        [{"speaker": "system", "text": "正在为您转接人工客服，当前排队第23位……", "startMs": 2600, "endMs": 2600},
         {"speaker": "customer", "text": "汤洒了，能不能快点", "startMs": 40100, "endMs": 40100},
         {"speaker": "system", "text": "当前排队第9位，预计等待3分钟", "startMs": 180000, "endMs": 180000}], 305000, "chat-dom")
    add("sp-chat-bot-only", "fd-member", "webchat", "completed",
        [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 900}, {"type": "ended", "atMs": 96000}],
        [{"speaker": "bot", "text": "您好，我是小饭智能助手，请问有什么可以帮您？", "startMs": 1500, "endMs": 1500},
         {"speaker": "customer", "text": "会员红包怎么少了两张", "startMs": 14000, "endMs": 14000},
         {"speaker": "bot", "text": "您可以在【我的-红包】查看会员红包发放记录哦～", "startMs": 15200, "endMs": 15200},
         {"speaker": "customer", "text": "转人工", "startMs": 40000, "endMs": 40000},
         {"speaker": "bot", "text": "当前人工客服繁忙，建议您留言，我们会尽快回复～", "startMs": 41000, "endMs": 41000},
         {"speaker": "customer", "text": "算了", "startMs": 90000, "endMs": 90000}], 96000, "chat-dom")
    add("sp-harness-selector", "ht-invoice", "webchat", "failed",
        [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1500}, {"type": "error", "atMs": 31500}, {"type": "ended", "atMs": 31600}], [], 31600, "chat-dom",
        failedBy="harness", error={"code": "E_SELECTOR_TIMEOUT", "message": "selector #chat-input not found within 30000 ms"})
    add("sp-harness-crash", "edu-refund", "webchat", "failed",
        [{"type": "started", "atMs": 0}, {"type": "error", "atMs": 4200}, {"type": "ended", "atMs": 4300}], [], 4300, "chat-dom",
        failedBy="harness", error={"code": "E_BROWSER_CRASHED", "message": "browser process exited with signal SIGSEGV"})
    return out
