"""The seven special contacts (every label na): nobody or nothing to score."""


def specials(domains, start_at):
    power, home, pharm, scenic, iptv, bank = domains
    out = []

    def base(cid, scen, channel, dom, why, **kw):
        ix = {"schemaVersion": 1, "contactId": cid, "scenarioId": scen, "channel": channel, "startedAt": start_at + len(out) * 900000,
              "transcriptSource": "deepgram" if channel == "voice" else "chat-dom", "turns": [], "_domain": dom["domain"], "_why": why}
        ix.update(kw)
        out.append(ix)

    base("sp-noanswer-01", "pw-outage", "voice", power, "无人接听，没有可评的服务", outcome="no-answer", durationMs=61000,
         events=[{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 150}, {"type": "ringing", "atMs": 2300},
                 {"type": "hangup", "atMs": 60800, "detail": {"by": "customer", "reason": "no-answer"}}, {"type": "ended", "atMs": 61000}])
    base("sp-busy-01", "bk-frozen", "voice", bank, "占线，没有接通", outcome="busy", durationMs=4300,
         events=[{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 120},
                 {"type": "status-callback", "atMs": 4100, "detail": {"sip": 486}}, {"type": "ended", "atMs": 4300}])
    ivr1 = "您好，欢迎致电华数广电，故障报修请按2，人工服务请按0"
    ivr2 = "当前排队人数较多，您前面还有12位，请耐心等待"
    base("sp-ivr-abandon-01", "tv-stb", "voice", iptv, "只听到IVR与排队提示，客户在队列中放弃，坐席从未接入", outcome="abandoned", durationMs=188000,
         events=[{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 110}, {"type": "ringing", "atMs": 2100},
                 {"type": "answered", "atMs": 6200}, {"type": "dtmf", "atMs": 19000, "detail": {"digits": "0"}},
                 {"type": "queued", "atMs": 19300}, {"type": "hangup", "atMs": 187800, "detail": {"by": "customer"}},
                 {"type": "ended", "atMs": 188000}],
         turns=[{"speaker": "ivr", "text": ivr1, "startMs": 6600, "endMs": 17400, "confidence": 0.96},
                {"speaker": "ivr", "text": ivr2, "startMs": 20000, "endMs": 27500, "confidence": 0.94},
                {"speaker": "ivr", "text": "您前面还有9位", "startMs": 90000, "endMs": 92200, "confidence": 0.93}])
    base("sp-chat-queue-01", "hk-refund", "webchat", home, "网聊排队中客户关闭窗口，人工未接入", outcome="abandoned", durationMs=240500,
         events=[{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1300}, {"type": "queued", "atMs": 4000},
                 {"type": "ended", "atMs": 240500}],
         turns=[{"speaker": "system", "text": "当前排队第7位，预计等待5分钟", "startMs": 4100, "endMs": 4100},
                {"speaker": "customer", "text": "有人吗", "startMs": 60000, "endMs": 60000},
                {"speaker": "customer", "text": "算了，等不起", "startMs": 238000, "endMs": 238000}])
    base("sp-bot-only-01", "ph-delivery", "webchat", pharm, "全程只有机器人应答，没有人工坐席发言", outcome="completed", durationMs=95000,
         events=[{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1100}, {"type": "ended", "atMs": 95000}],
         turns=[{"speaker": "bot", "text": "您好，我是智能助手小禾，请问有什么可以帮您？", "startMs": 2000, "endMs": 2000},
                {"speaker": "customer", "text": "我的药到哪了", "startMs": 15000, "endMs": 15000},
                {"speaker": "bot", "text": "请点击【我的订单】查看物流信息哦～", "startMs": 16000, "endMs": 16000},
                {"speaker": "customer", "text": "转人工", "startMs": 40000, "endMs": 40000},
                {"speaker": "bot", "text": "人工客服忙，请稍后再试", "startMs": 41000, "endMs": 41000}])
    base("sp-harness-01", "sc-entry", "webchat", scenic, "工具自身故障（选择器超时），不计入", outcome="failed", failedBy="harness", durationMs=30500,
         error={"code": "E_SELECTOR_TIMEOUT", "message": "input selector #chat-input not found within 30000 ms"},
         events=[{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1400}, {"type": "error", "atMs": 30400}, {"type": "ended", "atMs": 30500}])
    base("sp-harness-02", "bk-stmt", "webchat", bank, "工具自身故障（浏览器崩溃），不计入", outcome="failed", failedBy="harness", durationMs=12200,
         error={"code": "E_BROWSER_CRASHED", "message": "browser process exited with signal SIGKILL"},
         events=[{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1600}, {"type": "error", "atMs": 12100}, {"type": "ended", "atMs": 12200}])
    return out
