# -*- coding: utf-8 -*-
"""Generator for independent-dev25c. Writes scenarios/, contacts.jsonl, labels.jsonl byte-identically."""
import json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mat_common import *  # noqa
import mat_office, mat_camera, mat_brush, mat_print3d, mat_topup, mat_nursing
from plan import make_plan, CHECKS, TRADES

OUT = os.path.dirname(HERE)
MATS = {m.T["key"]: m.T for m in (mat_office, mat_camera, mat_brush, mat_print3d, mat_topup, mat_nursing)}
BASE_T = 1796601600000  # 2026-12-07 00:00 UTC

VOICE_ONLY = r"吵|听|说话|信号|回声|免提|声|说慢|说大|电话"
CUST_BYE = ["好的，谢谢，再见。", "行，谢谢你啊，拜拜。", "明白了，再见。", "好，辛苦了。"]
CUST_AFTER_NONANSWER = ["哦，那好吧。", "行吧。", "哦……那算了。"]
CUST_THINK = ["那我再想想吧。", "我考虑一下再说。"]
CUST_RAMBLE = ["我跟你说啊，我这个情况有点复杂，得从头讲起……", "你等我想想怎么说，就是那个，之前吧……"]
CUST_REASK = ["不好意思，刚才那个{label}是多少来着？", "你再说一遍，{label}是多少？"]
CUST_DOUBT = ["啊？跟我手机上看到的不一样啊。", "是这个数吗？我记得不是。"]
CUST_FORGIVE = ["哦，没事没事，你也不容易。", "没关系，说清楚就行。"]
HOTLINE_LINE = ["后面有问题也可以直接拨我们热线{hot}。", "您也可以打{hot}找我们。"]


class Pool:
    """Round-robin material use: every line used at most three times in the set (counted per line,
    whatever channel filter was applied when it was drawn)."""
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.state = {}

    def take(self, key, items, soft=False, limit=3, ok=None):
        st = self.state.get(key)
        if st is None:
            order = list(range(len(items)))
            self.rng.shuffle(order)
            st = self.state[key] = dict(order=order, uses=[0] * len(items), k=0)
        n = len(items)
        for flt in ([ok, None] if ok else [None]):
            for step in range(n):
                j = st["order"][(st["k"] + step) % n]
                if st["uses"][j] < limit and (flt is None or flt(items[j])):
                    st["uses"][j] += 1
                    st["k"] = (st["k"] + step + 1) % n
                    return items[j]
        if soft:
            return None
        raise RuntimeError("material exhausted: %r" % (key,))


VOICE_RE = r"热线|打了|接通|致电|来电|电话|挂|按键|语音|通话|说话|听|吵|信号|回声|免提|声|念给|读一下|说慢|说大"
CHAT_RE = r"在线|点一下|弹窗|屏幕|对话结束|打字|消息|截图|页面|星级|点击|评个星|发我|发给我|发一下"


def fill(t, **kw):
    for k, v in kw.items():
        t = t.replace("{" + k + "}", str(v))
    return t


def cval(fact, ch, right=True):
    if right:
        v = fact["variants"][0] if ch == "webchat" and re.search(r"\d", fact["variants"][0]) else fact["expected"]
    else:
        w = fact["wrong"]
        v = w[1] if ch == "webchat" and len(w) > 1 and re.search(r"\d", w[1]) else w[0]
    return v


# ---------------------------------------------------------------- ASR noise
def asr_noise(text, rng, mode, protect=None):
    def once(use_h):
        s = text
        if use_h:
            for o, h in HOMOPHONES:
                if o in s and rng.random() < 0.5:
                    s = s.replace(o, h, 1)
        s = "".join(DIGIT_WORDS.get(ch, ch) for ch in s)
        parts = re.split(r"([，。！？；、])", s)
        out = []
        for i, p in enumerate(parts):
            if i % 2 == 0:
                if p and rng.random() < 0.22:
                    p = rng.choice(FILLERS) + " " + p if mode == "space" else rng.choice(FILLERS) + p
                out.append(p)
            else:
                out.append(" " if mode == "space" else "")
        return re.sub(r"\s+", " ", "".join(out)).strip()
    s = once(True)
    if protect:
        for pat in protect:
            if re.search(pat, text) and not re.search(pat, s):
                s = once(False)
                if not re.search(pat, s):
                    s = re.sub(r"[，。！？；、]", " ", text)
    return s


def nchars(s):
    return len(re.findall(r"[\u4e00-\u9fff0-9A-Za-z]", s))


