"""Places the turns of one contact on a clock: voice turns last as long as their text takes to say,
chat turns are instants. Every long silence is put there on purpose by the plan."""
import re

PUNCT = re.compile(r'[\s，。？！、：；,.?!:;…“”"\'（）()·~～\-—]')
FILLERS_C = ['嗯 ', '那个 ', '呃 ', '就是 ', '喂 ']
FILLERS_A = ['嗯 ', '呃 ']


def curtify(text):
    """The same line said curtly: 你 for 您, the softeners dropped."""
    for soft in ('麻烦', '请问', '请', '好的，', '方便'):
        text = text.replace(soft, '')
    return text.replace('您', '你')


def spoken_len(text):
    return len(PUNCT.sub('', text))


class Timeline:
    def __init__(self, rng, channel, plan):
        self.rng, self.channel, self.p = rng, channel, plan
        self.voice = channel == 'voice'
        self.turns, self.events = [], []
        self.pending = None  # a planned silence before the next turn
        r = rng.randint
        if self.voice:
            answered = r(6000, 12000)
            self.events += [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': r(90, 200)},
                            {'type': 'ringing', 'atMs': r(1800, 3200)}, {'type': 'answered', 'atMs': answered}]
            self.joined = answered
            if plan['ivr']:
                end = answered + r(5000, 8000)
                self.turns.append({'speaker': 'ivr', 'text': '您好，欢迎来电，人工服务请按0。', 'startMs': answered + 400, 'endMs': end, 'confidence': 0.95})
                self.events += [{'type': 'dtmf', 'atMs': end + 900, 'detail': {'digits': '0'}}, {'type': 'queued', 'atMs': end + 1000}]
                self.joined = end + r(8000, 40000)
        else:
            self.events += [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': r(700, 1500)}]
            self.joined = r(4000, 30000)
        self.events.append({'type': 'agent-joined', 'atMs': self.joined})
        self.cursor = self.joined

    def noisy(self, text, agent):
        if not (self.voice and self.p['asr']):
            return text
        if self.rng.random() < 0.6:
            text = PUNCT.sub(' ', text).strip()
        if self.rng.random() < (0.15 if agent else 0.3):
            text = self.rng.choice(FILLERS_A if agent else FILLERS_C) + text
        return text

    def _rate(self, agent):
        if not agent:
            return self.rng.uniform(4.0, 5.5)
        band = {'fast': (5.6, 6.4), 'slow': (1.4, 1.8)}.get(self.p['rate'], (3.5, 4.5))
        return self.rng.uniform(*band)

    def _add(self, speaker, text, start):
        agent = speaker == 'agent'
        if agent and self.p['curt']:
            text = curtify(text)
        text = self.noisy(text, agent)
        if self.voice:
            dur = int(spoken_len(text) / self._rate(agent) * 1000)
            turn = {'speaker': speaker, 'text': text, 'startMs': start, 'endMs': start + dur,
                    'confidence': round(self.rng.uniform(0.6, 0.8) if self.p['asr'] else self.rng.uniform(0.85, 0.98), 2)}
        else:
            turn = {'speaker': speaker, 'text': text, 'startMs': start, 'endMs': start}
        self.turns.append(turn)
        self.cursor = max(self.cursor, turn['endMs'])

    def agent(self, text, gap=None, first=False, interrupt=None, hold_ask=False):
        r = self.rng.randint
        last = self.turns[-1] if self.turns else None
        if first:
            if self.p['deadair'] == 'start':
                gap = r(9000, 13000) if self.voice else r(32000, 40000)
            elif self.p['first_late']:
                gap = r(6500, 7800) if self.voice else r(8000, 25000)
            else:
                gap = r(800, 3500) if self.voice else r(1500, 5000)
            self._add('agent', text, self.joined + gap)
            return
        if self.pending is not None:
            start = self.cursor + self.pending
            self.pending = None
        elif self.voice and interrupt and last and last['speaker'] == 'customer':
            overlap = r(1000, 2200) if interrupt == 'fail' else r(200, 550)
            overlap = min(overlap, last['endMs'] - last['startMs'] - 400)  # still inside the customer's turn
            start = last['endMs'] - overlap
        elif getattr(self, 'quick_next', False):
            start = self.cursor + (r(500, 1800) if self.voice else r(3000, 8000))
        else:
            start = self.cursor + (r(500, 1800) if self.voice else r(4000, 15000))
        self.quick_next = False
        self._add('agent', text, start)

    def customer(self, text, gap=None):
        r = self.rng.randint
        if self.pending is not None:
            gap, self.pending = self.pending, None
        elif gap is None:
            gap = r(400, 2500) if self.voice else r(5000, 20000)
        self._add('customer', text, self.cursor + gap)

    def hold(self, kind):
        r = self.rng.randint
        if kind == 'short':
            self.pending = r(9000, 13000) if self.voice else r(15000, 26000)
        else:
            self.pending = r(18000, 40000) if self.voice else r(35000, 80000)
            if self.voice and self.p['music']:
                self.events += [{'type': 'hold-start', 'atMs': self.cursor + 600}, {'type': 'hold-end', 'atMs': self.cursor + self.pending - 500}]

    def silence_owed(self, kind):
        self.pending = self.rng.randint(16000, 28000) if self.voice else self.rng.randint(31000, 42000)

    def customer_pause(self):
        # chat: short enough that the customer's "稍等" message is still answered within 45 s
        self.pending = self.rng.randint(12000, 20000) if self.voice else self.rng.randint(31000, 34000)
        self.quick_next = True

    def before_reply(self, latency, deadair):
        r = self.rng.randint
        if latency == 'long':
            self.pending = r(47000, 60000) if self.voice else r(50000, 70000)
        elif latency == 'split':
            for line in self.rng.sample(['在吗？', '还在吗', '？', '您好？', '在不在'], 2):
                self._add('customer', line, self.cursor + r(22000, 27000))
            self.pending = r(8000, 18000)
        elif deadair == 'mid':
            self.pending = r(9000, 13000) if self.voice else r(32000, 40000)

    def interaction(self, cid, sid, started_at, plan):
        r = self.rng.randint
        end = self.cursor + r(300, 1500)
        events = list(self.events)
        if self.voice:
            by = 'customer' if getattr(self, 'left', False) else self.rng.choice(['customer', 'agent'])
            events.append({'type': 'hangup', 'atMs': end, 'detail': {'by': by}})
        if plan['unknown_event']:
            mid = self.turns[len(self.turns) // 2]['startMs'] - 1
            events.append({'type': 'transfer', 'atMs': mid, 'detail': {'note': 'centre-side transfer marker'}})
        events.append({'type': 'ended', 'atMs': end + 200})
        events.sort(key=lambda e: e['atMs'])
        out = {'schemaVersion': 1, 'contactId': cid, 'scenarioId': sid, 'channel': self.channel, 'startedAt': started_at}
        if not plan['unknown_event']:
            out['durationMs'] = end + 200
        out.update({'outcome': 'completed', 'transcriptSource': 'deepgram' if self.voice else 'chat-dom', 'events': events, 'turns': self.turns})
        return out
