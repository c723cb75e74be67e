"""Turns a contact's plan into an ordered list of turns (speaker, text, the kind of silence before it)
and the labels decided by the words (the timing labels are measured later, in timeline.py)."""
import material as M

CN = dict(zip("0123456789", "零幺二三四五六七八九"))
PLAIN_CN = dict(zip("0123456789", "零一二三四五六七八九"))

# A customer's extra line that invites each kind of 忌语 (so the line lands where an agent would say it).
INVITE = {
    "refusal": "能不能通融通融，今天就给我办了？", "buck-passing": "这个你们能帮我催一下吗？", "cold": "还有个事，你们{dept}的电话是多少？",
    "already-told": "刚才没听清，你再说一遍？", "impatience": "我跟你说啊，这事儿得从头讲，那时候我……嗯……让我想想……",
    "blame": "这事怪我吗？我也是按流程弄的啊。", "ordering": "不是，你听我说，我的意思是——", "sarcasm": "我实在弄不明白，网上说的跟你讲的也不一样。",
    "dare-complaint": "那我要是不满意找谁？", "vulgar": "哎我再问一句，就一句。",
}


def spoken(digits, rng):
    table = CN if rng.random() < 0.6 else PLAIN_CN
    return "".join(table.get(d, d) for d in digits)


