"""Contacts that never reached an agent (no-answer, busy, abandoned in the queue, answered by the chat
bot alone) and failures on the tool's own side. Every quality label is na: the first kind counts only
in the answer rate, the second is excluded from every sheet."""
from contact import CHECKS


def _label(cid, domain, note):
    return {'contactId': cid, 'domain': domain, 'labels': {k: 'na' for k in CHECKS}, 'why': {'contact': note}}


def special_contacts(rng, domains, base):
    D = {m.DOMAIN['key']: m.DOMAIN for m in domains}
    out = []
    t0 = base + 5 * 24 * 3600 * 1000

    ring = rng.randint(1000, 2000)
    out.append(({'schemaVersion': 1, 'contactId': 'ih-air-900', 'scenarioId': 'air-delay-compensation-02', 'channel': 'voice',
                 'startedAt': t0 + 1_000_000, 'durationMs': ring + 45000, 'outcome': 'no-answer', 'transcriptSource': 'deepgram',
                 'events': [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 150}, {'type': 'ringing', 'atMs': ring},
                            {'type': 'hangup', 'atMs': ring + 44800, 'detail': {'by': 'caller', 'reason': 'no answer after 45 s'}},
                            {'type': 'ended', 'atMs': ring + 45000}], 'turns': []},
                _label('ih-air-900', 'airline', 'no-answer: rang 45 s, nobody picked up; counts only in the answer rate')))

    out.append(({'schemaVersion': 1, 'contactId': 'ih-hos-900', 'scenarioId': 'hos-book-specialist-01', 'channel': 'voice',
                 'startedAt': t0 + 2_000_000, 'durationMs': 2600, 'outcome': 'busy', 'transcriptSource': 'deepgram',
                 'events': [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 120},
                            {'type': 'status-callback', 'atMs': 2400, 'detail': {'sip': 486, 'status': 'busy'}},
                            {'type': 'ended', 'atMs': 2600}], 'turns': []},
                _label('ih-hos-900', 'hospital', 'busy: the line was engaged (SIP 486); counts only in the answer rate')))

    org = D['logistics']['org'][0]
    ivr1 = f'您好，欢迎致电{org}。查件请按1，寄件请按2，人工服务请按0。'
    out.append(({'schemaVersion': 1, 'contactId': 'ih-exp-900', 'scenarioId': 'exp-damaged-04', 'channel': 'voice',
                 'startedAt': t0 + 3_000_000, 'durationMs': 118000, 'outcome': 'abandoned', 'transcriptSource': 'deepgram',
                 'events': [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 140}, {'type': 'ringing', 'atMs': 1300},
                            {'type': 'answered', 'atMs': 5200}, {'type': 'ivr-prompt', 'atMs': 5600},
                            {'type': 'dtmf', 'atMs': 14800, 'detail': {'digits': '0'}}, {'type': 'ivr-prompt', 'atMs': 15300},
                            {'type': 'queued', 'atMs': 21000}, {'type': 'ivr-prompt', 'atMs': 61000},
                            {'type': 'hangup', 'atMs': 117500, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 118000}],
                 'turns': [{'speaker': 'ivr', 'text': ivr1, 'startMs': 5600, 'endMs': 13200, 'confidence': 0.96},
                           {'speaker': 'ivr', 'text': '现在是咨询高峰 您前面还有六位 请耐心等待', 'startMs': 15300, 'endMs': 20800, 'confidence': 0.9},
                           {'speaker': 'ivr', 'text': '您前面还有四位，请稍候。', 'startMs': 61000, 'endMs': 64000, 'confidence': 0.95}]},
                _label('ih-exp-900', 'logistics', 'abandoned in the queue after about 96 s; IVR only, no agent turn')))

    out.append(({'schemaVersion': 1, 'contactId': 'ih-prop-900', 'scenarioId': 'prop-noise-complaint-03', 'channel': 'webchat',
                 'startedAt': t0 + 4_000_000, 'durationMs': 201000, 'outcome': 'abandoned', 'transcriptSource': 'chat-dom',
                 'events': [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 900}, {'type': 'queued', 'atMs': 9800},
                            {'type': 'ended', 'atMs': 201000}],
                 'turns': [{'speaker': 'bot', 'text': '您好，我是锦绣物业智能管家，请问有什么可以帮您？', 'startMs': 1400, 'endMs': 1400},
                           {'speaker': 'customer', 'text': '人工', 'startMs': 9000, 'endMs': 9000},
                           {'speaker': 'system', 'text': '当前咨询人数较多，您前面还有8位，请耐心等待', 'startMs': 9800, 'endMs': 9800},
                           {'speaker': 'customer', 'text': '算了 等不了', 'startMs': 196000, 'endMs': 196000}]},
                _label('ih-prop-900', 'property', 'abandoned in the chat queue after about 3 minutes; no agent joined')))

    out.append(({'schemaVersion': 1, 'contactId': 'ih-edu-900', 'scenarioId': 'edu-trial-class-02', 'channel': 'webchat',
                 'startedAt': t0 + 5_000_000, 'durationMs': 41000, 'outcome': 'completed', 'transcriptSource': 'chat-dom',
                 'events': [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 700}, {'type': 'ended', 'atMs': 41000}],
                 'turns': [{'speaker': 'bot', 'text': '您好，我是启航教育智能助手小航~', 'startMs': 1100, 'endMs': 1100},
                           {'speaker': 'customer', 'text': '试听课要钱吗', 'startMs': 9000, 'endMs': 9000},
                           {'speaker': 'bot', 'text': '试听课免费哦，每节45分钟，点击下方链接即可预约~', 'startMs': 9600, 'endMs': 9600},
                           {'speaker': 'customer', 'text': '好的', 'startMs': 30000, 'endMs': 30000}]},
                _label('ih-edu-900', 'education', 'completed with the chat bot only: no agent turn, so every quality check is na')))

    out.append(({'schemaVersion': 1, 'contactId': 'ih-auto-900', 'scenarioId': 'auto-recall-04', 'channel': 'webchat',
                 'startedAt': t0 + 6_000_000, 'durationMs': 30500, 'outcome': 'failed', 'failedBy': 'harness',
                 'transcriptSource': 'chat-dom',
                 'events': [{'type': 'started', 'atMs': 0}, {'type': 'error', 'atMs': 30400}, {'type': 'ended', 'atMs': 30500}],
                 'turns': [],
                 'error': {'code': 'E_SELECTOR_TIMEOUT', 'message': 'chat input "textarea#msg" not found within 30000 ms',
                           'hint': 'check the selectors preset for this centre'}},
                _label('ih-auto-900', 'auto-aftersales', 'harness failure (selector timeout): excluded from every sheet')))

    out.append(({'schemaVersion': 1, 'contactId': 'ih-air-901', 'scenarioId': 'air-baggage-allowance-03', 'channel': 'webchat',
                 'startedAt': t0 + 7_000_000, 'durationMs': 30800, 'outcome': 'failed', 'transcriptSource': 'chat-dom',
                 'events': [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 800}, {'type': 'error', 'atMs': 30700},
                            {'type': 'ended', 'atMs': 30800}],
                 'turns': [],
                 'error': {'code': 'E_SELECTOR_TIMEOUT', 'message': 'send button "button.send" not found within 30000 ms'}},
                _label('ih-air-901', 'airline', 'harness failure (selector timeout, failedBy absent: derived from the code); excluded')))
    return out
