"""Turns a scripted list of lines into a timed Interaction (voice or chat).

Every silence in a contact is placed here on purpose: the script says which kind of gap follows a
line (normal reply, announced hold, unannounced silence, customer's own pause, overlap), so the
labels the generator writes follow from the script and validate.py can re-measure them.
"""
import re

SPOKEN = re.compile(r'[\u4e00-\u9fffA-Za-z0-9]')
DIGIT_WORDS = '零幺二三四五六七八九'
MARK = re.compile(r'⟨([^⟩]+)⟩')


def spoken_chars(text):
    return len(SPOKEN.findall(text))


def render_marks(text, spoken, rng):
    """⟨1037⟩ marks ids / reference numbers: voice reads some out digit by digit (幺零三七)."""
    def one(m):
        s = m.group(1)
        if not spoken:
            return s
        return ''.join(DIGIT_WORDS[int(ch)] if ch.isdigit() else ch for ch in s).replace('幺', '幺' if rng.random() < 0.6 else '一').replace('.', '点')
    return MARK.sub(one, text)


FILLERS = ['嗯', '呃', '那个', '就是', '啊', '嗯嗯', '这个']
HOMOPHONES = [('在', '再'), ('的', '得'), ('已经', '以经'), ('那', '拿'), ('账', '帐'), ('一下', '一夏'), ('时候', '时后'), ('现在', '县在')]


def asr_noise(text, rng, customer):
    """Deepgram-like damage: punctuation dropped, fillers, homophones (customer side only, so
    the agent's decisive words stay as spoken — labels describe what was said)."""
    out = text
    if rng.random() < 0.7:
        out = re.sub(r'[，。、！？；：,.!?]', lambda m: ' ' if rng.random() < 0.3 else '', out)
    if rng.random() < 0.35:
        out = rng.choice(FILLERS) + out
    if customer and rng.random() < 0.5:
        a, b = rng.choice(HOMOPHONES)
        out = out.replace(a, b, 1)
    return out.strip()


class Line:
    """One scripted turn.

    gap_kind decides the silence BEFORE this line: 'reply' (normal), 'hold' (agent announced a wait),
    'unannounced' (agent silent, owed the word), 'cust_pause' (customer looking something up),
    'late' (reply beyond the latency SLA), 'first_late' (first agent turn after the SLA).
    gap_ms fixes the length; overlap_ms>0 makes an agent line start that long before the customer
    finished (voice only).
    """

    def __init__(self, spk, text, gap_kind='reply', gap_ms=None, overlap_ms=0, burst=False):
        self.spk, self.text, self.gap_kind, self.gap_ms, self.overlap_ms, self.burst = spk, text, gap_kind, gap_ms, overlap_ms, burst


def build(lines, channel, rng, cps, pre=None, music_holds=(), noisy=True, spoken_digits=False,
          customer_hangs_up=True, unknown_event=None, omit_duration=False, contact_id='', scenario_id='', started_at=0):
    """Lay the lines on a clock. pre: list of (speaker, text) IVR/bot turns before the agent joins."""
    voice = channel == 'voice'
    events, turns = [{'type': 'started', 'atMs': 0}], []
    if voice:
        t = rng.randint(90, 220); events.append({'type': 'dialed', 'atMs': t})
        t += rng.randint(1500, 3500); events.append({'type': 'ringing', 'atMs': t})
        t += rng.randint(3000, 9000); events.append({'type': 'answered', 'atMs': t})
    else:
        t = rng.randint(900, 2600); events.append({'type': 'page-loaded', 'atMs': t})
    for spk, text in (pre or []):
        t += rng.randint(400, 1500)
        if voice:
            d = int(spoken_chars(text) / 4.2 * 1000) + 300
            turns.append({'speaker': spk, 'text': text, 'startMs': t, 'endMs': t + d, 'confidence': round(rng.uniform(0.85, 0.97), 2)})
            t += d
            if spk == 'ivr' and rng.random() < 0.5:
                t += rng.randint(800, 2000); events.append({'type': 'dtmf', 'atMs': t, 'detail': {'digits': str(rng.randint(1, 5))}})
        else:
            turns.append({'speaker': spk, 'text': text, 'startMs': t, 'endMs': t})
            t += rng.randint(2000, 6000)
    if pre and voice:
        t += rng.randint(500, 1500); events.append({'type': 'queued', 'atMs': t}); t += rng.randint(15000, 70000)
    elif pre:
        t += rng.randint(3000, 20000)
    t += rng.randint(200, 900)
    joined = t
    events.append({'type': 'agent-joined', 'atMs': t})
    prev_end = t
    music = list(music_holds)
    for i, ln in enumerate(lines):
        text = render_marks(ln.text, voice and spoken_digits, rng)
        if voice and noisy:
            text = asr_noise(text, rng, ln.spk == 'customer')
        gap = ln.gap_ms
        if gap is None:
            if voice:
                gap = rng.randint(400, 1600) if ln.spk == 'agent' else rng.randint(300, 1800)
                if i == 0:
                    gap = rng.randint(800, 2600)
            else:
                gap = rng.randint(3000, 11000) if ln.spk == 'agent' else rng.randint(4000, 16000)
                if ln.burst or (ln.spk == 'customer' and i > 0 and lines[i - 1].spk == 'customer'):
                    gap = rng.randint(2000, 6000)
                if i == 0:
                    gap = rng.randint(1500, 7000)
        start = prev_end + gap - (ln.overlap_ms if voice else 0)
        if voice:
            rate = cps if ln.spk == 'agent' else rng.uniform(3.6, 5.2)
            dur = max(600, int(spoken_chars(text) / rate * 1000))
            end = start + dur
        else:
            end = start
        if i in music:
            events.append({'type': 'hold-start', 'atMs': prev_end + 600})
            events.append({'type': 'hold-end', 'atMs': start - 500})
        turn = {'speaker': ln.spk, 'text': text, 'startMs': start, 'endMs': end}
        if voice:
            turn['confidence'] = round(rng.uniform(0.6, 0.98), 2)
        turns.append(turn)
        prev_end = max(prev_end, end)
    t = prev_end + rng.randint(600, 2500)
    if voice:
        events.append({'type': 'hangup', 'atMs': t, 'detail': {'by': 'customer' if customer_hangs_up else 'agent'}})
    if unknown_event:
        events.append({'type': unknown_event, 'atMs': joined + rng.randint(5000, 20000), 'detail': {'note': 'centre-side event this harness version does not know'}})
    t += 200
    events.append({'type': 'ended', 'atMs': t})
    events.sort(key=lambda e: e['atMs'])
    inter = {'schemaVersion': 1, 'contactId': contact_id, 'scenarioId': scenario_id, 'channel': channel,
             'startedAt': started_at, 'durationMs': t, 'outcome': 'completed',
             'transcriptSource': 'deepgram' if voice else 'chat-dom', 'events': events, 'turns': turns}
    if omit_duration:
        del inter['durationMs']
    return inter
