"""Reads the timing truth of a generated contact back from its own turns and the generator's private
notes on each turn (`_kind`: did the agent hand over the word / announce a wait; `_thanks`: did it
thank for the wait). This is the generator checking what it injected, per the silence-accounting
rule of the spec, so that no accidental silence or overlap slips in unlabelled. It never reads the
product's scorers. Raises Ambiguous when a contact lands on a boundary a careful human could read
either way; the generator then draws that contact again."""
from timing import spoken_chars, HAN


class Ambiguous(Exception):
    pass


def audit(turns, channel, sla, join, answered):
    voice = channel == 'voice'
    dead_thr, hold_thr = (8000, 15000) if voice else (30000, 30000)
    notes = {}
    dead_air, holds = [], []
    last_end, last_turn, last_agent = join, None, None
    for t in sorted(turns, key=lambda t: (t['startMs'], t['endMs'])):
        if t['endMs'] < join:
            continue
        gap = t['startMs'] - last_end
        is_agent = t['speaker'] == 'agent' and not t.get('_bc')
        if is_agent and gap >= dead_thr:
            owed = last_turn is None or last_turn['speaker'] != 'agent' or last_turn.get('_kind') != 'ask'
            if last_turn is not None and last_turn['speaker'] == 'agent' and last_turn.get('_bc'):
                owed = True
            if owed:
                announced = last_agent is not None and last_agent.get('_kind') == 'announce'
                at = f'{last_end / 1000:.1f}s'
                if announced:
                    if gap >= hold_thr:
                        holds.append(('announced', t.get('_thanks'), gap, at))
                else:
                    dead_air.append((gap, at))
                    if gap >= hold_thr:
                        holds.append(('unannounced', False, gap, at))
        elif is_agent and dead_thr - 1500 <= gap < dead_thr:
            raise Ambiguous(f'agent gap {gap} ms is too close to the dead-air threshold')
        if t['endMs'] >= last_end:
            last_end, last_turn = t['endMs'], t
        if is_agent:
            last_agent = t
    labels = {}
    labels['dead-air'] = 'fail' if dead_air else 'pass'
    if dead_air:
        notes['dead-air'] = '; '.join(f'{g / 1000:.1f} s unannounced silence after {at} while the agent owed the reply'
                                      for g, at in dead_air)
    if not holds:
        labels['hold-etiquette'] = 'na'
    elif any(kind == 'unannounced' or not thanked for kind, thanked, _, _ in holds):
        labels['hold-etiquette'] = 'fail'
        bad = [h for h in holds if h[0] == 'unannounced' or not h[1]]
        notes['hold-etiquette'] = '; '.join(
            f'{g / 1000:.0f} s hold after {at} ' + ('never announced' if k == 'unannounced' else 'announced but not thanked afterwards')
            for k, _, g, at in bad)
    else:
        labels['hold-etiquette'] = 'pass'
        notes['hold-etiquette'] = '; '.join(f'{g / 1000:.0f} s announced hold after {at}, thanked on return'
                                            for _, _, g, at in holds)

    agent = [t for t in turns if t['speaker'] == 'agent' and not t.get('_bc')]
    ordered = sorted(turns, key=lambda t: t['startMs'])
    first = min(agent, key=lambda t: t['startMs'])
    limit = sla.get('firstResponseMs', 30000)
    fr_join, fr_start = first['startMs'] - join, first['startMs'] - answered
    if (fr_join > limit) != (fr_start > limit):
        raise Ambiguous('first response differs measured from answer and from join')
    if abs(fr_join - limit) < 1200:
        raise Ambiguous('first response on the SLA boundary')
    labels['first-response'] = 'fail' if fr_join > limit else 'pass'
    if fr_join > limit:
        notes['first-response'] = f'first agent words {fr_join / 1000:.1f} s after the agent joined (SLA {limit / 1000:.0f} s)'

    lat_limit = sla.get('responseLatencyMs', 30000)
    late = []
    for c in ordered:
        if c['speaker'] != 'customer' or c['startMs'] < join:
            continue
        reply = next((a for a in ordered if a['speaker'] == 'agent' and not a.get('_bc') and a['startMs'] > c['startMs']), None)
        if reply is None:
            continue
        wait = reply['startMs'] - c['endMs']
        before = [a for a in agent if a['startMs'] < reply['startMs']]
        exempt = bool(before) and max(before, key=lambda a: a['startMs']).get('_kind') == 'announce'
        if not exempt and abs(wait - lat_limit) < 1200:
            raise Ambiguous('reply on the latency boundary')
        if wait > lat_limit and not exempt:
            late.append((wait, c['startMs']))
    labels['response-latency'] = 'fail' if late else 'pass'
    if late:
        notes['response-latency'] = '; '.join(f'customer turn at {s / 1000:.1f} s answered after {w / 1000:.1f} s (SLA {lat_limit / 1000:.0f} s)'
                                              for w, s in late)

    if voice:
        worst = 0
        for a in [t for t in turns if t['speaker'] == 'agent']:
            for c in turns:
                if c['speaker'] == 'customer' and c['startMs'] < a['startMs'] < c['endMs']:
                    worst = max(worst, min(c['endMs'], a['endMs']) - a['startMs'])
        if 650 <= worst < 1000:
            raise Ambiguous('overlap near the interruption threshold')
        labels['interruption'] = 'fail' if worst >= 800 else 'pass'
        if worst >= 800:
            notes['interruption'] = f'agent starts {worst / 1000:.1f} s before the customer has finished'
        timed = [a for a in agent if a['endMs'] - a['startMs'] >= 1500]
        minutes = sum(a['endMs'] - a['startMs'] for a in timed) / 60000
        han = sum(len(HAN.findall(a['text'])) for a in timed) / minutes
        heard = sum(spoken_chars(a['text']) for a in timed) / minutes
        lo, hi = min(han, heard), max(han, heard)
        if lo >= 335:             # clearly fast, with a margin over the ~320 guidance
            labels['speech-rate'] = 'fail'
            notes['speech-rate'] = f'agent speaks about {lo:.0f}-{hi:.0f} characters per minute (clearly fast)'
        elif hi <= 105:           # clearly slow, with a margin under the ~110 guidance
            labels['speech-rate'] = 'fail'
            notes['speech-rate'] = f'agent speaks about {lo:.0f}-{hi:.0f} characters per minute (clearly slow)'
        elif lo >= 140 and hi <= 260:
            labels['speech-rate'] = 'pass'
            if hi >= 228:
                notes['speech-rate'] = f'fast but normal: about {lo:.0f}-{hi:.0f} characters per minute'
        else:
            raise Ambiguous(f'speech rate {lo:.0f}-{hi:.0f} is in the grey zone')
    else:
        labels['interruption'] = 'na'
        labels['speech-rate'] = 'na'
    return labels, notes
