"""Contacts that never reached an agent (answer-rate only, every quality label na) and failures
on the tool's own side (excluded from every sheet, also all na)."""
from labels import CHECKS


def _ia(cid, scid, ch, t0, dur, outcome, events, turns, **extra):
    ia = dict(schemaVersion=1, contactId=cid, scenarioId=scid, channel=ch, startedAt=t0, durationMs=dur,
              outcome=outcome, transcriptSource="deepgram" if ch == "voice" else "chat-dom", events=events, turns=turns)
    ia.update(extra)
    return ia


def extra_contacts(rng, domains, t0):
    T = lambda sp, tx, s, e, **k: dict(speaker=sp, text=tx, startMs=s, endMs=e, **k)
    E = lambda ty, at, **d: dict(type=ty, atMs=at, **({"detail": d} if d else {}))
    out = []
    t = t0 + 600000
    out.append((_ia("d2b-x-no-answer-1", "shebao-pension-condition-01", "voice", t, 61500, "no-answer",
                    [E("started", 0), E("dialed", 150), E("ringing", 1800), E("hangup", 61300, by="caller", reason="no-answer"), E("ended", 61500)], []),
                "no-answer: rang 60 s, nobody picked up"))
    t += 400000
    out.append((_ia("d2b-x-busy-1", "collection-harass-02", "voice", t, 3200, "busy",
                    [E("started", 0), E("dialed", 150), E("status-callback", 3000, status="busy", sipCode=486), E("ended", 3200)], []),
                "busy signal"))
    t += 500000
    ivr = "您好，欢迎致电滨江燃气。燃气泄漏抢修请按一，业务咨询请按二，人工服务请按零。"
    out.append((_ia("d2b-x-abandoned-queue-1", "gas-leak-smell-01", "voice", t, 196000, "abandoned",
                    [E("started", 0), E("dialed", 150), E("ringing", 1500), E("answered", 6200), E("ivr-prompt", 6400), E("dtmf", 18500, digits="0"),
                     E("queued", 19000), E("ivr-prompt", 80000), E("hangup", 195800, by="customer"), E("ended", 196000)],
                    [T("ivr", ivr, 6400, 17200, confidence=0.95), T("ivr", "您前面还有八位客户 请耐心等待", 80000, 86500, confidence=0.9)]),
                "caller hung up in the queue after ~3 min; no agent turn"))
    t += 300000
    out.append((_ia("d2b-x-abandoned-chat-1", "rental-cancel-04", "webchat", t, 245000, "abandoned",
                    [E("started", 0), E("page-loaded", 900), E("queued", 2500), E("ended", 245000)],
                    [T("system", "当前咨询人数较多，您前面还有12位，请耐心等待", 2600, 2600),
                     T("customer", "还要等多久啊", 95000, 95000), T("system", "您前面还有7位", 150000, 150000)]),
                "customer left the chat queue; no agent"))
    t += 350000
    out.append((_ia("d2b-x-bot-only-1", "app-auto-renew-03", "webchat", t, 88000, "completed",
                    [E("started", 0), E("page-loaded", 700), E("ended", 88000)],
                    [T("bot", "您好，我是智能助手小趣，请问有什么可以帮您？", 1500, 1500), T("customer", "自动续费怎么关", 12000, 12000),
                     T("bot", "您可以在“我的-设置-自动续费管理”中关闭自动续费哦~", 13200, 13200), T("customer", "好的", 40000, 40000)]),
                "completed with the bot only; no human agent turn"))
    t += 250000
    out.append((_ia("d2b-x-harness-fail-1", "pharmacy-rx-delivery-03", "webchat", t, 30500, "failed",
                    [E("started", 0), E("page-loaded", 1400), E("error", 30400, code="E_SELECTOR_TIMEOUT")], [],
                    failedBy="harness", error=dict(code="E_SELECTOR_TIMEOUT", message="chat input selector '#msg-input' not found within 30000 ms")),
                "tool-side failure (selector timeout): excluded from every sheet"))
    t += 200000
    out.append((_ia("d2b-x-harness-fail-2", "game-account-ban-02", "webchat", t, 8200, "failed",
                    [E("started", 0), E("error", 8100, code="E_BROWSER_CRASHED")], [],
                    failedBy="harness", error=dict(code="E_BROWSER_CRASHED", message="browser process exited (SIGKILL) before the chat opened")),
                "tool-side failure (browser crashed): excluded from every sheet"))
    dom_of = {sc["id"]: d["key"] for d in domains for sc in d["scenarios"]}
    res = []
    for ia, note in out:
        res.append((ia, dict(contactId=ia["contactId"], domain=dom_of[ia["scenarioId"]], labels={k: "na" for k in CHECKS}, why={"contact": note})))
    return res
