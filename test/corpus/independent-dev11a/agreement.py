"""Agreement between the first labeller (labels.jsonl) and the second (labels-second.jsonl).

Standard library only. Usage (from this folder):
    python3 agreement.py            # per-check table + every disagreement, markdown on stdout
    python3 agreement.py --check    # exit 1 if a disagreement has no classification below

Agreement % and Cohen's kappa are over the three-valued labels (pass/fail/na) of every contact the second
labeller labelled. Precision/recall treat the second labeller's `fail` as a prediction and the first
labeller's `fail` as truth (na and pass both count as "not fail").
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKS = ['agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette',
          'politeness', 'dead-air', 'empathy', 'resolution']

# Every disagreement, classified after reading both labels and the contact again:
#   a = first labeller's error, b = second labeller's (my) error, c = genuine ambiguity of the definition.
# The note quotes the deciding line.
CLASSES = {
    # (5 Dec 2026) the four verification disagreements (pet-14 c, hotel-13 a, hotel-22 c, gym-02 c) were settled by the
    # decided reading -- never checking identity fails, also with nothing of the record read out -- and are gone.
    ('d11a-food-12', 'politeness'): ('b', 'no 您/请/谢谢 anywhere: "饱了么。" ... "我理解你的心情，先给你补偿" ... "通知你" ... last turn "嗯" — '
                                       'the cold-throughout register the definition fails; I read the 呢 endings as warmth'),
    ('d11a-gym-14', 'dead-air'): ('b', '"好，我了解一下。" -> customer "对，就这事。" -> 33 s -> answer: a customer turn intervenes and '
                                     '了解一下 reads as "I see", so the silence is unannounced (I took it as a hold ask)'),
    ('d11a-gym-21', 'dead-air'): ('b', 'same pattern on voice: "好 我了解一下" -> "对 就这事" -> 58 s unannounced'),
    ('d11a-pet-05', 'resolution'): ('a', '"打完能洗澡吗" -> "这个您问主治医生吧 我这边管不着 ... 我这边直接帮您转给刘医生 她今天下午两点前回您电话" — '
                                       'the buck-pass (忌语, both fail it) is followed in the same turn by a referral WITH help and a time'),
    ('d11a-fuel-10', 'resolution'): ('b', 'fact: "状态是待圈存 为啥没到我不清楚" — the expected value (需到加油站圈存后到账) is never said; the later '
                                       '查询单 answers the follow-up, and the fact clause has no look-up exception'),
    ('d11a-agri-15', 'resolution'): ('a', '"要带什么材料？" -> "这个查不了。补贴登记在县农机站办，我把需要的材料清单发您手机，再帮您约好时间。" — '
                                        'a referral with help follows the shrug'),
    ('d11a-agri-24', 'resolution'): ('a', '"要带什么材料" -> "钱又不是我发的 ... 我们不管 ... 我把需要的材料清单发您手机 再帮您约好时间" — '
                                        'rude line (忌语, both fail it) but help follows in the same turn'),
    ('d11a-sp-chat-bot', 'resolution'): ('b', 'bot-only chat ("房券相关问题可查看…"): no human agent; I labelled the other eight agent checks na '
                                            'and types.ts makes the bot the chat\'s IVR, so resolution is na too'),
}


def load(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return {r['contactId']: r for r in map(json.loads, f)}


def kappa(pairs):
    n = len(pairs)
    if n == 0:
        return float('nan')
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def main():
    first, second = load('labels.jsonl'), load('labels-second.jsonl')
    ids = [cid for cid in first if cid in second]
    table(first, second, [c for c in ids if not c.startswith('d11a-sp-')],
          'Normal contacts only (the 7 special ones, all na for both, left out)')
    table(first, second, ids, 'All contacts')


def table(first, second, ids, title):
    rows, disagreements = [], []
    for check in CHECKS:
        pairs = [(first[c]['labels'][check], second[c]['labels'][check]) for c in ids]
        agree = sum(a == b for a, b in pairs) / len(pairs)
        tp = sum(a == 'fail' and b == 'fail' for a, b in pairs)
        fp = sum(a != 'fail' and b == 'fail' for a, b in pairs)
        fn = sum(a == 'fail' and b != 'fail' for a, b in pairs)
        prec = tp / (tp + fp) if tp + fp else float('nan')
        rec = tp / (tp + fn) if tp + fn else float('nan')
        cls = Counter(CLASSES.get((c, check), ('?',))[0] for c in ids
                      if first[c]['labels'][check] != second[c]['labels'][check])
        rows.append((check, agree, kappa(pairs), prec, rec, len(pairs) - sum(a == b for a, b in pairs), cls))
        for c in ids:
            a, b = first[c]['labels'][check], second[c]['labels'][check]
            if a != b:
                disagreements.append((check, c, a, b))
    print(f'### {title}: {len(ids)} contacts\n')
    print('| check | agreement | Cohen κ | precision (2nd fail vs 1st) | recall | disagreements | a / b / c |')
    print('|---|---|---|---|---|---|---|')
    for check, agree, k, p, r, nd, cls in rows:
        print(f'| {check} | {agree:.1%} | {k:.3f} | {p:.3f} | {r:.3f} | {nd} | '
              f'{cls.get("a", 0)} / {cls.get("b", 0)} / {cls.get("c", 0)} |')
    if not title.startswith('All'):
        print()
        return
    print('\n| check | contact | 1st | 2nd | class | deciding line / reason |')
    print('|---|---|---|---|---|---|')
    missing = []
    for check, c, a, b in disagreements:
        cls, note = CLASSES.get((c, check), ('?', 'UNCLASSIFIED'))
        if cls == '?':
            missing.append((c, check))
        print(f'| {check} | {c} | {a} | {b} | {cls} | {note} |')
    stale = [k for k in CLASSES if k[0] in first and first[k[0]]['labels'][k[1]] == second[k[0]]['labels'][k[1]]]
    if missing or stale:
        print(f'\nUNCLASSIFIED: {missing}\nSTALE (no disagreement): {stale}', file=sys.stderr)
        if '--check' in sys.argv:
            sys.exit(1)


if __name__ == '__main__':
    main()
