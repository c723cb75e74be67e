# -*- coding: utf-8 -*-
"""Generator for independent-dev28b. Writes scenarios/, contacts.jsonl, labels.jsonl byte-identically."""
import json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mat_common as mc
import plan as PL

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN = "dev28b"
BASE_T = 1796601600000  # 2026-12-07 00:00 UTC-ish epoch ms base


class Usage:
    def __init__(self):
        self.n = {}


def fill(text, **kw):
    for k, v in kw.items():
        text = text.replace("{" + k + "}", str(v))
    return text


def endp(s):
    s = s.rstrip("，。？ ")
    return s + ("？" if re.search(r"(吗|呢|多少|哪天|哪里|什么|是多少|几次|几号|多久|多长|哪个车位)$", s) else "。")


class Builder:
    def __init__(self, p, rng, use):
        self.p, self.rng, self.use = p, rng, use
        self.t = p["trade"]
        self.m, self.M = mc.material(self.t)
        self.sc = self.m.SCEN[p["scenario"]]
        self.S = mc.scen_lines(self.sc)
        self.V = p["channel"] == "voice"
        self.units = []
        self.here = set()
        self.lab = {}
        self.why = {}
        self.staff = rng.choice(self.m.STAFF)
        self.staffno = str(rng.randint(1001, 9899)) if rng.random() < 0.7 else str(rng.randint(10, 99))
        self.ref = rng.choice(["GD", "SL", "FW"]) + "2612" + str(rng.randint(100000, 999999))
        self.req = self.sc["req"][0]
        self.reqv = self.genval(self.req["gen"])
        self.facts = self.sc["facts"]

    def genval(self, g):
        r = self.rng
        if g is None:
            return None
        if g == "VIN":
            return "LB" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(7)) + str(r.randint(100000, 999999))
        pre, n = g[:2], int(g[2:])
        return pre + "".join(str(r.randint(0, 9)) for _ in range(n))

    # -- picking ------------------------------------------------------------
    def pick(self, cat, scen=False, tag=None, must=True, idx=None):
        if scen:
            ents = [dict(text=x, ch="b", tag=None) for x in self.S[cat]]
            key = (self.p["scenario"], cat)
        else:
            ents = self.M[cat]
            key = (self.t, cat)
        ch = "v" if self.V else "c"
        c = [e for e in ents if e["ch"] in ("b", ch) and (tag is None or e.get("tag") == tag)]
        if idx is not None:
            c = [c[idx]]
        c = [e for e in c if self.use.n.get((key, e["text"]), 0) < 3]
        fresh = [e for e in c if e["text"] not in self.here]
        if fresh:
            c = fresh
        if not c:
            if must:
                raise RuntimeError("exhausted %s %s %s" % (key, tag, self.p["id"]))
            return None
        lo = min(self.use.n.get((key, e["text"]), 0) for e in c)
        c = [e for e in c if self.use.n.get((key, e["text"]), 0) == lo]
        e = self.rng.choice(c)
        self.use.n[(key, e["text"])] = self.use.n.get((key, e["text"]), 0) + 1
        self.here.add(e["text"])
        return e

    def L(self, cat, **kw):
        if cat in ("c_apol", "c_thanks", "look", "filler_a", "nudge", "ver_ok"):
            kw.setdefault("must", False)
        e = self.pick(cat, **kw)
        return e["text"] if e else None

    def A(self, *segs, **kw):
        segs = [s for s in segs if s]
        if not segs and not kw.get("after_hold"):
            x = self.L("help", must=False) or self.L("filler_a")
            if not x:
                return dict(sp="agent", segs=[])
            segs = [x]
        self.units.append(dict(sp="agent", segs=segs, **kw))
        return self.units[-1]

    def C(self, *segs, **kw):
        segs = [s for s in segs if s]
        if not segs:
            segs = [self.rng.choice(["好的", "行", "没有了", "嗯好"])]
        self.units.append(dict(sp="customer", segs=segs, **kw))
        return self.units[-1]
        return self.units[-1]

    def fact_line(self, fi, val):
        tpl = self.L("f1" if fi == 0 else "f2", scen=True)
        return fill(tpl, v=val)

    def rightval(self, fi):
        f = self.facts[fi]
        return self.rng.choice([f["expected"]] + f["variants"])

    def wrongval(self, fi):
        return self.rng.choice(self.facts[fi]["wrong"])

    def fail(self, check, why):
        self.lab[check] = "fail"
        self.why.setdefault(check, why)

    # -- contact structure ------------------------------------------------------
    def build(self):
        p, d, r = self.p, self.p["defects"], self.rng
        V = self.V
        kind = p["kind"]
        hn = set(p["hard_neg"])
        names = dict(name=self.staff, no=self.staffno)
        # ---------------- agent first turn
        gmode = d.get("greeting")
        idmode = d.get("agent-id")
        idpos = p["id_pos"] if not idmode else None
        idl = lambda: fill(self.L("id", must=False) or "", **names) or None
        first = []
        if gmode:
            ng = self.L("nogreet")
            first.append(ng)
            self.fail("greeting", "坐席首句「%s」没有问候语，只是应答" % ng)
        else:
            first.append(self.L("greet"))
        if idpos == 1:
            first.append(idl())
            if not first[-1]:
                idmode = "never"
        if not gmode or r.random() < 0.5:
            first.append(self.L("help", must=False))
        self.A(*first, first=True)
        if idmode:
            self.fail("agent-id", ("坐席在前两个话轮都没有报工号或姓名，首句是「%s」" if idmode == "never" else "坐席直到后面才自报身份，前两个话轮（首句「%s」）都没有工号或姓名") % first[0])
        # ---------------- opening
        opening = p["opening"]
        complaints = []  # (unit, ack?)
        emp_d = d.get("empathy")
        if kind == "complaint" and opening not in ("complaint",) and r.random() < 0.3:
            opening = "complaint"
        ri_vol = "required-info" in d and r.random() < 0.6
        volunteer = fill(self.req["answers"][self.usepick(self.req["answers"], ("ria", self.p["scenario"]))], v=self.reqv or "") if ri_vol else None
        second = []
        if gmode == "late":
            second.append(self.L("greet"))
        if idpos == 2:
            second.append(idl())
            if not second[-1]:
                self.fail("agent-id", "坐席前两个话轮都没有报工号或姓名（首句「%s」）" % first[0])
        if opening == "small":
            e = self.pick("small", must=False)
            if e:
                self.C(e["parts"][0])
                self.A(*(second + [e["parts"][1]]))
                second = []
            self.C(self.L("open", scen=True), volunteer)
        elif opening == "apology":
            self.C(self.L("c_apol"), self.L("open", scen=True), volunteer)
        elif opening == "complaint" and self.S["open_cmp"]:
            u = self.C(self.L("open_cmp", scen=True), volunteer)
            complaints.append(u)
        else:
            self.C(self.L("open", scen=True), volunteer)
        first_cmp_unacked = (complaints and emp_d == "first")
        a2 = list(second)
        if complaints and not first_cmp_unacked:
            a2.append(self.L("emp"))
        if "look" in hn and not a2:
            a2.append(self.L("look", idx=r.randint(0, 2)))
        if not complaints and kind == "complaint":
            # complaint comes after the request
            pass
        ri_asked = False
        if "required-info" not in d:
            a2.append(self.req["asks"][self.usepick(self.req["asks"], ("ri", self.p["scenario"]))])
            ri_asked = True
        else:
            self.fail("required-info", "坐席始终没有询问%s（%s）%s" % (self.req["label"], "客户自己报了" if ri_vol else "客户也未提供", ""))
            if not a2:
                a2.append(self.L("filler_a"))
        if a2:
            self.A(*a2)
        else:
            a2 = ["(无)"]
        if first_cmp_unacked:
            self.fail("empathy", "客户开口即抱怨「%s」，坐席接下来只说「%s」，没有致歉或安抚" % (complaints[0]["segs"][0], a2[-1]))
        if ri_asked:
            ans = fill(self.req["answers"][self.usepick(self.req["answers"], ("ria", self.p["scenario"]))], v=self.reqv or "")
            self.C(ans, gap="slow" if "slowcust" in hn and V else None)
        # mid complaint for complaint scenario without complaint opening
        if kind == "complaint" and not complaints:
            if self.units[-1]["sp"] == "customer":
                self.units[-1]["segs"].append(self.L("cmp", scen=True))
                u = dict(segs=[self.units[-1]["segs"][-1]])
            else:
                u = self.C(self.L("cmp", scen=True))
            complaints.append(u)
            if emp_d == "first":
                self.A(self.L("filler_a"))
                self.fail("empathy", "客户抱怨「%s」后，坐席只回「%s」之类的程序性话语，没有道歉" % (u["segs"][0], self.units[-1]["segs"][0]))
                first_cmp_unacked = True
            else:
                self.A(self.L("emp"))
        # ---------------- verification + record lookup
        vmode = d.get("verification") if kind in ("account", "complaint") else None
        need_ver = kind in ("account", "complaint")
        fd = d.get("fact")
        if fd == "never-f2" and kind == "info":
            fd = "wrong-final"
        wfact = r.choice([0, 1]) if fd in ("wrong-final", "wrong-fixed") else None
        if wfact == 1 and fd == "wrong-final" and d.get("fw-only") == "told":
            wfact = 0
        self.wfact, self.fd = wfact, fd
        holds = p["holds"]
        hd = d.get("hold")
        hold_list = []
        for hi in range(holds):
            if hd == "unannounced" and hi == 0:
                hold_list.append("unannounced")
            elif hd == "unthanked" and hi == 0:
                hold_list.append("unthanked")
            elif hd == "second-unthanked" and hi == 1:
                hold_list.append("unthanked")
            else:
                hold_list.append("ok")
        if "dead-air" in d and V and "unannounced" in hold_list:
            pass
        self.hold_list = hold_list

        def do_verify():
            ve = self.pick("ver_ask")
            self.A(ve["text"])
            va = self.pick("ver_ans", tag=ve["tag"])
            self.C(fill(va["text"], d=self.verdata(ve["tag"])))
            return ve

        def f1_val():
            if wfact == 0:
                return self.wrongval(0)
            return self.rightval(0)
        self.f1_stated = None
        if need_ver and vmode is None:
            do_verify()
        pre = [self.L("ver_ok")] if (need_ver and vmode is None and r.random() < 0.5) else []
        if vmode == "late":
            # disclosure before verification
            v0 = f1_val()
            fl = self.fact_line(0, v0)
            self.A(*(pre + [fl]))
            self.f1_stated = (fl, v0)
            self.fail("verification", "坐席先说出客户记录「%s」，之后才核验身份" % fl)
            self.C(self.L("c_thanks") or "好的")
            do_verify()
            self.A(self.L("ver_ok"))
        elif vmode == "never":
            self.fail("verification", "需要核身的业务，坐席从未核验来电人身份就透露/处理了记录")
        # hold 1 before f1 (if not yet stated)
        hi = 0
        if self.f1_stated is None:
            if hold_list:
                self.hold_block(hold_list[0], pre)
                hi = 1
                pre = []
            v0 = f1_val()
            fl = self.fact_line(0, v0)
            last = self.units[-1]
            if last["sp"] == "agent" and last.get("after_hold"):
                last["segs"].append(fl)
            else:
                self.A(*(pre + [fl]))
            self.f1_stated = (fl, v0)
            if vmode == "never":
                self.why["verification"] = "坐席未做任何身份核验就说出记录「%s」" % fl
        # wrong fixed for f1
        if wfact == 0:
            self.after_wrong(0, fd)
        # ---------------- middle blocks
        blocks = []
        if fd != "never-f2":
            blocks.append("fq")
        else:
            self.fail("fact-accuracy", "坐席全程没有告诉客户%s（应为%s）" % (self.facts[1]["label"], self.facts[1]["expected"]))
        if p["q2"] or "resolution" in d or d.get("fw-only") in ("tuiwei", "leng") or "nonans_good" in hn:
            blocks.append("q2")
        if p["side"]:
            blocks.append("side")
        pol = d.get("politeness")
        if pol:
            for _ in range(pol["n"]):
                blocks.append("rude")
        if kind == "complaint" and (r.random() < 0.5 or emp_d == "escalation"):
            blocks.append("esc")
        if hi < len(hold_list):
            blocks.append("hold2")
        for _ in range(p["pad"]):
            blocks.append("pad")
        if "c_apol" in hn:
            blocks.append("capol")
        r.shuffle(blocks)
        # fq must precede told (told appended later)
        if d.get("fw-only") == "told" and "fq" in blocks:
            blocks.append("told")
        self.rude_done = 0
        for b in blocks:
            getattr(self, "blk_" + b)()
        # ---------------- reference, thanks, closing
        if idmode == "late":
            self.A(idl(), self.L("filler_a"))
        if kind in ("account", "complaint"):
            if "record-reference" in d:
                self.fail("record-reference", "整通%s没有给出工单号/受理编号" % ("通话" if V else "会话"))
            else:
                self.A(fill(self.L("ref"), ref=self.ref))
                if r.random() < 0.5 and not p["walk"]:
                    self.C(self.L("c_thanks"))
        if p["walk"]:
            self.C(self.L("walk"), walk=True)
            self.lab["closing"] = "na"
        else:
            if not (self.units[-1]["sp"] == "customer"):
                self.C(self.L("c_thanks") or "好的，没有了")
            last = []
            sv = None
            if kind in ("account", "info") and "survey-offered" not in d:
                sv = self.L("survey")
            elif kind in ("account", "info"):
                self.fail("survey-offered", "结束前坐席没有邀请客户评价服务")
            cmode = d.get("closing")
            if cmode:
                ncl = self.M["noclose"][0]["text"] if cmode == "question" else self.M["noclose"][r.choice([1, 2])]["text"]
                key = ((self.t, "noclose"), ncl)
                if self.use.n.get(key, 0) >= 3:
                    ncl = self.L("noclose")
                else:
                    self.use.n[key] = self.use.n.get(key, 0) + 1
                last = ([sv] if sv else []) + [ncl]
                self.fail("closing", "坐席最后一句是「%s」，没有致谢或道别" % ncl)
            else:
                cl = self.L("close")
                last = ([cl, sv] if (sv and r.random() < 0.5) else ([sv, cl] if sv else [cl]))
            self.A(*last, final=True)
        return self

    def usepick(self, lst, key):
        c = [i for i in range(len(lst)) if self.use.n.get((key, lst[i]), 0) < 3] or list(range(len(lst)))
        lo = min(self.use.n.get((key, lst[i]), 0) for i in c)
        i = self.rng.choice([i for i in c if self.use.n.get((key, lst[i]), 0) == lo])
        self.use.n[(key, lst[i])] = self.use.n.get((key, lst[i]), 0) + 1
        return i

    def verdata(self, tag):
        r = self.rng
        if tag == "tail":
            return "".join(str(r.randint(0, 9)) for _ in range(4))
        if tag == "idno":
            return "".join(str(r.randint(0, 9)) for _ in range(5)) + r.choice("0123456789X")
        if tag == "birth":
            return "%d年%d月%d号" % (r.randint(1956, 2001), r.randint(1, 12), r.randint(1, 28))
        return "".join(str(r.randint(0, 9)) for _ in range(6))

    def hold_block(self, mode, pre=()):
        V, r = self.V, self.rng
        self.holds_done = getattr(self, "holds_done", 0) + 1
        if mode == "unannounced":
            self.A(*(list(pre) + [self.L("filler_a")]))
            u = self.A(gap=("hold", r.randint(16000, 28000) if V else r.randint(32000, 55000)), after_hold=True)
            u["segs"] = []
            if r.random() < 0.4:
                u["segs"].append(self.L("hold_thx"))
            self.fail("hold-etiquette", "坐席在「%s」之后没有请客户稍等就静默了%s" % (self.units[-2]["segs"][-1], "十几秒以上" if V else "半分钟以上"))
            self.fail("dead-air", "「%s」之后出现未告知的长时间静默" % self.units[-2]["segs"][-1])
            return
        ha = self.L("hold_ask")
        self.A(*(list(pre) + [ha]))
        if r.random() < 0.4:
            self.C(self.L("c_thanks") if False else "好的")
        ev = V and r.random() < 0.5
        u = self.A(gap=("hold", r.randint(18000, 50000) if V else r.randint(35000, 80000)), after_hold=True, holdev=ev)
        u["segs"] = []
        if mode == "ok":
            u["segs"].append(self.L("hold_thx"))
        else:
            self.fail("hold-etiquette", "坐席说了「%s」后让客户等待，回来后没有感谢客户等候" % ha)

    def after_wrong(self, fi, fd):
        f = self.facts[fi]
        if fd == "wrong-final":
            self.fail("fact-accuracy", "%s说成了错误值（正确为%s），之后未更正" % (f["label"], f["expected"]))
            self.fail("no-misinformation", "%s被说成错误值，与正确的%s不符" % (f["label"], f["expected"]))
        else:
            self.fail("no-misinformation", "%s先被说错（正确为%s），虽然后来更正" % (f["label"], f["expected"]))
            self.C(self.pick_cust_neutral())
            self.A(self.L("fix"), self.fact_line(fi, self.rightval(fi)))

    def pick_cust_neutral(self):
        e = self.pick("c_thanks", must=False)
        return e["text"] if e else "好的"

    # ---- blocks
    def blk_fq(self):
        q = self.pick("fq", scen=True, must=False)
        if q:
            self.C(q["text"])
        if self.wfact == 1:
            self.A(self.fact_line(1, self.wrongval(1)))
            self.after_wrong(1, self.fd)
        else:
            self.A(self.fact_line(1, self.rightval(1)))

    def blk_told(self):
        q = self.pick("fq", scen=True, must=False)
        if not q:
            return
        self.C(q["text"])
        tl = fill(self.L("told"), v=self.rightval(1))
        self.A(tl)
        self.fail("forbidden-words", "客户再问一遍时坐席说「%s」，带有“我刚才说过了”的忌语" % tl)

    def blk_q2(self):
        d, r, hn = self.p["defects"], self.rng, set(self.p["hard_neg"])
        e = self.pick("q2", must=False)
        if not e:
            return
        q, ans = e["parts"][1], e["parts"][2]
        self.C(q)
        fwo = d.get("fw-only")
        na = self.L("nonans", must=False) if ("resolution" in d and not getattr(self, "_res_done", False)) else None
        if na:
            self._res_done = True
            self.A(na)
            self.fail("resolution", "客户问「%s」，坐席只答「%s」，之后也没有补上答案" % (q, na))
            return
        if fwo in ("tuiwei", "leng") and not getattr(self, "_fwo_done", False):
            self._fwo_done = True
            bad = self.L(fwo)
            self.A(bad)
            self.fail("forbidden-words", "对客户的问题「%s」坐席回「%s」，属于%s" % (q, bad, "推诿" if fwo == "tuiwei" else "冷漠敷衍"))
            self.C(self.L("press", must=False) or "那到底行不行呢")
            self.A(ans)
            return
        if "nonans_good" in hn:
            self.A(self.L("nonans"))
            self.C(self.L("press", must=False) or "你再想想呢")
            self.A(ans)
            return
        self.A(ans)

    def blk_side(self):
        e = self.pick("side", must=False)
        if not e:
            return
        self.C(self.rng.choice(mc.CONNECTORS) + e["parts"][0])
        self.A(e["parts"][1] if self.rng.random() < 0.6 else e["parts"][2])

    def blk_pad(self):
        e = self.pick("small", must=False)
        if not e:
            return
        self.C(e["parts"][0])
        self.A(e["parts"][1])

    def blk_capol(self):
        x = self.L("c_apol")
        if not x:
            return
        self.C(x)
        self.A(self.L("filler_a"))

    def blk_hold2(self):
        mode = self.hold_list[1] if len(self.hold_list) > 1 else self.hold_list[0]
        e = None if self.p["defects"].get("resolution") else self.pick("q2", must=False)
        if e:
            self.C(e["parts"][1])
        else:
            pr = self.pick("press", must=False)
            if not pr:
                return
            self.C(pr["text"])
        self.hold_block(mode)
        if e:
            self.units[-1]["segs"].append(e["parts"][2])
        else:
            fv = self.f1_stated[1] if self.f1_stated else self.rightval(0)
            self.units[-1]["segs"].append(self.fact_line(0, fv))

    def blk_esc(self):
        x = self.pick("esc", scen=True, must=False)
        if not x:
            return
        u = self.C(x["text"])
        if self.p["defects"].get("empathy") == "escalation" and not getattr(self, "_esc_bad", False):
            self._esc_bad = True
            f = self.L("filler_a")
            self.A(f)
            self.fail("empathy", "客户升级投诉「%s」，坐席只回「%s」，没有针对这次不满致歉" % (u["segs"][0], f))
        else:
            self.A(self.L("emp"))

    def blk_rude(self):
        d, r = self.p["defects"], self.rng
        pol = d["politeness"]
        emp_d = d.get("empathy")
        kinds = ["hurry", "shut"]
        ents = [e for e in self.M["rude"] if e["tag"] in kinds]
        ents = [e for e in ents if self.use.n.get(((self.t, "rude"), e["text"]), 0) < 3 and e["text"] not in self.here]
        if not ents:
            ents = [e for e in self.M["rude"] if self.use.n.get(((self.t, "rude"), e["text"]), 0) < 3 and e["tag"] in ("dunno", "sarcasm")]
        e = r.choice(ents)
        self.here.add(e["text"])
        self.use.n[((self.t, "rude"), e["text"])] = self.use.n.get(((self.t, "rude"), e["text"]), 0) + 1
        sm = self.pick("small", must=False) if self.rng.random() < 0.4 else None
        self.C(sm["parts"][0] if sm else (self.L("ramble", must=False) or self.L("c_apol")))
        self.A(e["text"], self.L("filler_a") if r.random() < 0.5 else None)
        self.fail("politeness", "坐席说「%s」，语气不耐烦、不礼貌" % e["text"])
        self.fail("forbidden-words", "「%s」属于服务忌语" % e["text"])
        self.rude_done += 1
        if pol["protest"] and self.rude_done == 1:
            pr = self.L("protest")
            self.C(pr)
            if emp_d == "protest":
                f = self.L("filler_a")
                self.A(f)
                self.fail("empathy", "客户抗议「%s」，坐席没有道歉，只说「%s」" % (pr, f))
            else:
                self.A(self.L("emp_rude"))

    # ---- realisation ------------------------------------------------------------
    def realise(self, startedAt):
        p, r, V = self.p, self.rng, self.V
        d = p["defects"]
        sla_first, sla_lat = self.sc["sla"]
        events = [dict(type="started", atMs=0)]
        turns = []
        t = 0
        if V:
            t += r.randint(150, 400); events.append(dict(type="dialed", atMs=t))
            t += r.randint(900, 2000); events.append(dict(type="ringing", atMs=t))
            t += r.randint(4000, 12000); events.append(dict(type="answered", atMs=t))
            if p["ivr"]:
                txt = "您好，欢迎致电%s。查询办理请按1，人工服务请按0。" % self.m.ORG
                dur = int(mc.count_chars(txt) / 250 * 60000)
                turns.append(dict(speaker="ivr", text=txt, startMs=t + 300, endMs=t + 300 + dur, confidence=0.97))
                t = t + 300 + dur + r.randint(1000, 2500)
                events.append(dict(type="dtmf", atMs=t, detail=dict(digits="0")))
                t += 400; events.append(dict(type="queued", atMs=t))
                t += r.randint(4000, 30000)
            else:
                t += r.randint(300, 900)
            events.append(dict(type="agent-joined", atMs=t))
        else:
            t += r.randint(800, 2500); events.append(dict(type="page-loaded", atMs=t))
            if p["bot"]:
                t += 600
                turns.append(dict(speaker="bot", text="您好，我是%s智能助手，请问有什么可以帮您？" % self.m.SHORT, startMs=t, endMs=t, confidence=1.0))
                t += r.randint(4000, 9000)
                turns.append(dict(speaker="customer", text=r.choice(["转人工", "人工"]), startMs=t, endMs=t, confidence=1.0))
                t += 1200
                turns.append(dict(speaker="bot", text="正在为您转接人工客服，请稍候。", startMs=t, endMs=t, confidence=1.0))
                t += 300; events.append(dict(type="queued", atMs=t))
                t += r.randint(6000, 40000)
            elif r.random() < 0.5:
                t += 500; events.append(dict(type="queued", atMs=t))
                t += r.randint(3000, 20000)
            events.append(dict(type="agent-joined", atMs=t))
            if p["bot"]:
                turns.append(dict(speaker="system", text="人工客服已接入", startMs=t + 200, endMs=t + 200, confidence=1.0))
        joined = t
        self.joined = joined
        # rates
        sr = d.get("speech-rate")
        arate = r.randint(95, 112) if sr == "slow" else (r.randint(316, 345) if sr == "fast" else r.randint(178, 248))
        crate = r.randint(200, 290)
        noisy = p["noisy"]
        homo_all = noisy and r.random() < 0.4
        conf = (lambda: round(r.uniform(0.60, 0.93), 2)) if noisy else (lambda: round(r.uniform(0.90, 0.99), 2))
        # pick latency / interruption / dead-air units
        ag_idx = [i for i, u in enumerate(self.units) if u["sp"] == "agent"]
        reply_idx = [i for i in ag_idx if i > 0 and self.units[i - 1]["sp"] == "customer" and not self.units[i].get("gap") and not self.units[i].get("final")]
        lat_units, int_units, dead_units, nudge_units, slow_units, short_units = set(), set(), set(), set(), set(), set()
        if "response-latency" in d and reply_idx:
            lat_units.add(r.choice(reply_idx))
            if d["response-latency"] == "nudge":
                nudge_units |= lat_units
        if "interruption" in d:
            cands = [i for i in reply_idx if mc.count_chars("".join(self.units[i - 1]["segs"])) >= 10]
            if not cands:
                cands = reply_idx
            r.shuffle(cands)
            int_units |= set(cands[:d["interruption"]])
        if "dead-air" in d and V:
            cands = [i for i in reply_idx if i not in int_units and not any("hold_ask" == 0 for _ in [0])]
            cands = [i for i in cands if not self.prev_agent_has(i, "hold_ask")]
            if cands:
                dead_units.add(r.choice(cands))
        hn = set(p["hard_neg"])
        if "nudge" in hn and not V and reply_idx:
            c = [i for i in reply_idx if i not in lat_units]
            if c:
                nudge_units.add(r.choice(c))
        if "short_pause" in hn and reply_idx:
            c = [i for i in reply_idx if i not in lat_units | int_units | dead_units | nudge_units]
            if c:
                short_units.add(r.choice(c))
        self.dead_units, self.int_units, self.lat_units = dead_units, int_units, lat_units
        prev_end = joined
        prev_sp = None
        prev_cust = None
        self.first_text = None
        for i, u in enumerate(self.units):
            segs = u["segs"]
            if i in short_units:
                # announced short pause: add the hold request to the previous agent turn? keep: this agent turn announces first
                pass
            text_parts = [endp(s) for s in segs]
            gap = None
            g = u.get("gap")
            if i == 0:
                if "first-response" in d and not V:
                    gap = sla_first + r.randint(1000, 4500)
                    self.fail("first-response", "坐席接入后约%.1f秒才发出第一条消息，超过%d秒的首响要求" % (gap / 1000, sla_first // 1000))
                else:
                    gap = r.randint(900, 4200) if V else r.randint(2000, 5000)
            elif g and g[0] == "hold":
                gap = g[1]
            elif u["sp"] == "agent":
                if i in lat_units:
                    gap = min(sla_lat + r.randint(2000, 9000), 29000)
                    self.fail("response-latency", "客户发出「%s」后，坐席过了约%d秒才回复（要求%d秒内）" % (self.units[i - 1]["segs"][-1], gap // 1000, sla_lat // 1000))
                elif i in dead_units:
                    gap = r.randint(8500, 11500)
                    self.fail("dead-air", "客户说完「%s」后，坐席未作任何说明沉默了约%d秒" % (self.units[i - 1]["segs"][-1], gap // 1000))
                elif i in short_units:
                    gap = r.randint(2500, 6000) if V else r.randint(8000, 11000)
                else:
                    gap = r.randint(250, 1300) if V else r.randint(3000, 9000)
            else:
                if V:
                    gap = r.randint(9000, 12000) if u.get("gap") == "slow" else r.randint(300, 1400)
                else:
                    gap = r.randint(4000, 12000) + 120 * mc.count_chars("".join(segs))
            if not segs:
                print(self.units); raise RuntimeError("empty unit %s %d" % (p["id"], i))
            start = prev_end + gap
            if V:
                if i in int_units and prev_sp == "customer":
                    start = prev_end - r.randint(900, 2000)
                    start = max(start, prev_cust["startMs"] + 400)
                    self.fail("interruption", "客户还没说完，坐席就抢话「%s」" % segs[0])
                text = "".join(text_parts)
                if noisy:
                    text = self.noise(text, homo_all or u["sp"] == "customer")
                rate = arate if u["sp"] == "agent" else crate
                dur = int(mc.count_chars(text) / rate * 60000) + 1
                tr = dict(speaker=u["sp"], text=text, startMs=start, endMs=start + dur, confidence=conf())
                turns.append(tr)
                if u.get("holdev"):
                    hs = prev_end + r.randint(400, 900)
                    events.append(dict(type="hold-start", atMs=hs))
                    events.append(dict(type="hold-end", atMs=start - r.randint(300, 800)))
                # backchannel over long customer turns
                if u["sp"] == "customer" and dur > 2600 and r.random() < 0.35:
                    bs = start + int(dur * 0.4)
                    turns.append(dict(speaker="agent", text=r.choice(["嗯", "对", "好的", "嗯嗯"]), startMs=bs, endMs=bs + 450, confidence=conf()))
                prev_end = max(prev_end, start + dur)
                if u["sp"] == "customer":
                    prev_cust = tr
            else:
                if i in nudge_units and u["sp"] == "agent":
                    ns = prev_end + int((start - prev_end) * r.uniform(0.45, 0.6))
                    if i not in lat_units:
                        start = prev_end + sla_lat - r.randint(1500, 3000)
                        ns = prev_end + int((start - prev_end) * 0.55)
                    nt = self.L("nudge")
                    if nt:
                        turns.append(dict(speaker="customer", text=nt, startMs=ns, endMs=ns, confidence=1.0))
                bubbles = text_parts
                if p["bubbles"] and len(text_parts) >= 2 and r.random() < 0.6:
                    pass
                else:
                    bubbles = ["".join(text_parts)]
                st = start
                for bi, b in enumerate(bubbles):
                    turns.append(dict(speaker=u["sp"], text=b, startMs=st, endMs=st, confidence=1.0))
                    prev_end = st
                    st += r.randint(1000, 2200)
                text = "".join(text_parts)
            prev_sp = u["sp"]
            if i == 0:
                self.first_text = text
        # end
        t = prev_end + r.randint(500, 1500)
        if V:
            events.append(dict(type="hangup", atMs=t, detail=dict(by="customer" if self.units[-1]["sp"] == "customer" else r.choice(["agent", "customer"]))))
            t += r.randint(200, 600)
        else:
            t += r.randint(2000, 8000)
        events.append(dict(type="ended", atMs=t))
        events.sort(key=lambda e: e["atMs"])
        turns.sort(key=lambda x: (x["startMs"], 0 if x["speaker"] != "agent" else 1))
        c = dict(schemaVersion=1, contactId=p["id"], scenarioId=p["scenario"], runId=RUN, channel=p["channel"],
                 startedAt=startedAt, durationMs=t, events=events, turns=turns, outcome="completed",
                 transcriptSource="deepgram" if V else "chat-dom")
        if sr:
            self.fail("speech-rate", "坐席语速约每分钟%d字，%s" % (arate, "明显过慢（低于120）" if sr == "slow" else "明显过快（高于300）"))
        return c

    def prev_agent_has(self, i, cat):
        for j in range(i - 1, -1, -1):
            if self.units[j]["sp"] == "agent":
                txt = "".join(self.units[j]["segs"])
                return any(e["text"] in txt for e in self.M[cat])
        return False

    def noise(self, text, homo):
        r = self.rng
        out = []
        for ch in text:
            if ch in "，。？":
                out.append(" " if r.random() < 0.5 else "")
                if r.random() < 0.25:
                    out.append(r.choice(mc.FILLERS))
                continue
            if ch.isdigit():
                out.append(mc.DIGIT_WORDS[ch]); continue
            out.append(ch)
        s = "".join(out).strip()
        if r.random() < 0.3:
            s = r.choice(mc.FILLERS) + " " + s
        if homo:
            for a, b in mc.NOISE_PAIRS:
                if a in s and r.random() < 0.5:
                    s = s.replace(a, b, 1)
        return s

    def labels(self):
        p, kind = self.p, self.p["kind"]
        V = self.V
        L = {}
        for c in PL.CHECKS:
            L[c] = self.lab.get(c, "pass")
        if kind == "info":
            L["verification"] = "na"; L["record-reference"] = "na"
        if kind == "complaint":
            L["survey-offered"] = "na"
        if not V:
            L["interruption"] = "na"; L["speech-rate"] = "na"
        if not getattr(self, "holds_done", 0) and "hold-etiquette" not in self.lab:
            L["hold-etiquette"] = "na"
        has_cmp = kind == "complaint" or (self.p["defects"].get("politeness") or {}).get("protest")
        if not has_cmp and "empathy" not in self.lab:
            L["empathy"] = "na"
        return L


def scenario_yaml(t, sid, sc, m):
    f = sc["facts"]
    req = sc["req"]
    def q(s):
        return json.dumps(s, ensure_ascii=False)
    lines = ["id: %s" % sid, "title: %s" % q(sc["title"]),
             "description: %s" % q("独立语料 independent-dev28b，领域 %s，机构 %s" % (mc.TRADE_CN[t], m.ORG)),
             "channel: [voice, webchat]", "target: { phone: %s }" % q(sc["phone"]), "persona: { name: %s }" % q(sc["persona"]),
             "locale: zh-CN", "steps:", "  - say: %s" % q(mc.split_lines(sc["open"])[0][1]),
             "  - wait: { pattern: %s, timeoutMs: 60000 }" % q(sc["wait"]), "  - end: true", "facts:"]
    for x in f:
        lines.append("  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }" % (
            x["key"], q(x["label"]), q(x["expected"]), ", ".join(q(v) for v in x["variants"]),
            ", ".join(q(v) for v in x["wrong"]), ", ".join(q(v) for v in x["cues"])))
    lines.append("requiredInfo:")
    for x in req:
        lines.append("  - { key: %s, label: %s, patterns: [%s] }" % (x["key"], q(x["label"]), ", ".join(q(v) for v in x["patterns"])))
    k = sc["kind"]
    rq = dict(account=(1, 1, 0, 1), complaint=(1, 1, 1, 0), info=(0, 0, 0, 1))[k]
    b = lambda v: "true" if v else "false"
    lines.append("requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(b(v) for v in rq))
    lines.append("sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }" % sc["sla"])
    lines.append("tags: [independent-dev28b, %s]" % t)
    return "\n".join(lines) + "\n"


def build_curt(p, rng, use, script):
    """Scripted curt agent: lines come from the trade file's CURT block."""
    b = Builder(p, rng, use)
    ch, sid, lines = script
    for sp, cat, text in lines:
        fi = {"f1": 0, "f2": 1}.get(cat)
        val = b.rightval(fi) if fi is not None else ""
        tx = fill(text, v=val if fi is not None else (b.reqv or ""), d=b.verdata("tail"), ref=b.ref)
        u = dict(sp="agent" if sp == "A" else "customer", segs=[tx], cat=cat)
        b.units.append(u)
    b.hold_list = []
    b.curt_script = lines
    return b


def curt_why(b, lab):
    ag = [u["segs"][0] for u in b.units if u["sp"] == "agent"]
    w = {}
    R = {
        "greeting": "坐席开口就是「%s」，没有任何问候" % ag[0],
        "agent-id": "这位坐席从头到尾没有报工号或名字，前两句只是「%s」「%s」" % (ag[0], ag[1]),
        "closing": "坐席收尾只丢下一句「%s」，没有道谢也没有道别" % ag[-1],
        "politeness": "坐席整通都是命令口吻、一次“您”都没用过：「%s」「%s」「%s」" % (ag[1], ag[2], ag[-1]),
        "forbidden-words": "全程生硬冷淡的服务用语（如「%s」「%s」）属于服务忌语" % (ag[0], ag[-2]),
        "survey-offered": "结束前没有邀请客户评价，最后一句是「%s」" % ag[-1],
        "required-info": "坐席没有按要求询问%s" % b.req["label"],
        "verification": "坐席未核验身份就告知记录",
    }
    for k, v in lab.items():
        if v == "fail":
            w[k] = R.get(k, "rule: " + k)
    return w


def specials(rng, base):
    sp = []
    mk = lambda i, sid, ch, outcome, ev, turns, extra=None: dict(dict(schemaVersion=1, contactId="h21b-x%02d" % i, scenarioId=sid, runId=RUN,
             channel=ch, startedAt=base + i * 3600000, durationMs=ev[-1]["atMs"], events=ev, turns=turns, outcome=outcome,
             transcriptSource="deepgram" if ch == "voice" else "chat-dom"), **(extra or {}))
    sp.append((mk(1, "rehab-package", "voice", "no-answer", [dict(type="started", atMs=0), dict(type="dialed", atMs=300), dict(type="ringing", atMs=1400), dict(type="ended", atMs=61400)], []),
               "无人接听：振铃60秒后结束，没有任何对话"))
    sp.append((mk(2, "aircon-relocation", "voice", "busy", [dict(type="started", atMs=0), dict(type="dialed", atMs=250), dict(type="ended", atMs=2100)], []),
               "忙线：拨号后即返回忙音，未接通"))
    sp.append((mk(3, "climb-course", "voice", "abandoned", [dict(type="started", atMs=0), dict(type="dialed", atMs=280), dict(type="ringing", atMs=1500), dict(type="answered", atMs=7200),
               dict(type="dtmf", atMs=16800, detail=dict(digits="0")), dict(type="queued", atMs=17200), dict(type="hangup", atMs=95200, detail=dict(by="customer")), dict(type="ended", atMs=95500)],
               [dict(speaker="ivr", text="您好，欢迎致电岩点攀岩馆。查询办理请按1，人工服务请按0。", startMs=7500, endMs=14900, confidence=0.97),
                dict(speaker="ivr", text="现在坐席忙，请您耐心等待。", startMs=17500, endMs=20300, confidence=0.97)]),
               "语音在IVR排队中客户放弃，坐席从未接入"))
    sp.append((mk(4, "leather-price", "webchat", "abandoned", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=1300), dict(type="queued", atMs=1900), dict(type="ended", atMs=184000)],
               [dict(speaker="system", text="当前排队人数较多，您前面还有6位", startMs=2000, endMs=2000, confidence=1.0)]),
               "在线排队中放弃，未分配坐席"))
    sp.append((mk(5, "gene-kit", "webchat", "abandoned", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=1100), dict(type="ended", atMs=96000)],
               [dict(speaker="bot", text="您好，我是知源基因智能助手，请问有什么可以帮您？", startMs=1700, endMs=1700, confidence=1.0),
                dict(speaker="customer", text="采样盒怎么用", startMs=9800, endMs=9800, confidence=1.0),
                dict(speaker="bot", text="您可以查看说明书第二页的采样步骤，还有其他问题吗？", startMs=11000, endMs=11000, confidence=1.0),
                dict(speaker="customer", text="好吧", startMs=30500, endMs=30500, confidence=1.0)]),
               "只与机器人对话，没有人工坐席接入"))
    sp.append((mk(6, "ev-cable", "webchat", "failed", [dict(type="started", atMs=0), dict(type="ended", atMs=30000)], [], dict(failedBy="harness", errorCode="E_SELECTOR_TIMEOUT")),
               "测试框架故障 E_SELECTOR_TIMEOUT，页面元素未出现，无对话"))
    sp.append((mk(7, "rehab-assess", "webchat", "failed", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=1500), dict(type="ended", atMs=4200)], [], dict(failedBy="harness", errorCode="E_BROWSER_CRASHED")),
               "测试框架故障 E_BROWSER_CRASHED，浏览器崩溃，无对话"))
    return sp


def main():
    contacts, _ = PL.make_plan()
    rng = random.Random(PL.SEED + 7)
    use = Usage()
    outc, outl = [], []
    base = BASE_T
    nodur = set()
    builders = []
    for k, p in enumerate(contacts):
        if p["curt"]:
            b = build_curt(p, rng, use, p["curt"])
        else:
            b = Builder(p, rng, use).build()
        c = b.realise(base + k * 1800000 + rng.randint(0, 900000))
        builders.append((b, c))
    # four contacts without durationMs, one with an unknown event type
    idxs = sorted(random.Random(PL.SEED + 11).sample(range(len(builders)), 5))
    for j in idxs[:4]:
        builders[j][1].pop("durationMs")
    c5 = builders[idxs[4]][1]
    c5["events"].insert(len(c5["events"]) - 1, dict(type="transfer", atMs=c5["events"][-1]["atMs"] - 100, detail=dict(to="survey-ivr", note="post-call")))
    import validate as VA
    seen_reasons = set()
    for b, c in builders:
        if b.p["curt"]:
            lab, why = VA.derive_labels(c)  # scripted contacts: labels computed by rule, hand-checked (README)
            why = curt_why(b, lab)
        else:
            lab = b.labels()
            why = {k: v for k, v in b.why.items() if lab.get(k) == "fail"}
        cust = [u for u in b.units if u["sp"] == "customer"]
        op = cust[0]["segs"][-1] if cust else ""
        for k in list(why):
            if why[k] in seen_reasons:
                why[k] = why[k] + "（本通客户来意：「%s」）" % op
            if why[k] in seen_reasons:
                why[k] = why[k] + "［%s］" % c["contactId"][5:]
            seen_reasons.add(why[k])
        outc.append(c)
        outl.append(dict(contactId=c["contactId"], domain=b.t, labels=lab, why=why))
    for c, reason in specials(rng, base - 86400000):
        outc.append(c)
        outl.append(dict(contactId=c["contactId"], domain="special", labels={k: "na" for k in PL.CHECKS}, why=dict(special=reason)))
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as f:
        for c in outc:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in outl:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for t in mc.TRADES:
        m = mc.load(t)
        for sid, sc in m.SCEN.items():
            with open(os.path.join(OUT, "scenarios", sid + ".yaml"), "w", encoding="utf-8") as f:
                f.write(scenario_yaml(t, sid, sc, m))
    print("wrote %d contacts" % len(outc))


if __name__ == "__main__":
    main()
