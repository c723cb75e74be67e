"""The seven contacts where no agent ever spoke (or the harness failed): every label is na."""


def special_contacts(epoch, checks):
    na = {k: "na" for k in checks}
    base = epoch + 160 * 3 * 3_600_000
    items = [
        ("heat-cold-noanswer", "heat-cold", "voice", "heating", "no-answer", 46200,
         [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 140}, {"type": "ringing", "atMs": 2210},
          {"type": "hangup", "atMs": 45900, "detail": {"by": "customer", "reason": "no answer after 43s of ringing"}}, {"type": "ended", "atMs": 46200}], [], None),
        ("pk-charge-busy", "pk-charge", "voice", "smart-parking", "busy", 3900,
         [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 120}, {"type": "status-callback", "atMs": 3500, "detail": {"sip": 486}},
          {"type": "ended", "atMs": 3900}], [], None),
        ("hl-complaint-ivrqueue", "hl-complaint", "voice", "health-12320", "abandoned", 158300,
         [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 160}, {"type": "ringing", "atMs": 1900}, {"type": "answered", "atMs": 6100},
          {"type": "dtmf", "atMs": 21800, "detail": {"digits": "2"}}, {"type": "queued", "atMs": 24000},
          {"type": "hangup", "atMs": 158000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 158300}],
         [dict(speaker="ivr", text="您好，欢迎致电12320卫生健康热线，疫苗接种咨询请按1，医疗服务投诉请按2。", startMs=6500, endMs=19900, confidence=0.95),
          dict(speaker="ivr", text="当前咨询人数较多，您前面还有7位，请耐心等待。", startMs=24100, endMs=33000, confidence=0.93),
          dict(speaker="ivr", text="当前咨询人数较多，您前面还有4位，请耐心等待。", startMs=94100, endMs=103000, confidence=0.92)], None),
        ("jb-refund-chatqueue", "jb-refund", "webchat", "recruiting-platform", "abandoned", 241000,
         [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 900}, {"type": "queued", "atMs": 2300}, {"type": "ended", "atMs": 241000}],
         [dict(speaker="system", text="正在为您排队，当前排队人数：12", startMs=2300, endMs=2300),
          dict(speaker="customer", text="会员怎么退费啊", startMs=15000, endMs=15000),
          dict(speaker="system", text="当前排队人数：9", startMs=120000, endMs=120000),
          dict(speaker="customer", text="算了不等了", startMs=238500, endMs=238500)], None),
        ("uc-return-botonly", "uc-return", "webchat", "used-car-platform", "completed", 96000,
         [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1100}, {"type": "ended", "atMs": 96000}],
         [dict(speaker="bot", text="您好，我是优车智能助手小优，请问有什么可以帮您？", startMs=1500, endMs=1500),
          dict(speaker="customer", text="无理由退车几天", startMs=14000, endMs=14000),
          dict(speaker="bot", text="为您找到以下问题：1.如何申请退车 2.退车费用说明 3.退车到账时间，请回复序号。", startMs=15200, endMs=15200),
          dict(speaker="customer", text="1", startMs=40000, endMs=40000),
          dict(speaker="bot", text="您可以在订单详情页点击“申请退车”，按提示提交即可。还有其他问题吗？", startMs=41100, endMs=41100),
          dict(speaker="customer", text="没了", startMs=92000, endMs=92000)], None),
        ("re-booking-harness-selector", "re-booking", "webchat", "real-estate-registry", "failed", 30800,
         [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1300}, {"type": "error", "atMs": 30700}, {"type": "ended", "atMs": 30800}], [],
         {"code": "E_SELECTOR_TIMEOUT", "message": "chat input selector '#msg-input' not found within 30000 ms"}),
        ("jb-ban-harness-crash", "jb-ban", "webchat", "recruiting-platform", "failed", 12400,
         [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1000}, {"type": "error", "atMs": 12300}, {"type": "ended", "atMs": 12400}], [],
         {"code": "E_BROWSER_CRASHED", "message": "browser process exited unexpectedly (signal SIGKILL)"}),
    ]
    out = []
    for n, (cid, scen, ch, domain, outcome, dur, ev, turns, err) in enumerate(items):
        inter = {"schemaVersion": 1, "contactId": cid, "scenarioId": scen, "channel": ch, "startedAt": base + n * 5_400_000,
                 "durationMs": dur, "outcome": outcome, "transcriptSource": "deepgram" if ch == "voice" else "chat-dom",
                 "events": ev, "turns": turns}
        if err:
            inter["failedBy"] = "harness"
            inter["error"] = err
        out.append((inter, {"contactId": cid, "domain": domain, "labels": dict(na),
                            "why": {"greeting": f"special contact ({outcome}{', ' + err['code'] if err else ''}): no agent ever spoke, nothing to judge"}}))
    return out
