"""The seven special contacts (all labels na): no answer, busy, IVR abandon, chat queue abandon, bot only, two harness failures."""
from labels import CHECKS


def special_contacts(rng, t0):
    out = []
    def add(cid, sid, ch, outcome, events, turns, dur, **extra):
        c = dict(schemaVersion=1, contactId=cid, scenarioId=sid, channel=ch, startedAt=t0 + len(out) * 3_600_000,
                 durationMs=dur, outcome=outcome, transcriptSource='deepgram' if ch == 'voice' else 'chat-dom', events=events, turns=turns)
        c.update(extra)
        why = {'greeting': f'special contact ({outcome}): no agent spoke'}
        out.append((c, dict(contactId=cid, domain=sid.split('-')[0], labels={k: 'na' for k in CHECKS}, why=why)))
    add('sp-noanswer-01', 'hr-pension-date', 'voice', 'no-answer',
        [dict(type='started', atMs=0), dict(type='dialed', atMs=110), dict(type='ringing', atMs=2100), dict(type='hangup', atMs=62100, detail={'by': 'harness', 'reason': 'no-answer'}), dict(type='ended', atMs=62300)], [], 62300)
    add('sp-busy-01', 'cc-annual-fee', 'voice', 'busy',
        [dict(type='started', atMs=0), dict(type='dialed', atMs=95), dict(type='status-callback', atMs=1900, detail={'status': 'busy', 'sip': 486}), dict(type='ended', atMs=2000)], [], 2000)
    ivr = '您好，欢迎致电途安租车，当前坐席繁忙，请耐心等待，您也可以在APP自助办理'
    add('sp-ivr-abandon-01', 'car-deposit', 'voice', 'abandoned',
        [dict(type='started', atMs=0), dict(type='dialed', atMs=120), dict(type='ringing', atMs=1800), dict(type='answered', atMs=5200), dict(type='ivr-prompt', atMs=5500),
         dict(type='dtmf', atMs=16000, detail={'digits': '0'}), dict(type='queued', atMs=16400), dict(type='hangup', atMs=196000, detail={'by': 'customer'}), dict(type='ended', atMs=196200)],
        [dict(speaker='ivr', text='欢迎致电途安租车 人工服务请按0', startMs=5500, endMs=9800, confidence=0.93),
         dict(speaker='ivr', text=ivr, startMs=17000, endMs=31000, confidence=0.9),
         dict(speaker='ivr', text='您前面还有12位客户，请继续等待', startMs=90000, endMs=96000, confidence=0.91)], 196200)
    add('sp-chat-queue-01', 'pay-missing', 'webchat', 'abandoned',
        [dict(type='started', atMs=0), dict(type='page-loaded', atMs=1500), dict(type='queued', atMs=3200), dict(type='ended', atMs=303200, detail={'by': 'customer'})],
        [dict(speaker='system', text='当前排队人数较多，您前面还有8人', startMs=3300, endMs=3300),
         dict(speaker='customer', text='转账没到账，有人吗', startMs=9000, endMs=9000),
         dict(speaker='system', text='您前面还有5人，请耐心等待', startMs=120000, endMs=120000)], 303200)
    add('sp-bot-only-01', 'exam-ticket', 'webchat', 'completed',
        [dict(type='started', atMs=0), dict(type='page-loaded', atMs=1300), dict(type='ended', atMs=98000, detail={'by': 'customer'})],
        [dict(speaker='bot', text='您好，我是考试院智能助手小考，请问有什么可以帮您？', startMs=2000, endMs=2000),
         dict(speaker='customer', text='准考证什么时候打印', startMs=15000, endMs=15000),
         dict(speaker='bot', text='准考证一般在考前7天开放打印，请登录报名系统下载。', startMs=16000, endMs=16000),
         dict(speaker='customer', text='好的', startMs=40000, endMs=40000),
         dict(speaker='bot', text='请问还有其他问题吗？', startMs=41000, endMs=41000)], 98000)
    add('sp-harness-selector-01', 'pay-realname', 'webchat', 'failed',
        [dict(type='started', atMs=0), dict(type='page-loaded', atMs=2100), dict(type='error', atMs=32100, detail={'code': 'E_SELECTOR_TIMEOUT'}), dict(type='ended', atMs=32200)], [], 32200,
        failedBy='harness', error=dict(code='E_SELECTOR_TIMEOUT', message='chat input selector #msg-input not found within 30000 ms'))
    add('sp-harness-crash-01', 'wed-photos', 'webchat', 'failed',
        [dict(type='started', atMs=0), dict(type='page-loaded', atMs=1800), dict(type='error', atMs=14500, detail={'code': 'E_BROWSER_CRASHED'}), dict(type='ended', atMs=14600)], [], 14600,
        failedBy='harness', error=dict(code='E_BROWSER_CRASHED', message='browser process exited unexpectedly (signal SIGSEGV)'))
    return out
