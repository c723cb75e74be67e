"""Agreement between the first labeller (labels.jsonl) and the second (labels-second.jsonl).

Per judgement check: raw agreement, Cohen's kappa over the three categories pass/fail/na, and the
precision / recall of the second labeller's `fail` taking the first labeller as truth. Every
disagreement must be classified below (a = first labeller's error, b = second labeller's error,
c = genuine ambiguity of the written definition); the script exits non-zero if one is missing or
if a classified pair is no longer a disagreement, so the table in AGREEMENT.md cannot drift from
the data.

Run from this folder: python3 agreement.py            (tables + disagreement list, markdown)
Standard library only (Python 3.11).
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKS = ['agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette',
          'politeness', 'dead-air', 'empathy', 'resolution']
CATEGORIES = ['pass', 'fail', 'na']

# The same few lines recur across contacts (the corpus is built from a per-trade pool), so the
# classification is given per line and applied to every contact that carries it.
_PERFUNCTORY = ('c', 'definition lists "cold/perfunctory replies" as 忌语, but also reads a promise-only '
                'reply as an empathy failure; where a bare acknowledgement to a complaint stops being '
                '"promise only" and becomes 冷漠应付 is not written down')
_BUCKPASS_ONLY = ('b', 'a single buck-passing line (with 你) in an otherwise courteous contact: the written '
                  'definition says forbidden-words only; I applied the 你-line-is-rude reading instead')
_BUCKPASS_PLUS_SNEER = ('c', 'the line is a buck-pass AND a put-down/order (不耐烦/命令); one settled reading '
                        'makes a single buck-pass fw-only, the other makes one impatient 你-line a '
                        'politeness fail; the two readings collide on this line')
CLASSIFIED = {
    ('forbidden-words', 'optical-03'): ('c', '"嗯，回头让店里看。" to a repeat-contact complaint; ' + _PERFUNCTORY[1]
                                        + ' (my second reason, "这个确实没办法，抱歉", I did not count as 忌语 '
                                        'elsewhere: inconsistent on my side)'),
    ('forbidden-words', 'optical-16'): ('c', '"嗯，回头让店里看。" to "头晕得不行"; ' + _PERFUNCTORY[1]),
    ('forbidden-words', 'estate-18'): ('c', '"行，记下了。" + "要一个月的。" to "房租都交不上了"; ' + _PERFUNCTORY[1]),
    ('forbidden-words', 'park-21'): ('c', '"你等通知。" to "孩子哭了一路" (the first README lists it as promise-only); '
                                     + _PERFUNCTORY[1]),
    ('forbidden-words', 'flower-05'): ('c', '"知道了。" to "这也好意思送？"; ' + _PERFUNCTORY[1]),
    ('forbidden-words', 'flower-13'): ('c', '"知道了。" to "人家生日都过了！"; ' + _PERFUNCTORY[1]),
    ('forbidden-words', 'airport-13'): ('c', '"登记了。" to "地勤态度太差了"; ' + _PERFUNCTORY[1]),
    ('forbidden-words', 'airport-19'): ('c', '"登记了。" to "地勤态度太差了"; ' + _PERFUNCTORY[1]),
    ('forbidden-words', 'airport-22'): ('c', '"登记了。" to "地勤态度太差了"; ' + _PERFUNCTORY[1]),
    ('politeness', 'optical-04'): ('b', '"几点关门你自己去大众点评上查。"; ' + _BUCKPASS_ONLY[1]),
    ('politeness', 'optical-22'): ('b', '"几点关门你自己去大众点评上查。"; ' + _BUCKPASS_ONLY[1]),
    ('politeness', 'estate-24'): ('b', '"退到哪你去问财务，我这边不负责。"; ' + _BUCKPASS_ONLY[1]),
    ('politeness', 'park-01'): ('b', '"打折的事你自己去售票窗口问。"; ' + _BUCKPASS_ONLY[1]),
    ('politeness', 'park-13'): ('b', '"打折的事你自己去售票窗口问。"; ' + _BUCKPASS_ONLY[1]),
    ('politeness', 'park-16'): ('b', '"打折的事你自己去售票窗口问。"; ' + _BUCKPASS_ONLY[1]),
    ('politeness', 'audio-04'): ('b', '"怎么关你去问苹果，扣费是苹果扣的。"; ' + _BUCKPASS_ONLY[1]),
    ('politeness', 'optical-08'): ('c', '"怎么走你自己导航，我们这是客服不是问路的。"; ' + _BUCKPASS_PLUS_SNEER[1]),
    ('politeness', 'optical-14'): ('c', '"怎么走你自己导航，我们这是客服不是问路的。"; ' + _BUCKPASS_PLUS_SNEER[1]),
    ('politeness', 'optical-21'): ('c', '"镜架的事别找我，找你买的那家店去。"; ' + _BUCKPASS_PLUS_SNEER[1]),
    ('politeness', 'estate-01'): ('c', '"上不上班你问门店去，别打这个电话。"; ' + _BUCKPASS_PLUS_SNEER[1]),
    ('politeness', 'estate-07'): ('c', '"上不上班你问门店去，别打这个电话。"; ' + _BUCKPASS_PLUS_SNEER[1]),
    ('politeness', 'estate-10'): ('c', '"上不上班你问门店去，别打这个电话。"; ' + _BUCKPASS_PLUS_SNEER[1]),
    ('politeness', 'estate-13'): ('c', '"上不上班你问门店去，别打这个电话。"; ' + _BUCKPASS_PLUS_SNEER[1]),
    ('politeness', 'airport-05'): ('c', '"充电的地方你自己找找，我这是服务热线。"; ' + _BUCKPASS_PLUS_SNEER[1]),
    ('empathy', 'estate-10'): ('c', 'opening "我想问一下中介费到底收多少，跟我说的不一样。": a broken promise '
                               '(complaint) or the scenario question? The definition names broken promises '
                               'but gives no test for a grievance folded into the question'),
    ('empathy', 'flower-01'): ('c', '"花迟到了，你们有没有补偿？" then "😭" with no apology in the next two agent '
                               'turns: is an emoji of distress a complaint (hardship)? Not written down'),
    ('empathy', 'audio-04'): ('c', '"莫名其妙被续费了，能退吗？" then "😭" with no apology in the next two agent '
                              'turns: same emoji question'),
}


def load(name):
    rows = {}
    for line in (HERE / name).read_text(encoding='utf-8').splitlines():
        if line.strip():
            row = json.loads(line)
            rows[row['contactId']] = row
    return rows


def cohen_kappa(pairs):
    """Cohen's kappa for a list of (first, second) category pairs; 1.0 when both are constant and equal."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in CATEGORIES) / (n * n)
    if expected == 1.0:
        return 1.0
    return (observed - expected) / (1 - expected)


