"""The seven special contacts (no conversation with an agent): every label is na."""


def special_contacts(rng, scenarios, domains, base):
    by_id = {s["id"]: s for s in scenarios}
    t = base + 40 * 86_400_000
    out = []

    def contact(cid, sid, channel, outcome, events, turns, duration, **extra):
        c = {"schemaVersion": 1, "contactId": cid, "scenarioId": sid, "channel": channel, "startedAt": t + len(out) * 600_000,
             "durationMs": duration, "outcome": outcome, "transcriptSource": "deepgram" if channel == "voice" else "chat-dom",
             "events": events, "turns": turns}
        c.update(extra)
        out.append(c)

    contact("sp-no-answer", "wa-meter", "voice", "no-answer",
            [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 150}, {"type": "ringing", "atMs": 2300},
             {"type": "ended", "atMs": 62300, "detail": {"sipCode": 480}}], [], 62300)
    contact("sp-busy", "cc-loss", "voice", "busy",
            [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 120}, {"type": "ended", "atMs": 3100, "detail": {"sipCode": 486}}], [], 3100)
    org = domains["telecom"]["org"]
    ivr = [
        {"speaker": "ivr", "text": f"您好，欢迎致电{org}。查询话费请按1，办理业务请按2，人工服务请按0。", "startMs": 6400, "endMs": 14800, "confidence": 0.93},
        {"speaker": "ivr", "text": "正在为您转接人工服务，当前排队人数较多，请耐心等待。", "startMs": 17600, "endMs": 23100, "confidence": 0.9},
        {"speaker": "ivr", "text": "您前面还有12位客户在等待，请勿挂机。", "startMs": 83100, "endMs": 87000, "confidence": 0.88},
    ]
    contact("sp-ivr-abandon", "mo-overage", "voice", "abandoned",
            [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 100}, {"type": "ringing", "atMs": 2000},
             {"type": "answered", "atMs": 6000}, {"type": "ivr-prompt", "atMs": 6400}, {"type": "dtmf", "atMs": 16200, "detail": {"digits": "0"}},
             {"type": "queued", "atMs": 17400}, {"type": "hangup", "atMs": 150300, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 150500}],
            ivr, 150500)
    contact("sp-chat-queue-abandon", "ec-lost", "webchat", "abandoned",
            [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 900}, {"type": "queued", "atMs": 2400}, {"type": "ended", "atMs": 301000}],
            [{"speaker": "system", "text": "当前咨询人数较多，您前面还有23人排队。", "startMs": 2500, "endMs": 2500},
             {"speaker": "customer", "text": "快递丢了，有人吗", "startMs": 15000, "endMs": 15000},
             {"speaker": "system", "text": "您前面还有9人排队。", "startMs": 180000, "endMs": 180000}], 301000)
    contact("sp-bot-only", "ec-price", "webchat", "completed",
            [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 800}, {"type": "ended", "atMs": 96000}],
            [{"speaker": "bot", "text": "您好，我是智能助手小优，请问有什么可以帮您？", "startMs": 1500, "endMs": 1500},
             {"speaker": "customer", "text": "价保怎么申请", "startMs": 9000, "endMs": 9000},
             {"speaker": "bot", "text": "您可以在“我的订单-价格保护”中一键申请，符合条件的差价将退回原支付账户。", "startMs": 10200, "endMs": 10200},
             {"speaker": "customer", "text": "转人工", "startMs": 30000, "endMs": 30000},
             {"speaker": "bot", "text": "抱歉，当前人工客服繁忙，您可以留言，我们会尽快回复。", "startMs": 31000, "endMs": 31000}], 96000)
    contact("sp-harness-selector", "gh-permit", "webchat", "failed",
            [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1100}, {"type": "error", "atMs": 31100}, {"type": "ended", "atMs": 31200}],
            [], 31200, failedBy="harness",
            error={"code": "E_SELECTOR_TIMEOUT", "message": "chat input selector '#msg-input' not found within 30000 ms"})
    contact("sp-harness-crash", "in-renew", "webchat", "failed",
            [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1300}, {"type": "error", "atMs": 48000}, {"type": "ended", "atMs": 48100}],
            [], 48100, failedBy="harness", error={"code": "E_BROWSER_CRASHED", "message": "browser process exited (signal SIGKILL) during the chat"})
    return out
