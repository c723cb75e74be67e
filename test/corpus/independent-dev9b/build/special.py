"""The seven special contacts: nothing to score, every label na."""

WHY = {
    'sp-no-answer': '无人接听，没有可评的对话',
    'sp-busy': '占线，没有可评的对话',
    'sp-ivr-abandoned': '在IVR排队时客户挂断，未接通人工',
    'sp-chat-queue-abandoned': '在线排队时客户离开，未接入人工',
    'sp-bot-only': '全程机器人应答，没有人工坐席',
    'sp-harness-selector': '测试工具找不到聊天输入框（工具故障），不计入',
    'sp-harness-crash': '测试工具浏览器崩溃（工具故障），不计入',
}


def contacts(rng, t0):
    def base(cid, sc, ch, t, outcome, dur, events, turns, source):
        return {'schemaVersion': 1, 'contactId': cid, 'scenarioId': sc, 'channel': ch, 'startedAt': t,
                'durationMs': dur, 'outcome': outcome, 'transcriptSource': source, 'events': events, 'turns': turns}
    out = []
    t = t0 + 3600_000
    out.append((base('sp-no-answer', 'el-visit-booking', 'voice', t, 'no-answer', 60200,
                     [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 140}, {'type': 'ringing', 'atMs': 2210},
                      {'type': 'hangup', 'atMs': 60000, 'detail': {'by': 'harness', 'reason': 'no-answer'}}, {'type': 'ended', 'atMs': 60200}], [], 'deepgram'), 'eldercare'))
    t += 5400_000
    out.append((base('sp-busy', 'tx-taxi-detour', 'voice', t, 'busy', 3900,
                     [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 110},
                      {'type': 'status-callback', 'atMs': 3700, 'detail': {'status': 'busy', 'sip': 486}}, {'type': 'ended', 'atMs': 3900}], [], 'deepgram'), 'transport-12328'))
    t += 5400_000
    ivr = [{'speaker': 'ivr', 'text': '您好，欢迎致电云简协同企业服务热线。故障报修请按1，发票与合同请按2，其他业务请按0。', 'startMs': 6100, 'endMs': 15800, 'confidence': 0.93},
           {'speaker': 'ivr', 'text': '现在坐席全忙，您前面还有七位客户在等待，请不要挂机。', 'startMs': 19400, 'endMs': 25600, 'confidence': 0.95},
           {'speaker': 'ivr', 'text': '感谢您的耐心等待，坐席正在为其他客户服务，请继续等待。', 'startMs': 85600, 'endMs': 92100, 'confidence': 0.94}]
    out.append((base('sp-ivr-abandoned', 'saas-ticket', 'voice', t, 'abandoned', 131000,
                     [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 150}, {'type': 'ringing', 'atMs': 2600},
                      {'type': 'answered', 'atMs': 5800}, {'type': 'ivr-prompt', 'atMs': 6100}, {'type': 'dtmf', 'atMs': 17200, 'detail': {'digits': '1'}},
                      {'type': 'queued', 'atMs': 19000}, {'type': 'hangup', 'atMs': 130800, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 131000}], ivr, 'deepgram'), 'enterprise-saas'))
    t += 5400_000
    q = [{'speaker': 'system', 'text': '当前咨询人数较多，您排在第12位，预计等待8分钟。', 'startMs': 3300, 'endMs': 3300},
         {'speaker': 'customer', 'text': '还要等这么久啊', 'startMs': 21000, 'endMs': 21000},
         {'speaker': 'system', 'text': '您排在第9位，请耐心等待。', 'startMs': 120000, 'endMs': 120000}]
    out.append((base('sp-chat-queue-abandoned', 'md-reschedule', 'webchat', t, 'abandoned', 185000,
                     [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1300}, {'type': 'queued', 'atMs': 3200},
                      {'type': 'ended', 'atMs': 185000, 'detail': {'by': 'customer'}}], q, 'chat-dom'), 'clinic-chain'))
    t += 5400_000
    bot = [{'speaker': 'bot', 'text': 'Hi～我是贝瑞安智能助手小贝，请问有什么可以帮您？', 'startMs': 2100, 'endMs': 2100},
           {'speaker': 'customer', 'text': '罐底那个批次号怎么查产地', 'startMs': 14000, 'endMs': 14000},
           {'speaker': 'bot', 'text': '您可以在官方小程序「正品溯源」里输入罐底喷码查询哦～', 'startMs': 15200, 'endMs': 15200},
           {'speaker': 'customer', 'text': '好吧 我试试', 'startMs': 41000, 'endMs': 41000},
           {'speaker': 'bot', 'text': '还有其他问题可以随时问小贝哦～', 'startMs': 42100, 'endMs': 42100}]
    out.append((base('sp-bot-only', 'my-batch', 'webchat', t, 'completed', 60000,
                     [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1500}, {'type': 'ended', 'atMs': 60000}], bot, 'chat-dom'), 'maternal-ecommerce'))
    t += 5400_000
    for cid, code, msg, sc, dom in [('sp-harness-selector', 'E_SELECTOR_TIMEOUT', 'chat input selector "#msg-input" not found within 30000 ms', 'vs-submit', 'visa-study'),
                                    ('sp-harness-crash', 'E_BROWSER_CRASHED', 'browser process exited unexpectedly (signal SIGKILL)', 'saas-invoice', 'enterprise-saas')]:
        inter = base(cid, sc, 'webchat', t, 'failed', 31500, [{'type': 'started', 'atMs': 0}, {'type': 'error', 'atMs': 31000, 'detail': {'code': code}}, {'type': 'ended', 'atMs': 31500}], [], 'chat-dom')
        inter['failedBy'] = 'harness'
        inter['error'] = {'code': code, 'message': msg}
        out.append((inter, dom))
        t += 5400_000
    return out