def fail_precision_recall(pairs):
    true_fail = sum(a == 'fail' and b == 'fail' for a, b in pairs)
    my_fail = sum(b == 'fail' for _, b in pairs)
    their_fail = sum(a == 'fail' for a, _ in pairs)
    precision = true_fail / my_fail if my_fail else float('nan')
    recall = true_fail / their_fail if their_fail else float('nan')
    return precision, recall


def main():
    first = load('labels.jsonl')
    second = load('labels-second.jsonl')
    ids = [cid for cid in first if cid in second]
    normal = [cid for cid in ids if not cid.startswith('special-')]
    problems = []

    print(f'Contacts labelled by both: {len(ids)} ({len(normal)} normal + {len(ids) - len(normal)} special, '
          'the special ones na on every check for both).\n')
    print('| check | agree (157) | κ (157) | agree (150 normal) | κ (150) | first fails | my fails | '
          'my-fail precision | my-fail recall | disagreements a / b / c |')
    print('|---|---|---|---|---|---|---|---|---|---|')
    disagreements = []
    for check in CHECKS:
        pairs_all = [(first[c]['labels'][check], second[c]['labels'][check]) for c in ids]
        pairs_norm = [(first[c]['labels'][check], second[c]['labels'][check]) for c in normal]
        agree_all = sum(a == b for a, b in pairs_all) / len(pairs_all)
        agree_norm = sum(a == b for a, b in pairs_norm) / len(pairs_norm)
        precision, recall = fail_precision_recall(pairs_all)
        kinds = Counter()
        for cid in ids:
            a, b = first[cid]['labels'][check], second[cid]['labels'][check]
            if a != b:
                entry = CLASSIFIED.get((check, cid))
                if entry is None:
                    problems.append(f'unclassified disagreement: {check} {cid} first={a} second={b}')
                    continue
                kinds[entry[0]] += 1
                disagreements.append((check, cid, a, b, entry))
        print(f'| {check} | {agree_all:.1%} | {cohen_kappa(pairs_all):.3f} | {agree_norm:.1%} | '
              f'{cohen_kappa(pairs_norm):.3f} | {sum(a == "fail" for a, _ in pairs_all)} | '
              f'{sum(b == "fail" for _, b in pairs_all)} | {precision:.3f} | {recall:.3f} | '
              f'{kinds["a"]} / {kinds["b"]} / {kinds["c"]} |')
    for (check, cid) in CLASSIFIED:
        if cid not in ids or first[cid]['labels'][check] == second[cid]['labels'][check]:
            problems.append(f'classified but not a disagreement: {check} {cid}')

    total = Counter(entry[0] for *_, entry in disagreements)
    print(f'\nAll checks: {len(disagreements)} disagreements of {len(ids) * len(CHECKS)} labels '
          f'(a first labeller\'s error: {total["a"]}, b mine: {total["b"]}, c ambiguity: {total["c"]}).\n')
    print('## Every disagreement\n')
    print('| check | contact | first | second | class | the line and why |')
    print('|---|---|---|---|---|---|')
    for check, cid, a, b, (kind, note) in disagreements:
        print(f'| {check} | {cid} | {a} | {b} | {kind} | {note} |')
    if problems:
        print('\n'.join(problems), file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
