"""Builds Interactions and labels from hand-written scripts (independent-dev9b).

A script is the dialogue one line per turn: `A<flags>{note}: text` (agent), `C<flags>: text`
(customer), `I:` IVR, `B:` chat bot, `S:` system notice. Directives on their own line:
`~12` (a 12 s silence before the next turn), `<1.2` (the next turn starts 1.2 s before the previous
one ends), `[hold-start]` / `[hold-end]` / `[transfer]` (events at the current time).

Flags record the labeller's reading of a line, so the labels follow from the text as written:
  agent: & identifies itself   # 服务忌语   % rude line   * apology/acknowledgement
         ? non-answer that stands   - negates the correct value   @ 结束语   $ survey invitation
         v verification ask   d discloses/acts on the customer's own record
         w asks the customer to wait   t thanks the customer for waiting
  customer: ! complaint
Timing labels (dead air, holds, latency, first response, interruption, speech rate) are derived from
the timeline the script lays down; validate.py re-measures them from contacts.jsonl independently.
"""
import random
import re
import zlib

CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette',
          'politeness', 'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution',
          'first-response', 'response-latency', 'fact-accuracy', 'no-misinformation',
          'record-reference', 'survey-offered', 'required-info']

LINE = re.compile(r'^([ACIBS])([^:{：]*)(\{[^}]*\})?[:：]\s*(.*)$')
SPEAKER = {'A': 'agent', 'C': 'customer', 'I': 'ivr', 'B': 'bot', 'S': 'system'}
VOICE_DEAD, CHAT_DEAD = 8000, 30000
VOICE_HOLD, CHAT_HOLD = 15000, 30000
FORBIDDEN_KIND = {'#': 'forbidden-words', '%': 'politeness'}


def spoken_chars(text):
    return len(re.findall(r'[\u4e00-\u9fffA-Za-z0-9]', text))


def parse(script):
    items = []
    for raw in script.strip('\n').split('\n'):
        s = raw.strip()
        if not s:
            continue
        if s.startswith('~'):
            items.append(('gap', float(s[1:].rstrip('c')), s.endswith('c')))
        elif s.startswith('<'):
            items.append(('overlap', float(s[1:])))
        elif s.startswith('['):
            items.append(('event', s[1:-1]))
        else:
            m = LINE.match(s)
            if not m:
                raise ValueError(f'bad script line: {s!r}')
            who, flags, note, text = m.groups()
            items.append(('turn', SPEAKER[who], flags.strip(), (note or '{}')[1:-1], text))
    return items


ASR_FILLERS = ['呃', '嗯', '那个', '就是', '啊']


# Homophone slips an ASR engine makes; none of these words decides a label.
HOMOPHONES = [('已经', '以经'), ('时候', '时后'), ('因为', '应为'), ('知道', '知到'), ('现在', '线在'),
              ('电话', '电化'), ('怎么', '怎莫'), ('这个', '这各'), ('明白', '明百'), ('没有', '美有'),
              ('麻烦', '马烦'), ('可以', '可已')]


def homophone_slip(rng, text):
    found = [(a, b) for a, b in HOMOPHONES if a in text]
    if found and rng.random() < 0.3:
        a, b = rng.choice(found)
        return text.replace(a, b, 1)
    return text


def asr_noise(rng, text, speaker):
    """Voice transcripts as an ASR engine returns them: punctuation mostly gone, fillers added."""
    # A dropped comma between two numbers would glue them into one (工单号…四四，四十八小时): keep a space there.
    num = '0-9零幺一二两三四五六七八九十百千万'
    t = re.sub(r'[，。？！、；]', lambda m: ' ' if rng.random() < 0.5 else '', re.sub(f'(?<=[{num}])[，。、；](?=[{num}])', ' ', text))
    t = re.sub(r'\s+', ' ', t).strip()
    if speaker == 'customer' and rng.random() < 0.35:
        t = rng.choice(ASR_FILLERS) + ' ' + t
    return t


