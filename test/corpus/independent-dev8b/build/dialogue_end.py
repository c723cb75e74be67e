"""Second half of a contact: the hold, the answer, the follow-up, the reference/survey and the close."""
import material as M
from dialogue import Writer, INVITE, spoken


class ContactWriter(Writer):
    def write(self):
        self.late_id = False
        self.lookalike_done = False
        self.first_turn()
        self.opening()
        self.second_turn()
        self.customer_details()
        self.verification()
        self.answer()
        if self.p["verif"] == "late":
            self.C(self.pick(M.CUSTOMER_OK))
            ask, reply = self.pick(M.VERIFY_ASK)
            self.A(self.fmt("对了，" + ask))
            self.C(self.verify_reply(reply))
        self.follow_up()
        self.wrap_up()
        self.finish_labels()
        agent_turns = [t for t in self.turns if t["sp"] == "agent"]
        if self.p["curt"]:  # the curt register: 你 for 您, no 请/麻烦 or softener anywhere
            for t in agent_turns:
                t["text"] = t["text"].replace("您", "你").replace("请问", "").replace("请", "").replace("麻烦", "")
                for soft in ("哈", "～", "😊", "亲"):
                    t["text"] = t["text"].replace(soft, "")
        elif self.p["warm"]:  # warm casual chat: 你 instead of 您, softened with 亲/哈/～
            for n, t in enumerate(agent_turns):
                t["text"] = t["text"].replace("您", "你")
                if n == 0:
                    for lead in ("喂，", "嗯，", "哎，"):
                        t["text"] = t["text"].removeprefix(lead)
                    t["text"] = "亲，" + t["text"]
                elif t["text"].endswith("。") and self.rng.random() < 0.6:
                    t["text"] = t["text"][:-1] + self.pick(["哈～", "哈。", "～", "😊", "哦～"])
            if self.labels["politeness"] == "pass":
                self.why["politeness"] = "warm casual chat register (亲/哈/～, 你 not 您): courteous without the stock words"
        return self.turns

    def answer(self):
        p, sc = self.p, self.sc
        prefix, gap = "", None
        hold = p["hold"]
        if hold in ("proper", "nothanks", "double", "short"):
            self.A(self.pick(M.HOLD_ASK_CURT if p["curt"] else M.HOLD_ASK))
            if self.rng.random() < 0.5:
                self.C(self.pick(M.HOLD_ACK_CUSTOMER))
            gap = "hold-short" if hold == "short" else "hold"
            if hold == "short":
                prefix = self.pick(["好，", "嗯，查到了，", ""])
            elif hold == "nothanks" or hold == "double":
                prefix = self.pick(M.HOLD_RETURN_BARE)
            else:
                prefix = self.pick(M.HOLD_THANKS)
            if hold == "double":  # first hold done right, second one (below) ends without thanks
                prefix = self.pick(M.HOLD_THANKS)
        elif p["dead_gap"] and self.rng.random() < 0.5:
            gap = "dead"
            p["dead_gap_used"] = True
        parts = [prefix]
        if sc["disclose"]:
            parts.append(self.pick(sc["disclose"]))
        mode = p["fact"]
        if mode in ("right", "r2w"):
            parts.append(self.say_fact(True))
        elif mode in ("wrong", "w2r"):
            parts.append(self.say_fact(False))
        elif mode == "neg":
            parts.append(f"不是{self.value(True)}，这个说法不对。" if not p["curt"] else f"不是{self.value(True)}。")
        else:
            parts.append(self.pick(M.NON_ANSWER))
        self.A("".join(parts), gap=gap, thanked=prefix in M.HOLD_THANKS,
               **({"music": True} if gap == "hold" and self.voice and self.rng.random() < 0.4 else {}))
        if hold == "double":
            self.C(self.pick(["好的，那我再问一下，", "嗯，"]) + self.pick(sc["fact_q"]))
            self.A(self.pick(M.HOLD_ASK))
            self.A(self.pick(M.HOLD_RETURN_BARE) + "确认过了，" + self.say_fact(mode not in ("wrong", "w2r")), gap="hold")
            if mode == "neg":
                self.turns[-1]["text"] = self.pick(M.HOLD_RETURN_BARE) + "确认过了，" + f"不是{self.value(True)}。"
            elif mode == "unstated":
                self.turns[-1]["text"] = self.pick(M.HOLD_RETURN_BARE) + "还是" + self.pick(M.NON_ANSWER)

    def follow_up(self):
        p, sc = self.p, self.sc
        q, real, vague, dept = self.pick(sc["follow"])
        line, cat, rude = (self.pick(M.FORBIDDEN) if p["forbidden"] else (None, None, False))
        self.forbidden_line = (line, cat, rude)
        cust = q
        if p["complaint2"]:
            self.c2 = self.pick(M.COMPLAINT2)
            cust = self.c2 + cust if self.rng.random() < 0.5 else cust + self.c2
        self.C(cust, complaint=p["complaint2"])
        gap = None
        if p["dead_gap"] and not p.get("dead_gap_used"):
            gap = "dead"
        if p["long_silence"]:
            gap = "long"
        if p["nag"]:
            gap = "nag"
        parts = []
        if p["complaint2"]:
            parts.append(self.ack(p["emp_fail2"], p["curt"]))
        if p["lookalike"] and not self.lookalike_done and not p["complaint2"]:
            parts.append(self.fmt(self.pick(M.POLITE_LOOKALIKES)))
        fol = p["follow"]
        if fol == "real":
            parts.append(real)
        elif fol == "vague":
            parts.append(vague)
            self.why["resolution"] = f"the follow-up answer sounds loose ('{vague[:14]}…') but gives a real answer"
        elif fol == "nonanswer":
            parts.append(self.pick(M.NON_ANSWER))
        else:
            parts.append(self.pick(M.NON_ANSWER) + self.pick(M.REFERRAL_HELP).replace("{dept}", dept))
            self.why["resolution"] = "'不清楚/查不了' followed by a referral that helps (transfer, call-back) — resolved"
        mode = p["fact"]
        if mode == "w2r":
            parts.append(self.pick(["哦对了，我刚才说错了，更正一下：", "不好意思纠正一下，"]) + self.say_fact(True))
        elif mode == "r2w":
            parts.append(self.pick(["另外我再确认下，", "哦不对，"]) + self.say_fact(False))
        text = "".join(parts)
        if p["curt"]:
            text = text.replace("您", "你").replace("我这边", "").replace("请", "")
        self.A(text, gap=gap)
        if line:  # the 忌语 answers a customer line that invites it
            self.C(INVITE[cat].replace("{dept}", sc["dept"]))
            self.A(self.fmt(line) + (real if cat == "already-told" else ""))
            self.why["forbidden-line"] = line

    def wrap_up(self):
        p, sc = self.p, self.sc
        if p["closing"] == "na":  # the customer leaves before the agent can wrap up
            self.ref_survey(into_last=True)
            self.C(self.pick(["行了行了，我知道了，挂了。", "好，我先挂了啊有电话进来", "嗯不用了", "算了，我自己去看吧"]))
            self.turns[-1]["last"] = "customer"
            return
        self.C(self.pick(M.CUSTOMER_OK))
        said = self.ref_survey(into_last=False)
        if not said:
            self.A("你还有事没？" if p["curt"] else self.pick(["还有其他需要帮您的吗？", "请问还有别的问题吗？", "您看还有什么要问的吗？"]))
        self.C(self.pick(M.CUSTOMER_BYE))
        late = ("对了我工号" + (spoken(self.staff, self.rng) if self.voice else self.staff) + "，") if self.late_id else ""
        if p["closing"] == "pass":
            self.A(late + self.pick(M.CLOSING_CURT if p["curt"] else M.CLOSING))
            self.turns[-1]["last"] = "agent"
        else:
            self.A(late + self.pick(M.NO_CLOSING))
            self.why["closing"] = f"the agent's last two turns carry no thanks, wish or leave-taking (ends '{self.turns[-1]['text'][-10:]}')"
            self.turns[-1]["last"] = "customer"

    def ref_survey(self, into_last):
        p, sc = self.p, self.sc
        parts = []
        if p["ref"] == "pass":
            ref = self.pick(["HR", "GD", "SL", "TS", "WO", ""]) + "2026" + f"{self.rng.randint(10, 12)}{self.rng.randint(10, 28)}" + f"{self.rng.randint(100, 9999):04d}"
            if self.voice:
                ref = spoken("".join(ch for ch in ref if ch.isdigit()), self.rng)
            parts.append(self.pick(M.REF_PASS).replace("{ref}", ref))
        elif p["ref"] == "lookalike":
            la = self.pick([x for x in M.REF_LOOKALIKE if "{tail}" not in x or sc["domain"] in ("smart-parking", "recruiting-platform", "used-car-platform")])
            parts.append(la.replace("{hotline}", sc["hotline"]).replace("{amount}", self.pick(["一百九十八元", "40元", "2860元"]))
                         .replace("{n}", self.staff).replace("{tail}", str(self.rng.randint(1000, 9999)))
                         .replace("{date}", "12月20日").replace("{phone}", "139" + str(self.rng.randint(10000000, 99999999))))
            self.why["record-reference"] = f"only a look-alike number is given ('{parts[-1][:22]}'), no 工单/受理号"
        if p["survey"] == "pass":
            parts.append(self.pick(M.SURVEY))
        if not parts:
            return False
        text = "".join(parts)
        if p["curt"]:
            text = text.replace("您", "你").replace("请", "").replace("麻烦", "")
        if into_last:
            self.turns[-1]["text"] += text
        else:
            self.A(text)
        return True

    def finish_labels(self):
        p, sc, L, W = self.p, self.sc, self.labels, self.why
        line, cat, rude = self.forbidden_line
        L["forbidden-words"] = "fail" if line else "pass"
        if line:
            W["forbidden-words"] = f"忌语 ({cat}): '{self.fmt(line)}'"
        elif p["lookalike"]:
            W["forbidden-words"] = "contains a polite look-alike (referral with help / 投诉 channel offered / 不行的话…) — clean"
        if p["curt"]:
            L["politeness"] = "fail"
            W["politeness"] = "curt throughout: 你 instead of 您, one-word replies, no softeners" + (f"; plus '{self.fmt(line)}'" if line else "")
        elif rude:
            L["politeness"] = "fail"
            W["politeness"] = f"rude/mocking line in an otherwise courteous contact: '{self.fmt(line)}'"
        else:
            L["politeness"] = "pass"
            if line:
                W["politeness"] = f"one {cat} phrase in an otherwise courteous contact — forbidden-words only"
        complaints = [x for x in (p["complaint1"] and "c1", p["complaint2"] and "c2") if x]
        if not complaints:
            L["empathy"] = "na"
        elif (p["complaint1"] and p["emp_fail1"]) or (p["complaint2"] and p["emp_fail2"]):
            L["empathy"] = "fail"
            which = getattr(self, "c1", "") if p["complaint1"] and p["emp_fail1"] else getattr(self, "c2", "")
            W["empathy"] = f"complaint '{which[:18]}…' gets no apology/acknowledgement in the next two agent turns"
        else:
            L["empathy"] = "pass"
            if p["apology"]:
                W["empathy"] = "the customer's own 不好意思/抱歉 is not a complaint"
        fm, fol = p["fact"], p["follow"]
        L["resolution"] = "fail" if fm == "unstated" or fol == "nonanswer" or cat in ("buck-passing", "cold") else "pass"
        if L["resolution"] == "fail":
            W["resolution"] = ("the fact was never answered (non-answer with no look-up)" if fm == "unstated" else
                               "a customer question got a bare non-answer" if fol == "nonanswer" else f"the extra question was brushed off ({cat})")
        L["fact-accuracy"] = "pass" if fm in ("right", "w2r") else "fail"
        L["no-misinformation"] = "pass" if fm in ("right", "unstated") else "fail"
        f = sc["fact"]
        W_f = {"wrong": f"states a wrong value for {f['label']} (expected {f['expected']})",
               "w2r": f"first a wrong value for {f['label']}, corrected to {f['expected']} later",
               "r2w": f"right value first, then 'corrected' to a wrong one — last word is wrong",
               "unstated": f"{f['label']} never stated", "neg": f"negates the correct value {f['expected']}"}
        if fm in W_f:
            W["fact-accuracy"] = W_f[fm]
            if fm != "unstated":
                W["no-misinformation"] = W_f[fm]
        L["record-reference"] = {"na": "na", "pass": "pass"}.get(p["ref"], "fail")
        if p["ref"] == "none":
            W["record-reference"] = "reference required, none given"
        L["survey-offered"] = p["survey"]
        if p["survey"] == "fail":
            W["survey-offered"] = "no invitation to rate the service"
        L["closing"] = p["closing"]
        if p["closing"] == "na":
            W["closing"] = "the customer left before the agent could wrap up"
