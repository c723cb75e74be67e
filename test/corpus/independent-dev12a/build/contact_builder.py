"""Builds one contact's turns and timeline from a plan of choices, and derives the labels from what was
built (so a label never disagrees with the text or the silences placed). Used by gen.py."""
import re

# Lines that show the agent acting on the customer's own record (verification decides on these).
DISCLOSE = {
    'opt-remake': '系统里您的配镜单我调出来了，是十一月八号配的渐进片。',
    'opt-warranty': '您这副的记录我看到了，镜片是依视路的钻晶膜。',
    'est-fee': '您这单我这边能看到，合同是十月二十号签的。',
    'est-transfer': '您这套的交易记录我调出来了，网签是上周四做的。',
    'park-annual': '您名下这张年卡我看到了，状态是未激活。',
    'park-booking': '您的年卡我调出来了，这个月已经约过两次。',
    'fl-eta': '您这单我看到了，收件人在高新区，备注写了生日。',
    'fl-damage': '您这单我看到了，是十一朵红玫瑰那束。',
    'au-renew': '您账号的订单记录我调出来了，最近一笔是十二月一号。',
    'au-share': '您账号的登录记录我调出来了，昨晚有三台设备在线。',
    'ap-baggage': '您的行李登记记录我找到了，是昨晚到港的那班。',
    'ap-lost': '您报的遗失登记我找到了，是昨天下午在安检口登记的。',
}
# Which of a trade's hold requests fit which of its three matters (index = scenario order; None = any).
HOLD_FIT = {
    'optical': [{0, 2}, None, None], 'estate': [{0, 1}, None, None], 'park': [{0, 2}, {2}, None],
    'flower': [{0}, {1, 2}, None], 'audio': [{0}, {1}, None], 'airport': [{0}, {0, 2}, None],
}
# Customer pushback that draws a rude line; written per trade.
PUSHBACK = {
    'optical': ['那你们当时怎么不说清楚？害我白跑一趟。', '我戴了好几天了就是不舒服，你们也太不负责了。'],
    'estate': ['签约的时候怎么没人讲？你们这样太不透明了。', '钱数前后对不上，我真的很不满意。'],
    'park': ['那我这年卡不是白买了？太坑了。', '我就是想进个园，至于这么难吗？真让人窝火。'],
    'flower': ['我付了加急费的啊，你们就这么送？', '我朋友那边都没法交代了，真是被你们坑惨了。'],
    'audio': ['我真没点过续费，你们这扣法太过分了。', '会员白买了，我真的很生气。'],
    'airport': ['那我现在怎么办？你们总得给个说法吧！', '我还赶着去开会，你们这效率真让人着急上火。'],
}
UNSURE = ['这个我一下子说不准，', '具体的我不太确定，', '这个我得核实一下，']
LEAVE = ['行了，我知道了，先挂了。', '好，那我自己去看吧，拜。', '懂了懂了，不说了。']
FILLERS = ['呃', '那个', '嗯', '就是']
HOMOPHONES = {'验光': '眼光', '押金': '压金', '年卡': '年咔', '骑手': '骑士', '续费': '需费', '行李': '行里'}
PUNCT = re.compile(r'[，。？！、,?!：:；;～]')
SPOKEN = re.compile(r'[\u4e00-\u9fffA-Za-z0-9]')


def spoken_chars(text):
    return len(SPOKEN.findall(text))


class Builder:
    """Accumulates turns. Each turn records the kind of gap before it: who owed the next word."""

    def __init__(self, rng, channel, plan):
        self.rng, self.channel, self.plan = rng, channel, plan
        self.turns, self.meta, self.events = [], [], []
        self.voice = channel == 'voice'
        self.clock = 0

    def _dur(self, speaker, text):
        if not self.voice:
            return 0
        n = max(spoken_chars(text), 1)
        if speaker == 'agent':
            cps = self.plan['agent_cps']
        else:
            cps = self.rng.uniform(3.5, 5.0)
        return int(n / cps * 1000) + self.rng.randint(0, 150)

    def add(self, speaker, text, gap, kind='normal', overlap=0):
        """gap: ms of silence before this turn; kind tags it for the labels (e.g. 'hold', 'dead')."""
        # An interruption starts before the customer's turn has ended (only ever after a customer turn).
        if overlap:
            assert self.turns and self.turns[-1]['speaker'] == 'customer', 'overlap only after a customer turn'
            start = self.turns[-1]['endMs'] - overlap
        else:
            start = self.clock + gap
        dur = self._dur(speaker, text)
        end = start + dur
        turn = {'speaker': speaker, 'text': text, 'startMs': start, 'endMs': end}
        if self.voice:
            turn['confidence'] = round(self.rng.uniform(0.6, 0.98), 2)
        self.turns.append(turn)
        self.meta.append({'kind': kind, 'gap': gap, 'overlap': overlap})
        self.clock = max(self.clock, end)
        return turn

    def gap(self, after, speaker_next):
        """A normal silence: short enough never to be dead air, a hold or slow."""
        r = self.rng
        if self.voice:
            return r.randint(500, 2600) if speaker_next != after else r.randint(250, 900)
        if speaker_next == 'agent':
            return r.randint(3500, 11000)
        return r.randint(5000, 24000)


def noisy(rng, text, asr, speaker):
    """ASR noise on voice: punctuation lost, fillers, a homophone now and then (labels follow what was said)."""
    if not asr:
        return text
    if speaker == 'customer':
        if rng.random() < 0.35:
            text = rng.choice(FILLERS) + text
        if rng.random() < 0.3:
            for a, b in HOMOPHONES.items():
                if a in text:
                    text = text.replace(a, b, 1)
                    break
    if rng.random() < 0.7:
        text = PUNCT.sub(' ' if rng.random() < 0.3 else '', text).strip()
    return text


CURT_DROP = re.compile(r'麻烦|请问|(?<![申邀])请|，?谢谢[^，。]*|哈|呀|哦|亲，|～|好嘞，?')


def curt(text):
    """The same content said curtly: 你 for 您, softeners and thanks dropped."""
    text = CURT_DROP.sub('', text.replace('您', '你'))
    return text or '嗯。'