# ---------------------------------------------------------------- builder
class Contact:
    def __init__(self, c, pool):
        self.c = c
        self.T = MATS[c["trade"]]
        self.S = c["scenario"]
        self.ch = c["channel"]
        self.voice = self.ch == "voice"
        self.f = c["fails"]
        self.ex = c["extra"]
        self.rng = random.Random(self.ex["seed"])
        self.pool = pool
        self.tr = c["trade"]
        self.beats = []
        self.pending = []  # parts to prefix to the next agent turn
        self.agent_turns = 0
        self.name = self.rng.choice(self.T["agents"])
        self.num = str(self.rng.randint(101, 9899))
        self.ref = "2026" + "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        self.d4 = "".join(str(self.rng.randint(0, 9)) for _ in range(4))
        self.v4 = "".join(str(self.rng.randint(0, 9)) for _ in range(4))
        self.complaints = 0
        self.notes = {}  # decisive notes for reasons

    def take(self, cat, soft=False, items=None, key=None):
        bad = CHAT_RE if self.voice else VOICE_RE
        ok = lambda l: not re.search(bad, l if isinstance(l, str) else l.get("q", "") + l.get("a", ""))
        return self.pool.take(key or (self.tr, cat), items if items is not None else self.T[cat], soft=soft, ok=ok)

    def fits(self, l):
        return not re.search(CHAT_RE if self.voice else VOICE_RE, l)

    def A(self, *parts, **kw):
        parts = [p for p in self.pending + list(parts) if p]
        self.pending = []
        b = dict(sp="agent", text="".join(parts), **kw)
        if getattr(self, "next_gap", None):
            b["gap"] = self.next_gap
            self.next_gap = None
        self.beats.append(b)
        self.agent_turns += 1
        return b

    def C(self, text, **kw):
        b = dict(sp="customer", text=text, **kw)
        if getattr(self, "next_gap", None) and False:
            pass
        self.beats.append(b)
        return b

    def X(self, sp, text, **kw):
        b = dict(sp=sp, text=text, **kw)
        self.beats.append(b)
        return b

    # ---------------------------------------------------------- script
    def script(self):
        T, S, f, ex, rng = self.T, self.S, self.f, self.ex, self.rng
        ch = self.ch
        facts = S["facts"]
        # --- pre-agent
        if self.voice and ex["ivr"]:
            self.X("ivr", T["ivr"], tag="ivr")
            self.X("ivr", "正在为您转接人工坐席，请稍候。", tag="ivr2")
        opening = ex["opening"]
        open_line = self.take("opening", items=S["opening"], key=(self.tr, S["topic"], "open"), soft=True) or S["opening"][0]
        if not self.voice and ex["bot"]:
            self.X("bot", T["bot"])
            self.C(open_line, tag="to-bot")
            self.X("bot", T["bot_reply"])
            self.C(rng.choice(BOT_TRANSFER), tag="to-bot")
            self.X("system", SYS_TRANSFER)
        if opening == "prejoin":
            self.C(open_line, tag="prejoin")
        ef = f.get("empathy")
        pre_complaint = None
        if opening == "complaint" and not self.voice and not ex["bot"] and (
                rng.random() < 0.5 or (ef and ef["kind"] in ("open", "open-generic"))):
            # the complaint is the customer's first words, typed while queueing; owed once the agent joins
            if S["open_complaint"] and not (ef and ef["kind"] == "open-generic"):
                pre_complaint = self.take("oc", items=S["open_complaint"], key=(self.tr, S["topic"], "oc"), soft=True)
            pre_complaint = pre_complaint or self.take("complaint_generic")
            self.C(pre_complaint, tag="complaint-prejoin")
            self.complaints += 1
            opening = "complaint-prejoin"
        self.beats.append(dict(sp="event", type="agent-joined"))
        # --- first agent turn
        parts = []
        gf = f.get("greeting")
        if gf and gf["kind"] == "bad":
            parts.append(self.take("greet_bad"))
        elif not gf:
            parts.append(self.take("greet"))
        idf = f.get("agent-id")
        id_line = None
        if not idf:
            id_line = fill(self.take("ids"), name=self.name, num=self.num)
        elif idf["kind"] == "late":
            id_line = fill(self.take("ids"), name=self.name, num=self.num)
        id_pos = ex["id_pos"]
        if idf:
            id_pos = "late" if idf["kind"] == "late" else None
        if id_pos == 1:
            parts.append(id_line)
        if pre_complaint:
            ack = not ef or ef["kind"] == "second"
            self.notes["open_complaint"] = (pre_complaint, ack)
            if ack:
                parts.append(self.take("empathy"))
            else:
                parts.append(rng.choice(T["offer"]))
        else:
            parts.append(rng.choice(T["offer"]))
        if self.voice and ex["lookalike"] and rng.random() < 0.3:
            parts.append(rng.choice(T["lookalike"]))
        first = self.A(*parts, tag="first")
        # --- opening
        ef = f.get("empathy")
        complaint_open = opening == "complaint"
        if opening == "smalltalk":
            st = rng.choice([p for p in T["smalltalk"] if self.voice or not re.search(VOICE_ONLY, p[0] + p[1])])
            self.C(st[0])
            self.A(id_line if id_pos == 2 else "", st[1])
            id_pos = None if id_pos == 2 else id_pos
            self.C(open_line, tag="opening")
        elif opening == "apology":
            self.C(T["cust_apology"][0 if self.voice else 1] + open_line, tag="opening")
        elif opening == "complaint":
            if S["open_complaint"] and not (ef and ef["kind"] == "open-generic"):
                line = self.take("oc", items=S["open_complaint"], key=(self.tr, S["topic"], "oc"), soft=True)
            else:
                line = None
            if not line:
                line = self.take("complaint_generic")
            self.C(line, tag="complaint")
            self.complaints += 1
            ack = not ef or ef["kind"] == "second"
            self.pending.append(self.take("empathy") if ack else "")
            self.notes["open_complaint"] = (line, ack)
        elif opening == "request":
            self.C(open_line, tag="opening")
        elif opening == "complaint-prejoin":
            self.C(open_line, tag="opening")
        if id_pos == 2:
            self.pending.insert(0, id_line)
        # --- required info
        rf = f.get("required-info")
        items = list(S["required"])
        skip = set()
        if rf:
            skip.add(items[-1]["key"] if len(items) > 1 and rng.random() < 0.6 else items[0]["key"])
            if len(items) == 1:
                skip = {items[0]["key"]}
        volunteered = False
        if (rf and rf["kind"] == "volunteer") or ex["volunteer_ok"]:
            if any("order" in it["key"] for it in items):
                self.pending.append("")
                self.beats.append(dict(sp="customer", text=fill(T["volunteer"], d4=self.d4), tag="volunteer"))
                volunteered = True
        asked_any = False
        for it in items:
            if it["key"] in skip:
                continue
            ask = self.take("ask", items=it["asks"], key=(self.tr, S["topic"], it["key"]))
            self.A(ask, tag="ask")
            d4 = self.d4 if "order" in it["key"] else "".join(str(rng.randint(0, 9)) for _ in range(4))
            self.C(fill(it["answer"], d4=d4), slow=ex["slow_customer"] and not asked_any)
            asked_any = True
        self.rude_done = False
        pf = f.get("politeness")
        if pf and pf["pos"] == "early" and asked_any:
            self.rude()
            self.rude_done = True
        # --- verification / rule fact order
        vf = f.get("verification")
        need_v = S["kind"] in ("account", "complaint")
        fa = f.get("fact-accuracy")
        nm = f.get("no-misinformation")
        wrong_fact = None
        if fa and fa["kind"] == "wrong":
            wrong_fact = rng.choice([0, 1])
        self.notes["wrong_fact"] = wrong_fact
        corrected = nm and nm["kind"] == "corrected"
        rec_unstated = fa and fa["kind"] == "unstated"
        self.rec_unstated = rec_unstated
        rule_done = False

        def say_rule(prefix=""):
            v = cval(facts[1], ch, right=(wrong_fact != 1))
            tpl = self.take("f1", items=facts[1]["tpl"], key=(self.tr, S["topic"], "f1"))
            return fill(tpl, v=v)

        if not ex["verify_first"]:
            self.A(say_rule(), tag="rule")
            self.C(rng.choice(CUST_ACK))
            rule_done = True
        if need_v and not vf:
            va = self.take("verify")
            self.A(va, tag="verify")
            self.C(self.vreply(va))
            self.pending.append(rng.choice(T["verify_ok"]) if rng.random() < 0.5 else "")
        # --- holds
        hf = f.get("hold-etiquette")
        hold_kind = hf["kind"] if hf else ("ok" if ex["hold_ok"] else None)
        if hold_kind == "ok" and not (self.pool_has("hold_ask") and self.pool_has("hold_thanks")):
            hold_kind = None
        self.hold_kind = hold_kind
        self.first_hold(hold_kind)
        # --- disclosure of record (or, when the record is never stated, the lookup result without it)
        if rec_unstated:
            if not rule_done:
                self.A(say_rule(), tag="rule")
                rule_done = True
            else:
                self.A(self.take("result"), tag="result")
            self.C(rng.choice(CUST_ACK))
        v0 = cval(facts[0], ch, right=not (wrong_fact == 0 or corrected))
        tpl0 = self.take("f0", items=facts[0]["tpl"], key=(self.tr, S["topic"], "f0"))
        disc = fill(tpl0, v=v0)
        extra = ""
        if ex["lookalike"] and not self.voice:
            la = [x for x in T["lookalike"] if not re.search(VOICE_ONLY, x)]
            extra = self.rng.choice(la)
        if ex.get("brief") and not rule_done and not rec_unstated:
            r = say_rule()
            self.A(disc, r, tag="disclosure")
            if wrong_fact == 1:
                self.notes["wrong1"] = r
            self.notes["disclosure"] = disc
            self.notes["brief_rule"] = True
            rule_done = True
        elif not rec_unstated:
            self.A(disc, extra, tag="disclosure")
            self.notes["disclosure"] = disc
        if wrong_fact == 0 or corrected:
            self.notes["wrong0"] = disc
        # verification late
        if rec_unstated:
            pass
        elif need_v and vf and vf["kind"] == "late":
            self.C(rng.choice(CUST_ACK))
            va = self.take("verify")
            self.A(va, tag="verify-late")
            self.C(self.vreply(va))
        else:
            self.C(rng.choice(CUST_ACK) if not corrected else rng.choice(CUST_DOUBT))
        if corrected:
            if need_v and vf and vf["kind"] == "late":
                self.C(rng.choice(CUST_DOUBT))
            tpl = self.take("f0", items=facts[0]["tpl"], key=(self.tr, S["topic"], "f0"))
            corr = self.take("correction") + fill(tpl, v=cval(facts[0], ch))
            self.A(corr, tag="correction")
            self.notes["correction"] = corr
            self.C(rng.choice(CUST_FORGIVE))
        if pf and pf["pos"] == "middle" and not self.rude_done:
            self.rude()
            self.rude_done = True
        # --- rule fact (later) and second hold
        if not rule_done:
            if hold_kind == "second-nothanks":
                self.second_hold()
            r = say_rule()
            self.A(r, tag="rule")
            if wrong_fact == 1:
                self.notes["wrong1"] = r
            self.C(rng.choice(CUST_ACK))
        elif hold_kind == "second-nothanks":
            self.second_hold()
            self.A(self.take("result"), tag="after-hold")
            self.C(rng.choice(CUST_ACK))
        if wrong_fact == 1 and rule_done:
            self.notes["wrong1"] = "(rule)"
        # --- complaints (mid)
        self.mid_complaints()
        # --- side question
        self.side_question()
        # --- told-you
        self.toldyou()
        # --- jiyu (non-rude)
        ff = f.get("forbidden-words")
        if ff and ff["kind"] == "tuiwei":
            line = self.take("tuiwei")
            self.C(T["tuiwei_cue"][T["tuiwei"].index(line)])
            self.A(line, tag="tuiwei")
            self.notes["jiyu"] = line
            self.C(rng.choice(CUST_ACK))
        elif ff and ff["kind"] == "lengmo":
            self.C(rng.choice(CUST_THINK))
            line = self.take("lengmo")
            self.A(line, tag="lengmo")
            self.notes["jiyu"] = line
            self.C(rng.choice(["……", "哦，那我自己再琢磨琢磨。", "行吧。"]))
        # --- rude lines (late)
        if not self.rude_done:
            self.rude()
        # --- padding
        pads = [p for p in T["smalltalk"] if self.voice or not re.search(VOICE_ONLY, p[0] + p[1])]
        rng.shuffle(pads)
        for st in pads[: ex["pad"] // 2]:
            self.C(st[0])
            self.A(st[1], tag="pad")
        # --- closing block
        self.closing_block()

    def vreply(self, ask):
        rng = self.rng
        if "验证码" in ask:
            return rng.choice(["验证码是{c}。", "{c}。", "我看下，{c}。"]).format(c=self.v4 + str(rng.randint(10, 99)))
        if "生日" in ask or "出生日期" in ask:
            return rng.choice(["一九八六年四月十二号。", "九二年十月三号。", "一九七九年正月初八，身份证上是二月四号。"])
        if "邮箱" in ask:
            return "前缀是" + rng.choice(["chen", "lily", "wx"]) + self.v4 + "。"
        return fill(rng.choice(self.T["verify_reply"]), d4=self.v4)

    def pool_has(self, cat):
        st = self.pool.state.get((self.tr, cat))
        if not st:
            return True
        return any(u < 3 for u in st["uses"])

    def first_hold(self, kind):
        rng = self.rng
        if kind is None:
            if self.ex["short_wait"] and self.pool_has("hold_ask") and self.pool_has("hold_thanks"):
                self.A(self.take("hold_ask"), tag="announce")
                self.C(rng.choice(CUST_OK_WAIT))
                self.pending.append(self.take("hold_thanks"))
                self.next_gap = ("short", rng.uniform(9.0, 13.0))
            elif self.ex["thanks_nohold"] and self.pool_has("hold_thanks"):
                self.pending.append(self.take("hold_thanks"))
            return
        if kind == "unannounced":
            self.A("好的，明白了。", tag="pre-hold")
            self.C(rng.choice(["那你帮我看看。", "嗯，你看一下。"]))
            g = rng.uniform(15.3, 15.8) if self.voice else rng.uniform(31.0, 45.0)
            self.next_gap = ("hold-unann", g)
            return
        self.A(self.take("hold_ask"), tag="announce")
        self.C(rng.choice(CUST_OK_WAIT))
        g = rng.uniform(18.0, 45.0) if self.voice else rng.uniform(35.0, 80.0)
        self.next_gap = ("hold", g, self.voice and self.ex["event_hold"])
        if kind in ("ok", "second-nothanks"):
            self.pending.append(self.take("hold_thanks"))

    def second_hold(self):
        rng = self.rng
        self.A(self.take("hold_ask"), tag="announce2")
        self.C(rng.choice(CUST_OK_WAIT))
        g = rng.uniform(18.0, 40.0) if self.voice else rng.uniform(35.0, 70.0)
        self.next_gap = ("hold", g, False)
        self.notes["hold2"] = True

    def mid_complaints(self):
        T, S, f, ex, rng = self.T, self.S, self.f, self.ex, self.rng
        ef = f.get("empathy")
        kind = ef["kind"] if ef else None
        lines = []
        if S["kind"] == "complaint" and not self.notes.get("open_complaint"):
            cl = self.take("cmp", items=S["complaints"], key=(self.tr, S["topic"], "cmp"), soft=True) or \
                self.take("complaint_generic")
            lines.append((cl, kind != "none"))
        if S["kind"] == "complaint" and (kind == "second" or ex["escalate_ok"]):
            if kind == "second" and not lines and not self.notes.get("open_complaint"):
                pass
            lines.append((self.take("escalate"), kind != "second"))
            if kind == "second" and self.notes.get("open_complaint") and not self.notes["open_complaint"][1]:
                pass
        if kind == "none" and self.notes.get("open_complaint"):
            lines = [(l, False) for l, _ in lines]
        if kind == "generic" or (ex["generic_complaint_ok"] and S["kind"] != "complaint"):
            if not self.notes.get("open_complaint"):
                lines.append((self.take("complaint_generic"), kind != "generic"))
        for cl, ack in lines:
            self.C(cl, tag="complaint")
            self.complaints += 1
            emp = self.take("empathy") if ack else ""
            if re.search(r"规定|不合理|收费|手续费", cl):
                follow = rng.choice(["您的意见我会如实反馈给规则制定的同事。", "这条建议我给您记录上报。"])
            elif re.search(r"领导|经理|主管|负责人", cl):
                follow = rng.choice(["我先把处理方案跟您说清楚，需要的话再请组长回电。", "我这边记下了，会同步给值班主管。"])
            elif re.search(r"投诉|12315|12345|消协|曝光|微博|网上|朋友圈|小红书|黑猫", cl):
                follow = rng.choice(["您的诉求我这边优先处理。", "我先把能解决的给您解决掉。"])
            else:
                follow = rng.choice(["我这就帮您加急处理。", "我把情况给您登记上。", "我这边马上给您跟进。", "我跟相关同事反馈一下。"])
            self.A(emp, follow, tag="after-complaint")
            self.notes.setdefault("complaints", []).append((cl, ack))
            self.C(rng.choice(CUST_ACK + ["好，那麻烦你们了。"]))

    def side_question(self):
        T, f, ex, rng = self.T, self.f, self.ex, self.rng
        reals = [s for s in T["side"] if not s["casual"]]
        casuals = [s for s in T["side"] if s["casual"]]
        if f.get("resolution"):
            q = self.take("sideq-fail", items=reals, key=(self.tr, "side-real"), soft=True) or rng.choice(reals)
            self.C(q["q"], tag="sideq")
            na = self.take("nonanswer")
            self.A(na, tag="nonanswer")
            self.notes["nonanswer"] = (q["q"], na)
            self.C(rng.choice(CUST_AFTER_NONANSWER))
            return
        mode = ex["side"]
        if mode in ("answer", "makegood"):
            q = self.take("sideq", items=reals, key=(self.tr, "side-real"), soft=True)
            if not q:
                return
            self.C(q["q"], tag="sideq")
            if mode == "makegood":
                na = self.take("nonanswer", soft=True)
                if na:
                    self.A(na, tag="nonanswer-made-good")
                    self.C(rng.choice(T["press"]))
                    self.A(rng.choice(T["makegood"]) + q["a"], tag="sidea")
                    self.C(rng.choice(CUST_ACK))
                    return
            self.A(q["a"], tag="sidea")
            self.C(rng.choice(CUST_ACK))
        elif mode == "casual":
            q = self.take("sideq-c", items=casuals, key=(self.tr, "side-casual"), soft=True)
            sh = self.take("shrug", soft=True)
            if not q or not sh:
                return
            self.C(q["q"], tag="sideq-casual")
            self.A(sh, tag="shrug")
            self.C(rng.choice(CUST_ACK))

    def toldyou(self):
        f, rng, S = self.f, self.rng, self.S
        pf = f.get("politeness")
        ff = f.get("forbidden-words")
        refuse = pf and pf["kind"] == "refuse-repeat"
        beside = ff and ff["kind"] == "toldyou"
        if not (refuse or beside):
            return
        fi = 1 if self.rec_unstated else 0
        self.notes["toldyou_fi"] = fi
        fact = S["facts"][fi]
        self.C(fill(rng.choice(CUST_REASK), label=fact["label"]), tag="reask")
        line = self.take("toldyou")
        if refuse:
            self.A(line, tag="toldyou-refuse")
            self.notes["refuse"] = line
            self.C(rng.choice(["……行吧。", "那我自己记一下吧。"]))
        else:
            fa = self.f.get("fact-accuracy")
            wf = self.notes.get("wrong_fact")
            right = wf != fi
            tpl = self.take("f%d" % fi, items=fact["tpl"], key=(self.tr, S["topic"], "f%d" % fi))
            t = line + fill(tpl, v=cval(fact, self.ch, right=right))
            self.A(t, tag="toldyou-beside")
            self.notes["jiyu"] = t
            self.C(rng.choice(CUST_ACK))

    def rude(self):
        f, rng = self.f, self.rng
        pf = f.get("politeness")
        if not pf or pf["kind"] == "refuse-repeat":
            return
        n = 2 if pf["kind"] == "two-rude" else 1
        self.notes["rude"] = []
        rambles = rng.sample(CUST_RAMBLE, len(CUST_RAMBLE))
        for k in range(n):
            line = self.take("rude")
            self.notes["rude"].append(line)
            self.C(rambles[k % len(rambles)])
            if pf["buried"]:
                self.A(line, rng.choice(["您这个情况我都记下了。", "我们按流程给您办。", "该说明的我都说明了。"]), tag="rude")
            else:
                self.A(line, tag="rude")
            self.C(rng.choice(["……好吧。", "哦。", "行，你说吧。"]))

    def closing_block(self):
        T, S, f, ex, rng = self.T, self.S, self.f, self.ex, self.rng
        need_ref = S["kind"] in ("account", "complaint")
        need_sv = S["kind"] in ("account", "info")
        parts = []
        idf = f.get("agent-id")
        if idf and idf["kind"] == "late":
            parts.append(fill(self.take("ids"), name=self.name, num=self.num))
        if need_ref and not f.get("record-reference"):
            parts.append(fill(self.take("reference"), ref=self.ref))
        if ex["hotline"]:
            parts.append(fill(rng.choice(HOTLINE_LINE), hot=T["hotline"]))
        sv = None
        if need_sv and not f.get("survey-offered"):
            sv = self.take("survey")
        if ex.get("walkout"):
            if sv:
                parts.append(sv)
            if not parts:
                parts.append("您这边的情况我都登记好了。")
            self.A(*parts, tag="pre-walkout")
            wl = T["walkout"][0 if self.voice else 1]
            self.C(wl, tag="walkout")
            self.notes["walkout"] = wl
            self.end_by = "customer"
            return
        if sv and ex["survey_first"]:
            parts.append(sv)
            sv = None
        if ex.get("brief") and not f.get("closing"):
            self.A(*(parts + [self.take("closing"), sv or ""]), tag="closing")
            self.C(rng.choice(CUST_BYE))
            self.end_by = "customer"
            return
        if parts:
            self.A(*parts, tag="refsurvey")
            self.C(rng.choice(CUST_ACK))
        cf = f.get("closing")
        if ex["wrapup_ok"] and not cf:
            self.A(T["closing_bad"][0], tag="wrapup")
            self.C(rng.choice(CUST_NOMORE))
        if cf:
            order = {"wrapup": [0, 1, 2], "instruction": [1, 2, 0], "curt": [2, 0, 1]}[cf["kind"]]
            bad = None
            for j in order:
                bad = self.pool.take((self.tr, "closing_bad", j), [T["closing_bad"][j]], soft=True)
                if bad:
                    break
            if sv:
                self.A(sv, bad, tag="closing-bad")
            else:
                self.A(bad, tag="closing-bad")
            self.notes["closing_bad"] = bad
            self.C(rng.choice(CUST_NOMORE) if bad == T["closing_bad"][0] else rng.choice(["哦。", "那好吧。"]))
            self.end_by = "agent" if self.voice else "customer"
            return
        cl = self.take("closing")
        self.A(cl, sv or "", tag="closing")
        self.C(rng.choice(CUST_BYE))
        self.end_by = "customer" if rng.random() < 0.6 else "agent"

    # ---------------------------------------------------------- timing
    def mark_timing(self):
        """Attach planned special gaps (dead-air, latency, first-response, interruption) to beats."""
        f, rng, S = self.f, self.rng, self.S
        sla = S["sla"]
        beats = self.beats
        dlg = [i for i, b in enumerate(beats) if b["sp"] in ("agent", "customer")]

        def replies():
            out = []
            for k, i in enumerate(dlg):
                b = beats[i]
                if b["sp"] != "agent" or b.get("tag") == "first" or "gap" in b:
                    continue
                if k == 0 or beats[dlg[k - 1]]["sp"] != "customer":
                    continue
                prev_agent = [beats[j] for j in dlg[:k] if beats[j]["sp"] == "agent"]
                if prev_agent and prev_agent[-1].get("tag", "").startswith("announce"):
                    continue
                if beats[dlg[k - 1]].get("tag") in ("to-bot", "prejoin"):
                    continue
                out.append(i)
            return out

        def at_pos(cands, pos):
            if not cands:
                return None
            n = len(cands)
            third = {"early": cands[: max(1, n // 3)], "middle": cands[n // 3: max(n // 3 + 1, 2 * n // 3)],
                     "late": cands[2 * n // 3:]}[pos] or cands
            return rng.choice(third)

        first = [i for i, b in enumerate(beats) if b.get("tag") == "first"][0]
        fr = f.get("first-response")
        if fr:
            beats[first]["gap"] = ("fr-late", rng.uniform(sla["firstResponseMs"] / 1000 + 1.0,
                                                         min(sla["firstResponseMs"] / 1000 + 8.0, 28.0)))
        df = f.get("dead-air")
        if df and df["kind"] != "coupled":
            kind = df["kind"]
            if kind == "joined" and sla["firstResponseMs"] < 10000:
                kind = "gap"
            if kind == "joined":
                beats[first]["gap"] = ("joined", rng.uniform(8.4, 9.4))
            elif kind == "between":
                ags = [j for j, b in enumerate(beats) if b["sp"] == "agent"]
                i = at_pos([j for j in replies() if j > ags[2]], df["pos"])
                nb = dict(sp="agent", text=rng.choice(["您说的情况我了解了。", "好，这边记下了。", "明白您的意思了。"]), tag="split")
                beats.insert(i, nb)
                beats[i + 1]["gap"] = ("dead", rng.uniform(9.0, 12.5))
                beats[i + 1]["after_agent"] = True
            else:
                i = at_pos(replies(), df["pos"])
                beats[i]["gap"] = ("dead", rng.uniform(8.5, 13.0))
            self.notes["dead"] = True
        lf = f.get("response-latency")
        if lf and lf["kind"] != "coupled":
            filler = set(CUST_ACK + CUST_AFTER_NONANSWER + CUST_NOMORE + CUST_FORGIVE + ["……行吧。", "……好吧。", "行吧。", "哦。", "好，那麻烦你们了。"])
            subst = [i for i in replies() if beats[i - 1]["sp"] == "customer" and beats[i - 1]["text"] not in filler]
            i = at_pos(subst or replies(), lf["pos"])
            L = sla["responseLatencyMs"] / 1000
            g = rng.uniform(L + 2.0, min(L + 12.0, 29.3))
            if lf["kind"] == "nudge":
                nud = dict(sp="customer", text=rng.choice(NUDGE), tag="nudge", nudge_at=rng.uniform(9.0, 13.0))
                beats.insert(i, nud)
                beats[i + 1]["gap"] = ("lat-nudge", g)
            else:
                beats[i]["gap"] = ("lat", g)
        elif self.ex["nudge_ok"] and not self.voice:
            c = replies()
            if c:
                i = rng.choice(c)
                L = sla["responseLatencyMs"] / 1000
                g = rng.uniform(min(12.0, L - 3), L - 2.0)
                nud = dict(sp="customer", text=rng.choice(NUDGE), tag="nudge", nudge_at=rng.uniform(6.0, 9.0))
                if g > 10.0:
                    beats.insert(i, nud)
                    beats[i + 1]["gap"] = ("lat-nudge", g)
        intf = f.get("interruption")
        if self.voice:
            def long_replies(th=11):
                out = []
                for i in replies():
                    j = i - 1
                    while beats[j]["sp"] not in ("agent", "customer"):
                        j -= 1
                    if beats[j]["sp"] == "customer" and nchars(beats[j]["text"]) >= th and not beats[j].get("slow"):
                        out.append(i)
                return out
            if intf:
                n = 2 if intf["kind"] == "two" else 1
                cands = long_replies() if len(long_replies()) >= n else long_replies(6)
                for k in range(n):
                    i = at_pos([x for x in cands if "gap" not in beats[x]], intf["pos"] if k == 0 else "late")
                    if i is None:
                        raise RuntimeError("no interruption slot " + self.c["cid"])
                    beats[i]["gap"] = ("overlap", rng.uniform(1.1, 2.0))
            if self.ex["small_overlap"]:
                cands = [x for x in long_replies() if "gap" not in beats[x]]
                if cands:
                    beats[rng.choice(cands)]["gap"] = ("overlap-small", rng.uniform(0.15, 0.5))

    def realise(self, idx):
        rng, S, ex = self.rng, self.S, self.ex
        sla = S["sla"]
        voice = self.voice
        events = [dict(type="started", atMs=0)]
        turns = []
        asr = ex["asr"]
        mode = rng.choice(["space", "drop"])
        protect = [it["pattern"] for it in S["required"]]
        sr = self.f.get("speech-rate")
        if sr:
            arate = rng.uniform(92, 110) if sr["kind"] == "slow" else rng.uniform(322, 360)
        else:
            arate = rng.uniform(175, 255)
        self.arate = arate

        def text_of(b):
            t = b["text"]
            if voice and asr and b["sp"] in ("agent", "customer", "ivr"):
                t = asr_noise(t, rng, mode, protect if b["sp"] == "agent" else None)
            return t

        def conf():
            if not voice:
                return 1.0
            return round(rng.uniform(0.60, 0.93) if asr else rng.uniform(0.90, 0.99), 2)

        def dur(t, sp):
            rate = arate if sp == "agent" else (230 if sp == "ivr" else rng.uniform(190, 280))
            return int(max(nchars(t), 1) / rate * 60000)

        def add(sp, t, start):
            if voice:
                end = start + dur(t, sp)
            else:
                end = start
            turns.append(dict(speaker=sp, text=t, startMs=int(start), endMs=int(end), confidence=conf()))
            return turns[-1]

        if voice:
            t = rng.randint(200, 400)
            events.append(dict(type="dialed", atMs=t))
            t += rng.randint(900, 1500)
            events.append(dict(type="ringing", atMs=t))
            t += rng.randint(4000, 12000)
            events.append(dict(type="answered", atMs=t))
            self.answered = t
            t += 500
        else:
            t = rng.randint(1200, 3500)
            events.append(dict(type="page-loaded", atMs=t))
            t += 1500
        cursor = t
        joined = None
        last_cust_end = None
        pending_since = None
        k_agent = 0
        prev_sp = None
        for bi, b in enumerate(self.beats):
            sp = b["sp"]
            if sp == "event":
                if voice and ex["ivr"]:
                    events.append(dict(type="queued", atMs=int(cursor + 300)))
                    cursor += rng.uniform(5000, 40000)
                elif not voice:
                    if not any(e["type"] == "queued" for e in events):
                        events.append(dict(type="queued", atMs=int(cursor + 200)))
                    cursor += rng.uniform(5000, 30000)
                else:
                    cursor += rng.uniform(300, 800)
                joined = int(cursor)
                events.append(dict(type="agent-joined", atMs=joined))
                self.joined = joined
                prev_sp = "joined"
                continue
            txt = text_of(b)
            if sp == "ivr":
                tr = add("ivr", txt, cursor)
                cursor = tr["endMs"]
                if b.get("tag") == "ivr":
                    cursor += rng.uniform(1000, 2500)
                    events.append(dict(type="dtmf", atMs=int(cursor), detail=dict(digits=rng.choice(["1", "2", "3", "0"]))))
                    cursor += 800
                continue
            if sp in ("bot", "system"):
                cursor += rng.uniform(800, 2000)
                add(sp, txt, cursor)
                continue
            if sp == "customer" and joined is None:
                cursor += rng.uniform(5000, 14000)
                b["turn"] = add("customer", txt, cursor)
                if b.get("tag") == "prejoin":
                    events.append(dict(type="queued", atMs=int(cursor + 500)))
                    cursor += 500
                continue
            gap = b.get("gap")
            if sp == "customer":
                if b.get("tag") == "nudge":
                    start = max(cursor + 5000, pending_since + b["nudge_at"] * 1000)
                elif b.get("slow"):
                    start = cursor + (rng.uniform(9000, 14000) if voice else rng.uniform(35000, 55000))
                elif prev_sp == "customer" and not voice:
                    start = cursor + rng.uniform(2000, 6000)
                else:
                    start = cursor + (rng.uniform(300, 1200) if voice else rng.uniform(4000, 18000))
                tr = add("customer", txt, start)
                b["turn"] = tr
                cursor = max(cursor, tr["endMs"])
                if pending_since is None:
                    pending_since = tr["endMs"]
                prev_sp = "customer"
                continue
            # agent
            if prev_sp == "joined":
                if gap and gap[0] in ("fr-late", "joined"):
                    start = joined + gap[1] * 1000
                else:
                    hi = min(sla["firstResponseMs"] / 1000 - 3.0, 12.0)
                    start = joined + (rng.uniform(800, 3000) if voice else rng.uniform(3000, max(3000, hi * 1000)))
            elif gap and gap[0] == "overlap":
                lastc = turns[-1]
                ov = max(0.9, min(gap[1], (lastc["endMs"] - lastc["startMs"]) / 1000 - 0.35))
                start = cursor - ov * 1000
            elif gap and gap[0] == "overlap-small":
                start = cursor - gap[1] * 1000
            elif gap and gap[0] in ("hold", "hold-unann", "short", "dead"):
                g = gap[1] * 1000
                if voice and gap[0] in ("hold-unann", "dead") and pending_since is not None:
                    g = min(g, pending_since + sla["responseLatencyMs"] - 700 - cursor)
                start = cursor + g
                if gap[0] == "hold" and len(gap) > 2 and gap[2]:
                    events.append(dict(type="hold-start", atMs=int(cursor + 700)))
                    events.append(dict(type="hold-end", atMs=int(start - 900)))
            elif gap and gap[0] == "lat":
                start = pending_since + gap[1] * 1000
            elif gap and gap[0] == "lat-nudge":
                start = pending_since + gap[1] * 1000
            elif prev_sp == "customer":
                if voice:
                    start = cursor + rng.uniform(300, 2000)
                else:
                    start = max(cursor + rng.uniform(1500, 3000),
                                pending_since + rng.uniform(4000, min(sla["responseLatencyMs"] / 1000 - 4.0, 14.0) * 1000))
            else:
                start = cursor + (rng.uniform(400, 1200) if voice else rng.uniform(2000, 6000))
            tr = add("agent", txt, start)
            b["turn"] = tr
            cursor = max(cursor, tr["endMs"])
            pending_since = None
            prev_sp = "agent"
        end = cursor
        # backchannels over customer turns (listening, not a turn that counts)
        if voice and ex["backchannel"]:
            cands = [t_ for t_ in turns if t_["speaker"] == "customer" and t_["endMs"] - t_["startMs"] >= 2600
                     and t_["startMs"] > (self.joined or 0)]
            for ct in rng.sample(cands, min(len(cands), rng.randint(1, 2))):
                s0 = ct["startMs"] + int((ct["endMs"] - ct["startMs"]) * 0.45)
                turns.append(dict(speaker="agent", text=rng.choice(BACKCHANNELS), startMs=s0, endMs=s0 + 380,
                                  confidence=conf()))
        turns.sort(key=lambda x: (x["startMs"], x["endMs"]))
        if voice:
            events.append(dict(type="hangup", atMs=int(end + rng.randint(400, 1500)), detail=dict(by=self.end_by)))
            end = events[-1]["atMs"] + 300
        else:
            end = end + rng.randint(2000, 9000)
        events.append(dict(type="ended", atMs=int(end)))
        if ex.get("transfer_event"):
            mid = turns[len(turns) // 2]["startMs"] - 10
            events.append(dict(type="transfer", atMs=mid, detail=dict(mode="consult", target="senior-desk", returned=True)))
        events.sort(key=lambda e: e["atMs"])
        c = self.c
        rec = dict(schemaVersion=1, contactId=c["cid"], scenarioId=S["sid"], runId=RUN, channel=self.ch,
                   startedAt=BASE_T + idx * 1830000 + rng.randint(0, 600000))
        if not ex.get("nodur"):
            rec["durationMs"] = int(end)
        rec.update(events=events, turns=turns, outcome="completed",
                   transcriptSource="deepgram" if voice else "chat-dom")
        return rec

    # ---------------------------------------------------------- labels
    def labels(self):
        S, f, ex = self.S, self.f, self.ex
        L = {k: "pass" for k in CHECKS}
        if ex.get("walkout"):
            L["closing"] = "na"
        if S["kind"] == "info":
            L["verification"] = "na"
            L["record-reference"] = "na"
        if S["kind"] == "complaint":
            L["survey-offered"] = "na"
        if self.hold_kind is None:
            L["hold-etiquette"] = "na"
        if not self.voice:
            L["interruption"] = "na"
            L["speech-rate"] = "na"
        if self.complaints == 0:
            L["empathy"] = "na"
        for k in f:
            L[k] = "fail"
        return L

    def reasons(self, L, turns):
        """One own-worded reason per fail, quoting the decisive line as written in the contact."""
        rng = random.Random(self.ex["seed"] + 1)
        S, f = self.S, self.f
        beats = self.beats
        dlg = [t for t in turns if t["speaker"] in ("agent", "customer") and not is_bc(t)]
        agents = [t for t in dlg if t["speaker"] == "agent"]

        def q(t):
            if isinstance(t, dict):
                return "「%s」（%.1fs）" % (t["text"], (t["startMs"] - self.joined) / 1000)
            return "「" + t + "」"

        def tagged(tag):
            return [b["turn"] for b in beats if b.get("tag") == tag and "turn" in b]

        def rule_turns():
            return tagged("rule") + (tagged("disclosure") if self.notes.get("brief_rule") else [])

        def prev_dlg(t):
            i = dlg.index(t)
            return dlg[i - 1] if i > 0 else None

        def gap_before(t):
            p = prev_dlg(t)
            if p is None:
                return (t["startMs"] - self.joined) / 1000
            return (t["startMs"] - max(x["endMs"] for x in dlg[:dlg.index(t)])) / 1000

        why = {}
        sla = S["sla"]
        for k in CHECKS:
            if L[k] != "fail":
                continue
            fk = f[k]["kind"]
            if k == "greeting":
                why[k] = rng.choice(["坐席开口第一句是%s，没有任何问候语。", "首轮%s只报了名号或直接进入正题，缺少“您好”类问候。",
                                     "第一句%s算不上问候（喂/请讲/机构名不算）。"]) % q(agents[0])
            elif k == "agent-id":
                if fk == "never":
                    why[k] = "整通没有报工号或姓名；开场%s只有问候和询问。" % q(agents[0])
                else:
                    late = [t for t in agents[2:] if any(n in t["text"] for n in (self.name, self.num) if n)] or agents[-1:]
                    why[k] = "前两轮未自报身份，直到%s才报，已晚于第二轮。" % q(late[0])
            elif k == "closing":
                why[k] = rng.choice(["收尾只有%s，没有感谢来电或道别。", "最后一句%s是询问/指令，不是结束礼貌语。"]) % q(tagged("closing-bad")[-1])
            elif k in ("forbidden-words", "politeness"):
                if self.notes.get("rude"):
                    rl = [t for t in tagged("rude")]
                    why[k] = ("坐席说%s，属于%s。" % ("、".join(q(t) for t in rl),
                              "服务忌语（粗鲁）" if k == "forbidden-words" else "不礼貌的指责/催促/挑衅"))
                elif self.notes.get("refuse"):
                    t = tagged("toldyou-refuse")[0]
                    why[k] = "客户再问时坐席只回%s，拒绝重复，%s。" % (q(t), "属忌语" if k == "forbidden-words" else "态度生硬")
                else:
                    t = (tagged("tuiwei") + tagged("lengmo") + tagged("toldyou-beside"))[0]
                    kind = {"tuiwei": "推诿，没有给出电话、转接或跟进", "lengmo": "冷漠敷衍",
                            "toldyou": "答案旁附带“我说过了”的埋怨"}[fk]
                    why[k] = "坐席%s：%s，属服务忌语。" % (kind, q(t))
            elif k == "verification":
                d = (tagged("disclosure") or [None])[0]
                if fk == "never" and d is None:
                    why[k] = "这类业务需要核身，坐席全程没有核实来电人身份就直接办理，如%s。" % q(agents[min(2, len(agents) - 1)])
                elif fk == "never":
                    why[k] = "未做任何身份核验就说出客户记录%s。" % q(d)
                else:
                    v = tagged("verify-late")[0]
                    why[k] = "先披露%s，之后才核身%s，顺序错误。" % (q(d), q(v))
            elif k == "hold-etiquette":
                hb = [b for b in beats if isinstance(b.get("gap"), tuple) and b["gap"][0] in ("hold", "hold-unann")]
                if fk == "unannounced" or (fk == "coupled"):
                    t = hb[0]["turn"]
                    why[k] = "客户说完%s后坐席静默%.1f秒才回%s，事先没请客户稍等，回来也没致谢。" % (
                        q(prev_dlg(t)), gap_before(t), q(t))
                else:
                    t = hb[-1]["turn"]
                    ann = tagged("announce2") if fk == "second-nothanks" else tagged("announce")
                    why[k] = "%s后等待%.1f秒，恢复时第一句%s没有感谢等待。" % (q(ann[-1]), gap_before(t), q(t))
            elif k == "interruption":
                ts = [b["turn"] for b in beats if isinstance(b.get("gap"), tuple) and b["gap"][0] == "overlap"]
                parts = []
                for t in ts:
                    p = prev_dlg(t)
                    parts.append("客户%s还没说完，坐席提前%.1f秒接话%s" % (q(p), (p["endMs"] - t["startMs"]) / 1000, q(t)))
                why[k] = "；".join(parts) + "。"
            elif k == "dead-air":
                b = [b for b in beats if isinstance(b.get("gap"), tuple) and b["gap"][0] in ("dead", "hold-unann", "joined")][0]
                t = b["turn"]
                if b["gap"][0] == "joined":
                    why[k] = "坐席接入后沉默%.1f秒才开口%s。" % (gap_before(t), q(t))
                else:
                    why[k] = "%s之后冷场%.1f秒，坐席才说%s，中间没有任何说明。" % (q(prev_dlg(t)), gap_before(t), q(t))
            elif k == "speech-rate":
                long_ = [t for t in agents if t["endMs"] - t["startMs"] >= 1500]
                rate = sum(nchars(t["text"]) for t in long_) / (sum(t["endMs"] - t["startMs"] for t in long_) / 60000)
                why[k] = "坐席语速约%.0f字/分钟（%s），如%s。" % (rate, "过慢" if rate < 120 else "过快", q(long_[0]))
            elif k == "empathy":
                bad = [b for b in beats if b.get("tag") in ("complaint", "complaint-prejoin") and "turn" in b]
                un = None
                for cl, ack in ([self.notes["open_complaint"]] if self.notes.get("open_complaint") else []) + self.notes.get("complaints", []):
                    if not ack:
                        un = cl
                        break
                ct = [b["turn"] for b in bad if b["text"] == un][0]
                nxt = [t for t in agents if t["startMs"] > ct["startMs"]][:2]
                if ct["startMs"] < self.joined:
                    why[k] = "客户排队时开口就抱怨%s（%.1fs，接入前），坐席接入后先是%s，接着%s，两轮都没有道歉或安抚。" % (
                        "「%s」" % ct["text"], (ct["startMs"] - self.joined) / 1000, q(nxt[0]), q(nxt[1]))
                else:
                    why[k] = "客户抱怨%s，坐席接下来只回%s，没有道歉或安抚。" % (q(ct), q(nxt[0]) if nxt else "（无）")
            elif k == "resolution":
                qq, na = self.notes["nonanswer"]
                t = tagged("nonanswer")[0]
                why[k] = "客户问%s，坐席仅答%s，之后再没补上答案。" % (q(tagged_c(beats, "sideq")), q(t))
            elif k == "first-response":
                t = agents[0]
                why[k] = "接入后%.1f秒坐席才发出首句%s，超过%d秒时限。" % ((t["startMs"] - self.joined) / 1000, q(t), sla["firstResponseMs"] // 1000)
            elif k == "response-latency":
                b = [b for b in beats if isinstance(b.get("gap"), tuple) and b["gap"][0] in ("lat", "lat-nudge", "hold-unann")][0]
                t = b["turn"]
                # first unanswered customer message
                i = dlg.index(t)
                j = i - 1
                while j > 0 and dlg[j - 1]["speaker"] == "customer":
                    j -= 1
                why[k] = "客户%s发出后%.1f秒坐席才回%s，超过%d秒。" % (q(dlg[j]), (t["startMs"] - dlg[j]["endMs"]) / 1000,
                                                          q(t), sla["responseLatencyMs"] // 1000)
            elif k == "fact-accuracy":
                if fk == "unstated":
                    fc = S["facts"][0]
                    why[k] = "坐席从未告知%s（应为%s），只说了%s就转去别的话题。" % (fc["label"], fc["expected"], q(tagged("rule")[0]))
                else:
                    fi = self.notes["wrong_fact"]
                    fc = S["facts"][fi]
                    cands = (tagged("disclosure") if fi == 0 else rule_turns()) + \
                        (tagged("toldyou-beside") if self.notes.get("toldyou_fi") == fi else [])
                    wt = max(cands, key=lambda t: t["startMs"])
                    why[k] = "%s最后一次说成%s，正确应为%s，未更正。" % (fc["label"], q(wt), fc["expected"])
            elif k == "no-misinformation":
                if fk == "corrected":
                    why[k] = "坐席先说错%s，虽然随后更正为%s，仍属错误信息。" % (q(tagged("disclosure")[0]), q(tagged("correction")[0]))
                else:
                    fi = self.notes["wrong_fact"]
                    wt = tagged("disclosure")[0] if fi == 0 else rule_turns()[0]
                    why[k] = "坐席给出错误的%s：%s。" % (S["facts"][fi]["label"], q(wt))
            elif k == "record-reference":
                why[k] = "结束前没有提供工单号或受理编号；坐席最后一句是%s。" % q(agents[-1])
            elif k == "survey-offered":
                why[k] = "全程没有邀请满意度评价，结尾%s。" % q(agents[-1])
            elif k == "required-info":
                asked = set()
                for it in S["required"]:
                    if any(re.search(it["pattern"], t["text"]) for t in agents):
                        asked.add(it["key"])
                miss = [it["label"] for it in S["required"] if it["key"] not in asked]
                vol = [b["turn"] for b in beats if b.get("tag") == "volunteer" and "turn" in b]
                op = [t for t in dlg if t["speaker"] == "customer"]
                nxt = [t for t in agents if op and t["startMs"] > op[0]["startMs"]][:1] or agents[:1]
                why[k] = "坐席没有询问%s%s；客户说明来意后坐席接着说的是%s。" % (
                    "、".join(miss), ("（客户自己报了%s，但坐席没问）" % q(vol[0])) if vol else "", q(nxt[0]))
        return why


def tagged_c(beats, tag):
    return [b["turn"] for b in beats if b.get("tag") == tag and "turn" in b][0]


def is_bc(t):
    return t["speaker"] == "agent" and t["text"].strip("。，！ ") in BACKCHANNELS and t["endMs"] - t["startMs"] < 1000


# ---------------------------------------------------------------- specials, scenarios, main
def specials(sids):
    out = []
    P = PREFIX
    base = BASE_T + 200 * 1830000
    def rec(n, sid, ch, ev, turns, outcome, extra=None):
        r = dict(schemaVersion=1, contactId="%s-x%02d" % (P, n), scenarioId=sid, runId=RUN, channel=ch,
                 startedAt=base + n * 977000, durationMs=ev[-1]["atMs"], events=ev, turns=turns, outcome=outcome,
                 transcriptSource="deepgram" if ch == "voice" else "chat-dom")
        if extra:
            r.update(extra)
        return r
    out.append((rec(1, sids[0], "voice", [dict(type="started", atMs=0), dict(type="dialed", atMs=310), dict(type="ringing", atMs=1420),
                                          dict(type="ended", atMs=61420)], [], "no-answer"), "振铃六十秒无人接听，未建立通话。"))
    out.append((rec(2, sids[4], "voice", [dict(type="started", atMs=0), dict(type="dialed", atMs=280), dict(type="ended", atMs=1900)],
                    [], "busy"), "线路忙音，呼叫未接通。"))
    ivr = MATS["brush"]["ivr"]
    out.append((rec(3, sids[7], "voice", [dict(type="started", atMs=0), dict(type="dialed", atMs=250), dict(type="ringing", atMs=1300),
                                          dict(type="answered", atMs=7300), dict(type="dtmf", atMs=20800, detail=dict(digits="9")),
                                          dict(type="queued", atMs=24100), dict(type="hangup", atMs=168000, detail=dict(by="customer")),
                                          dict(type="ended", atMs=168300)],
                    [dict(speaker="ivr", text=ivr, startMs=7800, endMs=19400, confidence=0.95),
                     dict(speaker="ivr", text="当前排队人数较多，请您耐心等待。", startMs=22200, endMs=24000, confidence=0.94)], "abandoned"),
                "语音在IVR排队时客户挂断，始终没有人工坐席接入。"))
    out.append((rec(4, sids[10], "webchat", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=2100), dict(type="queued", atMs=9800),
                                             dict(type="ended", atMs=252000)],
                    [dict(speaker="customer", text="我的打印件裂了，找人工。", startMs=8400, endMs=8400, confidence=1.0),
                     dict(speaker="system", text="当前排队第9位，请耐心等待。", startMs=9800, endMs=9800, confidence=1.0)], "abandoned"),
                "在线排队中客户离开，没有坐席接入。"))
    out.append((rec(5, sids[13], "webchat", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=1800), dict(type="ended", atMs=96000)],
                    [dict(speaker="bot", text=MATS["topup"]["bot"], startMs=2600, endMs=2600, confidence=1.0),
                     dict(speaker="customer", text="话费充了没到", startMs=15100, endMs=15100, confidence=1.0),
                     dict(speaker="bot", text=MATS["topup"]["bot_reply"], startMs=16300, endMs=16300, confidence=1.0),
                     dict(speaker="customer", text="哦那我再等等", startMs=41000, endMs=41000, confidence=1.0)], "abandoned"),
                "只和机器人对话，未转人工，没有坐席。"))
    out.append((rec(6, sids[16], "webchat", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=2500), dict(type="ended", atMs=32500)],
                    [], "failed", dict(failedBy="harness", errorCode="E_SELECTOR_TIMEOUT")),
                "测试框架找不到聊天输入框（E_SELECTOR_TIMEOUT），对话未发生。"))
    out.append((rec(7, sids[2], "webchat", [dict(type="started", atMs=0), dict(type="ended", atMs=5400)],
                    [], "failed", dict(failedBy="harness", errorCode="E_BROWSER_CRASHED")),
                "浏览器崩溃（E_BROWSER_CRASHED），联系未完成。"))
    return out


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(T, S):
    facts = S["facts"]
    L = ["id: %s" % S["sid"], "title: %s" % yq(S["title"]),
         "description: %s" % yq("独立语料 %s，领域 %s，机构 %s" % (SET, T["key"], T["org"])),
         "channel: [voice, webchat]", "target: { phone: %s }" % yq(S["phone"]), "persona: { name: %s }" % yq(S["persona"]),
         "locale: zh-CN", "steps:", "  - say: %s" % yq(S["opening"][0]),
         "  - wait: { pattern: %s, timeoutMs: 60000 }" % yq("|".join([facts[1]["expected"]] + facts[1]["variants"][:1])),
         "  - end: true", "facts:"]
    for fc in facts:
        L.append("  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }" % (
            fc["key"], yq(fc["label"]), yq(fc["expected"]), ", ".join(yq(v) for v in fc["variants"]),
            ", ".join(yq(v) for v in fc["wrong"]), ", ".join(yq(v) for v in fc["cues"])))
    L.append("requiredInfo:")
    for it in S["required"]:
        L.append("  - { key: %s, label: %s, patterns: [%s] }" % (it["key"], yq(it["label"]), yq(it["pattern"])))
    k = S["kind"]
    req = dict(verification=k != "info", reference=k != "info", empathy=k == "complaint", survey=k != "complaint")
    L.append("requires: { %s }" % ", ".join("%s: %s" % (a, "true" if b else "false") for a, b in req.items()))
    L.append("sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }" % (
        S["sla"]["firstResponseMs"], S["sla"]["responseLatencyMs"]))
    L.append("tags: [%s, %s]" % (SET, T["key"]))
    return "\n".join(L) + "\n"


def build_all():
    for tr in TRADES:
        for S in MATS[tr]["scenarios"]:
            S["sid"] = "%s-%s" % (tr, S["topic"])
    plan = make_plan(MATS)
    pool = Pool(20261207)
    contacts, labels, built = [], [], []
    for idx, c in enumerate(plan):
        b = Contact(c, pool)
        b.next_gap = None
        b.script()
        b.mark_timing()
        rec = b.realise(idx)
        L = b.labels()
        why = b.reasons(L, rec["turns"])
        contacts.append(rec)
        labels.append(dict(contactId=c["cid"], domain=c["trade"], labels=L, why=why))
        built.append(b)
    sids = [S["sid"] for tr in TRADES for S in MATS[tr]["scenarios"]]
    for rec, why in specials(sids):
        contacts.append(rec)
        labels.append(dict(contactId=rec["contactId"], domain=rec["scenarioId"].split("-")[0],
                           labels={k: "na" for k in CHECKS}, why={"special": why}))
    return contacts, labels, built, pool


def main():
    contacts, labels, built, pool = build_all()
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for r in contacts:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in labels:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for tr in TRADES:
        for S in MATS[tr]["scenarios"]:
            with open(os.path.join(OUT, "scenarios", S["sid"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write(scenario_yaml(MATS[tr], S))
    print("wrote %d contacts, %d labels, %d scenarios" % (len(contacts), len(labels), 18))


if __name__ == "__main__":
    main()
