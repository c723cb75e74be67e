"""Turn timing for one contact: voice turns take speaking time, chat turns are instants.

Every agent turn records why the silence before it was as long as it was (`owed`: the agent owed the
next word; `announced`: it had asked the customer to wait; `customer`: the customer owed it), so the
generator can label the timing checks from what it meant and validate.py can recheck from the raw times.
"""
import re

SPOKEN = re.compile(r'[\u4e00-\u9fffA-Za-z0-9]')


def spoken_chars(text):
    return len(SPOKEN.findall(text))


class Timeline:
    def __init__(self, rng, voice, join_ms, agent_cps):
        self.rng, self.voice, self.t = rng, voice, join_ms
        self.join_ms, self.agent_cps = join_ms, agent_cps
        self.turns, self.events, self.gaps = [], [], []
        self.pending_customer_start = None  # chat: first unanswered customer message

    def _dur(self, speaker, text):
        n = max(spoken_chars(text), 1)
        cps = self.agent_cps if speaker == 'agent' else self.rng.uniform(3.4, 5.0)
        return int(n / cps * 1000) + (self.rng.randint(80, 220) if speaker == 'agent' else self.rng.randint(150, 450))

    def say(self, speaker, text, gap=None, kind='normal', overlap=0):
        """Add a turn `gap` ms after the previous one ended (voice) or after the previous message (chat);
        `overlap` > 0 starts an agent turn that many ms before the customer's turn ended (voice)."""
        if gap is None:
            if self.voice:
                gap = self.rng.randint(350, 2300) if speaker == 'agent' else self.rng.randint(300, 1800)
            else:
                gap = self.rng.randint(3000, 9000) if speaker == 'agent' else self.rng.randint(5000, 20000)
        if overlap and self.turns:  # never start before the customer's turn itself began
            overlap = min(overlap, int((self.turns[-1]['endMs'] - self.turns[-1]['startMs']) * 0.6))
        start = self.t - overlap if overlap else self.t + gap
        if speaker == 'agent':
            prev_end = max([x['endMs'] for x in self.turns] + [self.join_ms])
            self.gaps.append(dict(kind=kind, gap=(start - prev_end) if not overlap else -overlap,
                                  since_customer=(start - self.pending_customer_start) if self.pending_customer_start is not None else None,
                                  index=len(self.turns)))
            self.pending_customer_start = None
        elif self.pending_customer_start is None:
            self.pending_customer_start = start
        if self.voice:
            end = start + self._dur(speaker, text)
            turn = dict(speaker=speaker, text=text, startMs=start, endMs=end, confidence=round(self.rng.uniform(0.6, 0.98), 2))
        else:
            end = start
            turn = dict(speaker=speaker, text=text, startMs=start, endMs=end)
        self.turns.append(turn)
        self.t = max(self.t, end)
        return turn

    def silence(self, ms):
        self.t += ms

    def event(self, type_, at=None, **detail):
        e = dict(type=type_, atMs=self.t if at is None else at)
        if detail:
            e['detail'] = detail
        self.events.append(e)
