"""Composes one contact's turns (speaker, text, tags) from a plan and the hand-written material.

Tags mark what a turn carries on purpose (wait-ask, wait-thanks, complaint, fact, …) so that the
timeline can place silences where the labels need them; validate.py does not trust the tags and
re-reads the text instead.
"""
import re

import pools as P

CURT_SUBS = [("谢谢您，", ""), ("麻烦您", ""), ("请问", ""), ("请您", ""), ("请", ""), ("您", "你"), ("好的，", ""), ("谢谢", ""), ("感谢", "")]


def curt(text):
    for a, b in CURT_SUBS:
        if a == "请":  # keep 申请/邀请: only the courtesy 请 goes
            text = re.sub(r"(?<![申邀])请", "", text)
        else:
            text = text.replace(a, b)
    return text


def digits_as_words(s):
    return "".join(P.DIGIT_WORDS.get(c, c) for c in s)


class Builder:
    def __init__(self, rng, plan, dom, scen):
        self.r, self.p, self.d, self.s = rng, plan, dom, scen
        self.turns = []

    def pick(self, xs):
        return self.r.choice(xs)

    def a(self, text, *tags):
        if self.p["style"] == "curt":
            text = curt(text)
        self.turns.append(dict(sp="agent", text=text, tags=set(tags)))

    def c(self, text, *tags):
        self.turns.append(dict(sp="customer", text=text, tags=set(tags)))

    def c_multi(self, text, *tags):
        """Chat customers often split one thought over two messages."""
        if self.p["ch"] == "webchat" and "，" in text and self.r.random() < 0.4:
            head, tail = text.split("，", 1)
            self.c(head, *tags)
            self.c(tail, *tags)
        else:
            self.c(text, *tags)

    # --- pieces -------------------------------------------------------------------------
    def staff_id(self):
        p, n = self.p, self.p["staff_no"]
        if p["idmode"] == "pass-words":
            return self.pick(P.ID_INTROS_VOICE_WORDS).format(w=digits_as_words(n))
        if p["idmode"] == "pass-name":
            return self.pick(P.ID_INTROS[3:5] + P.ID_INTROS[6:]).format(n=n, s=p["surname"], org=self.d["org"])
        return self.pick(P.ID_INTROS[:3] + [P.ID_INTROS[5]]).format(n=n, s=p["surname"], org=self.d["org"])

    def opener(self):
        p, d = self.p, self.d
        parts = []
        if p["greet"]:
            parts.append(("你好，" if p["style"] == "curt" else self.pick(P.GREETINGS).rstrip("！") + "，"))
            if self.r.random() < 0.5:
                parts.append(("欢迎致电" if p["ch"] == "voice" else self.pick(["欢迎咨询", "欢迎来到"])) + d["org"] + "，")
        else:
            parts.append(self.pick(P.NO_GREETING_OPENERS).format(org=d["org"]))
        if p["idmode"].startswith("pass") and p["idmode"] != "pass-late-2":
            parts.append(self.staff_id() + "，")
        elif p["idmode"] == "fail-hotline":
            parts.append(self.pick(["欢迎拨打{hot}，", "这里是{hot}，", "{hot}为您服务，"]).format(hot=d["hot"]))
        elif p["idmode"] in ("fail-bare", "fail-late"):
            parts.append(self.pick(P.NO_ID_INTROS[:4] + P.NO_ID_INTROS[5:]).format(org=d["org"], hot=d["hot"]) + "，")
        parts.append(self.pick(P.OFFER_HELP) if p["style"] != "curt" else "什么事？")
        self.a("".join(parts), "opener")

    def ref_line(self):
        p, d = self.p, self.d
        num = p["ref_no"]
        word = self.pick(d["ref_words"])
        if p["ch"] == "voice" and p["ref"] == "pass-words":
            num = d["ref_prefix"] + digits_as_words(num[len(d["ref_prefix"]):])
        return self.pick(["已经给您登记好了，{w}是{n}，您记一下。", "我这边提交了，{w}{n}，后续可以凭这个查询进度。",
                          "给您生成了{w}：{n}。"]).format(w=word, n=num)

    def not_ref_line(self):
        """Numbers that are no reference: phone tail, an amount, the hotline, an order number echoed."""
        lines = ["这个我记下了，后面有进展会短信通知您尾号{t}的手机。", self.d["amount_line"], "有问题您再打{hot}就行。"]
        if self.d["domain"] in ("hk", "phone", "ticket"):
            lines.append("好的，我这边备注在您订单{o}上了。")
        return self.pick(lines).format(t=self.p["tail4"], m=self.p["amount"], hot=self.d["hot"], o=self.p["order_no"])

    def fact_line(self, value):
        return self.pick(self.s["fact_say"]).format(v=value)