def build(c, scen, rng, t0):
    """Lay the script on a timeline; return (interaction, turn metadata)."""
    voice = c['ch'] == 'v'
    items = parse(c['script'])
    events, turns, meta = [], [], []
    if voice:
        events += [{'type': 'started', 'atMs': 0}, {'type': 'dialed', 'atMs': rng.randint(80, 200)},
                   {'type': 'ringing', 'atMs': rng.randint(1500, 3200)}]
        now = rng.randint(4000, 9000)
        events.append({'type': 'answered', 'atMs': now})
    else:
        events += [{'type': 'started', 'atMs': 0}, {'type': 'page-loaded', 'atMs': rng.randint(700, 1900)}]
        now = rng.randint(2500, 5000)
    joined = None
    rate = c.get('rate') or rng.uniform(3.6, 4.5)
    noisy = voice and c.get('noise', rng.random() < 0.7)
    # its own RNG, so that adding slips moves no timeline
    slip_rng = random.Random(zlib.crc32(c['id'].encode()))
    pending_gap, pending_overlap, customer_pause = None, None, False
    for it in items:
        if it[0] == 'gap':
            pending_gap, customer_pause = it[1] * 1000, it[2]
            continue
        if it[0] == 'overlap':
            pending_overlap = it[1] * 1000
            continue
        if it[0] == 'event':
            # An event written after a silence (hold-end) happens at the silence's end, just before the next turn.
            at = now + pending_gap - 400 if pending_gap else now + 150
            events.append({'type': it[1], 'atMs': int(at)})
            continue
        _, speaker, flags, note, text = it
        if speaker == 'agent' and joined is None:
            joined = int(now + (rng.randint(300, 900) if voice else rng.randint(400, 1500)))
            events.append({'type': 'agent-joined', 'atMs': joined})
            now = joined
            if pending_gap is None:
                pending_gap = c.get('first', rng.uniform(0.8, 2.6) if voice else rng.uniform(1.5, 4.5)) * 1000
        if pending_gap is not None:
            start = now + pending_gap
        elif pending_overlap is not None:
            start = now - pending_overlap
        elif voice:
            start = now + rng.uniform(350, 1500)
        else:
            # A reply takes 3–9 s to type; a customer's second message in a row follows within seconds.
            prev = turns[-1]['speaker'] if turns else None
            base = (3000, 9000) if speaker == 'agent' else (2000, 7000) if prev == 'customer' else (4000, 16000)
            start = now + rng.uniform(*base)
        start = int(start)
        if voice:
            n = max(spoken_chars(text), 2)
            cps = rate if speaker == 'agent' else rng.uniform(3.4, 5.0)
            if speaker == 'ivr':
                cps = 4.2
            end = start + int(n / cps * 1000)
        else:
            end = start
        shown = asr_noise(rng, text, speaker) if noisy and speaker in ('agent', 'customer') and not c.get('clean') else text
        if noisy and speaker in ('agent', 'customer'):
            shown = homophone_slip(slip_rng, shown)
        turn = {'speaker': speaker, 'text': shown, 'startMs': start, 'endMs': end}
        if voice:
            turn['confidence'] = round(rng.uniform(0.6, 0.98), 2)
        turns.append(turn)
        meta.append({'speaker': speaker, 'flags': flags, 'note': note, 'text': text,
                     'gap_before_ms': pending_gap, 'customer_pause': customer_pause})
        # An interrupting agent turn ends after the customer's: time moves to the later end.
        now = max(end, now) if pending_overlap is not None else end
        pending_gap, pending_overlap, customer_pause = None, None, False
    end_at = int(now + rng.randint(600, 2500))
    if voice:
        events.append({'type': 'hangup', 'atMs': end_at, 'detail': {'by': c.get('by', 'customer')}})
    end_at += 200
    events.append({'type': 'ended', 'atMs': end_at})
    events.sort(key=lambda e: e['atMs'])
    inter = {'schemaVersion': 1, 'contactId': c['id'], 'scenarioId': c['sc'],
             'channel': 'voice' if voice else 'webchat', 'startedAt': t0, 'durationMs': end_at,
             'outcome': 'completed', 'transcriptSource': 'deepgram' if voice else 'chat-dom',
             'events': events, 'turns': turns}
    if c.get('unknown_event'):
        del inter['durationMs']
    return inter, meta, joined


def K(cid, sc, ch, script, **kw):
    """One hand-written contact: id, scenario, 'v' (voice) or 'c' (chat), the script, options
    (first= s to the first agent word, rate= agent chars/s, curt= why, lab={check: 'val:why'},
    why={check: reason}, unknown_event=True drops durationMs, clean=True skips ASR noise)."""
    return dict(kw, id=cid, sc=sc, ch=ch, script=script)
