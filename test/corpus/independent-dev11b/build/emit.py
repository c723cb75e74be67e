"""The file-shaped parts of gen.py: scenario YAML, a contact's events, and the unscorable contacts."""
import json


def ms(rng, lo, hi):
    """A random whole millisecond count between lo and hi seconds."""
    return int(rng.uniform(lo, hi) * 1000)


def scenario_yaml(dom, sc, persona, sla):
    """The scenario file; JSON values are valid YAML flow, so each value is dumped with json."""
    j = lambda v: json.dumps(v, ensure_ascii=False)
    fact = sc['fact']
    return '\n'.join([
        'id: ' + sc['id'],
        'title: ' + j(sc['title']),
        'description: ' + j('独立语料 independent-dev11b，领域 %s，机构 %s' % (dom['domain'], dom['org'])),
        'channel: [voice, webchat]',
        'target: { phone: "%s" }' % dom['phone'],
        'persona: { name: %s }' % j(persona),
        'locale: zh-CN',
        'steps:',
        '  - { say: %s }' % j(sc['problem']),
        '  - { wait: %s }' % j('.+'),
        '  - { say: %s }' % j(sc['q']),
        '  - { end: true }',
        'facts:',
        '  - ' + j(fact),
        'requiredInfo:',
        '  - ' + j(sc['ri']),
        'requires: ' + j(sc['req']),
        'sla: ' + j(sla),
        'tags: [independent-dev11b, %s]' % dom['domain'],
        '',
    ])


def events_for(chan, join, end, rng, unknown_event):
    if chan == 'voice':
        answered = join
        ev = [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 120}, {'type': 'ringing', 'atMs': ms(rng, 1.5, 3)},
              {'type': 'answered', 'atMs': answered}, {'type': 'agent-joined', 'atMs': join}]
        if unknown_event:
            ev.append({'type': 'transfer', 'atMs': join, 'detail': {'from': 'ivr', 'to': 'agent-queue'}})
        ev += [{'type': 'hangup', 'atMs': end + 300, 'detail': {'by': rng.choice(['customer', 'agent'])}}, {'type': 'ended', 'atMs': end + 500}]
    else:
        ev = [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': ms(rng, 1.2, 3)}, {'type': 'agent-joined', 'atMs': join}]
        if unknown_event:
            ev.append({'type': 'supervisor-listen', 'atMs': join + 2000})
        ev.append({'type': 'ended', 'atMs': end + 1000})
    return sorted(ev, key=lambda e: e['atMs'])


def special_contacts(base):
    """The seven contacts where nothing can be scored (all 19 labels na)."""
    def mk(cid, scen, chan, outcome, dur, events, turns=(), **extra):
        d = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': scen, 'channel': chan, 'startedAt': base + len(cid) * 1000,
             'durationMs': dur, 'outcome': outcome, 'transcriptSource': 'deepgram' if chan == 'voice' else 'chat-dom',
             'events': events, 'turns': list(turns)}
        d.update(extra)
        return d
    return [
        mk('sp-no-answer', 'price-tag', 'voice', 'no-answer', 45200, [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 130}, {'type': 'ringing', 'atMs': 2100}, {'type': 'ended', 'atMs': 45200}]),
        mk('sp-busy', 'car-service', 'voice', 'busy', 3100, [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 110}, {'type': 'ended', 'atMs': 3100, 'detail': {'sipCode': 486}}]),
        mk('sp-ivr-abandoned', 'date-refund', 'voice', 'abandoned', 96400,
           [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': 120}, {'type': 'ringing', 'atMs': 1900}, {'type': 'answered', 'atMs': 5200},
            {'type': 'ivr-prompt', 'atMs': 5300}, {'type': 'dtmf', 'atMs': 14100, 'detail': {'digits': '2'}}, {'type': 'queued', 'atMs': 16800},
            {'type': 'hangup', 'atMs': 96200, 'detail': {'by': 'customer'}}, {'type': 'ended', 'atMs': 96400}],
           [{'speaker': 'ivr', 'text': '您好 欢迎致电良缘网 会员退费请按二 红娘服务请按三', 'startMs': 5300, 'endMs': 12600, 'confidence': 0.93},
            {'speaker': 'ivr', 'text': '正在为您转接人工坐席 当前排队人数较多 请耐心等待', 'startMs': 16900, 'endMs': 22800, 'confidence': 0.91},
            {'speaker': 'ivr', 'text': '坐席仍然繁忙 您也可以关注良缘网公众号在线咨询', 'startMs': 62000, 'endMs': 68100, 'confidence': 0.88}]),
        mk('sp-chat-queue-abandoned', 'campus-card', 'webchat', 'abandoned', 184000,
           [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1800}, {'type': 'queued', 'atMs': 2600}, {'type': 'ended', 'atMs': 184000}],
           [{'speaker': 'system', 'text': '当前排队第7位，请稍候', 'startMs': 2600, 'endMs': 2600},
            {'speaker': 'customer', 'text': '卡丢了要挂失，有人吗', 'startMs': 30500, 'endMs': 30500},
            {'speaker': 'system', 'text': '当前排队第4位，请稍候', 'startMs': 95000, 'endMs': 95000}], transcriptSource='chat-dom'),
        mk('sp-chat-bot-only', 'xb-delay', 'webchat', 'completed', 88000,
           [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 1500}, {'type': 'ended', 'atMs': 88000}],
           [{'speaker': 'bot', 'text': '您好，我是海淘通智能助手小淘，请问有什么可以帮您？', 'startMs': 2000, 'endMs': 2000},
            {'speaker': 'customer', 'text': '美国直邮20天了还没到', 'startMs': 15000, 'endMs': 15000},
            {'speaker': 'bot', 'text': '海外直邮一般需要10-20个工作日，您可以在“我的订单”里查看物流轨迹哦', 'startMs': 16000, 'endMs': 16000},
            {'speaker': 'customer', 'text': '转人工', 'startMs': 40000, 'endMs': 40000},
            {'speaker': 'bot', 'text': '当前人工客服繁忙，建议您留言，我们会在24小时内回复', 'startMs': 41000, 'endMs': 41000}]),
        mk('sp-harness-selector', 'rent-repair', 'webchat', 'failed', 30900, [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': 900}, {'type': 'error', 'atMs': 30900}],
           failedBy='harness', error={'code': 'E_SELECTOR_TIMEOUT', 'message': 'chat input selector #msg-input not found within 30000 ms'}),
        mk('sp-harness-crash', 'date-fake', 'webchat', 'failed', 12400, [{'type': 'started', 'atMs': 0}, {'type': 'error', 'atMs': 12400}],
           failedBy='harness', error={'code': 'E_BROWSER_CRASHED', 'message': 'browser process exited with signal SIGSEGV'}),
    ]