class Writer:
    def __init__(self, sc, channel, plan, rng, num):
        self.sc, self.ch, self.p, self.rng, self.num = sc, channel, plan, rng, num
        self.voice = channel == "voice"
        self.turns = []
        self.labels = {}
        self.why = {}
        self.staff = f"{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        self.name = rng.choice(M.NAMES)

    def pick(self, seq):
        return self.rng.choice(seq)

    def A(self, text, gap=None, **kw):
        self.turns.append(dict(sp="agent", text=text, gap=gap, **kw))

    def C(self, text, gap=None, **kw):
        self.turns.append(dict(sp="customer", text=text, gap=gap, **kw))

    def fmt(self, s):
        return s.replace("{holder}", self.sc["holder"]).replace("{dept}", self.sc["dept"]).replace("{hotline}", self.sc["hotline"])

    def value(self, right=True):
        f = self.sc["fact"]
        if right:
            pool = self.sc["fact_voice"] + [f["expected"]] if self.voice else [f["expected"]] + f["variants"][:1]
        else:
            pool = self.sc["wrong_voice"] if self.voice else f["wrong"][:3]
        return self.pick(pool)

    def say_fact(self, right=True):
        tpl = self.pick(self.sc["fact_say_curt"] if self.p["curt"] else self.sc["fact_say"])
        return tpl.replace("{v}", self.value(right))

    # --- the parts of the contact, in order ---
    def first_turn(self):
        p, sc = self.p, self.sc
        if p["curt"]:
            opener = self.pick(M.NO_GREET) + sc["short"] + "，"
            self.labels["greeting"] = "fail"
            self.why["greeting"] = f"first turn opens with '{opener}' — no 问候"
        elif p["greet_fail"]:
            opener = self.pick(M.NO_GREET) + sc["org"] + "，"
            self.labels["greeting"] = "fail"
            self.why["greeting"] = "first turn names the centre but greets no one"
        else:
            g = self.pick(M.GREET)
            opener = (g + "，" + sc["org"] + "，") if self.rng.random() < 0.7 else (sc["short"] + "，" + g + "，")
            self.labels["greeting"] = "pass"
        self.id_text = self.make_id()
        offer = self.pick(M.OFFER_CURT if p["curt"] else M.OFFER)
        if p["id_second"] or p["id_fail"] and "late" in self.why.get("agent-id", ""):
            self.A(opener + offer)
        else:
            self.A(opener + (self.id_text + "，" if self.id_text else "") + offer)

    def make_id(self):
        p, sc = self.p, self.sc
        if p["id_fail"]:
            kind = self.rng.randrange(4)
            if kind == 0:
                self.labels["agent-id"], self.why["agent-id"] = "fail", "the agent never gives a staff number or its name"
                return ""
            if kind == 1:
                self.labels["agent-id"], self.why["agent-id"] = "fail", "late: the staff number comes only in the closing turns, after the first two"
                self.late_id = True
                return ""
            tpl = self.pick(M.ID_FAIL if self.voice else M.ID_FAIL_CHAT)
            text = tpl.replace("{hotline}", sc["hotline"]).replace("{tail}", f"{self.rng.randint(1000, 9999)}")
            self.labels["agent-id"] = "fail"
            self.why["agent-id"] = f"'{text}' is a bare role / the hotline's or the customer's number, not a staff id"
            return text
        self.labels["agent-id"] = "pass"
        if self.voice:
            if self.rng.random() < 0.6:
                n = self.staff if self.rng.random() < 0.4 else spoken(self.staff, self.rng)
                if n != self.staff:
                    self.why["agent-id"] = f"staff number read out in words ({n})"
                return self.pick(M.ID_PASS_DIGIT).replace("{n}", n)
            return self.pick(M.ID_PASS_NAME).replace("{name}", self.name)
        code = self.pick(["", "A", "KF", "C-"]) + self.staff
        return self.pick(M.ID_PASS_CHAT).replace("{name}", self.name).replace("{c}", code)

    def opening(self):
        p, sc = self.p, self.sc
        if p["complaint1"]:
            self.c1 = self.pick(sc["open_complaint"])
            self.C(self.c1, complaint=True)
        else:
            self.C(self.pick(sc["open"]))

    def ack(self, fail, curt):
        if fail:
            return self.pick(M.CURT_ACK if curt else M.NOT_EMPATHY)
        return self.pick(M.EMPATHY)

    def second_turn(self):
        p, sc = self.p, self.sc
        parts = []
        if p["complaint1"]:
            parts.append(self.ack(p["emp_fail1"], p["curt"]))
        elif p["curt"]:
            parts.append(self.pick(M.CURT_ACK))
        else:
            # the thanks here is mid-call: a closing-like phrase that does not close anything
            parts.append(self.pick(["好的，", "明白，", "嗯嗯，", "了解，", "好的，我明白了。", "谢谢您说得这么清楚，", "感谢您的说明，"]))
        if p["id_second"]:
            parts.append(self.id_text + "。")
            self.why["agent-id"] = "id given in the agent's second turn (still within the first two)"
        if p["lookalike"] and not p["complaint1"] and self.rng.random() < 0.5:
            parts.append(self.fmt(self.pick(M.POLITE_LOOKALIKES_EARLY)))
            self.lookalike_done = True
        self.asked_req = not p["reqinfo_fail"]
        if self.asked_req:
            parts.append(self.pick(sc["req"]["ask_curt"] if p["curt"] else sc["req"]["ask"]))
            self.labels["required-info"] = "pass"
        else:
            self.labels["required-info"] = "fail"
            self.why["required-info"] = f"the agent never asks for {sc['req']['label']}"
            parts.append("你说。" if p["curt"] else self.pick(["您具体说说？", "您接着说。", "您想了解哪方面？"]))
        self.A("".join(parts))

    def customer_details(self):
        p, sc = self.p, self.sc
        pause = dict(gap="customer-pause") if p["cust_pause"] else {}
        pre = self.pick(M.CUSTOMER_APOLOGY) if p["apology"] else ""
        if self.asked_req:
            self.C(pre + self.pick(sc["req"]["reply"]), **pause)
            self.C_fact_q()
        else:
            self.C(pre + self.fact_question(), **pause)

    def fact_question(self):
        if self.p["fact"] == "neg":
            return f"我听别人说是{self.value(True)}，对吗？"
        return self.pick(self.sc["fact_q"])

    def C_fact_q(self):
        if self.ch == "webchat" or self.rng.random() < 0.5:
            self.C(self.fact_question())
        else:  # on the phone the question follows the answer after a breath
            self.turns[-1]["text"] = self.turns[-1]["text"].rstrip("。！？") + "，" + self.fact_question()

    def verification(self):
        p = self.p
        if p["verif"] == "na":
            self.labels["verification"] = "na"
            return
        if p["verif"] == "pass":
            self.labels["verification"] = "pass"
            ask, reply = self.pick(M.VERIFY_ASK_CURT if p["curt"] else M.VERIFY_ASK)
            self.A(self.fmt(ask))
            self.C(self.verify_reply(reply))
        else:
            self.labels["verification"] = "fail"
            self.why["verification"] = ("account details disclosed before any identity check" if p["verif"] == "none"
                                        else "account details disclosed first; identity asked only afterwards")

    def verify_reply(self, tpl):
        return (tpl.replace("{pname}", self.sc["persona"][0] + self.pick(["建国", "丽", "伟", "秀英", "志强", "海燕"]))
                .replace("{digits}", f"{self.rng.randint(1000, 9999)}").replace("{code}", f"{self.rng.randint(100000, 999999)}"))
