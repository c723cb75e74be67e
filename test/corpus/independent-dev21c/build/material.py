# -*- coding: utf-8 -*-
"""Shared helpers: the material registry, ASR rendering, normalisation, placeholder patterns.
Imported by gen.py (to write) and validate.py (to read back). Python 3.11 standard library only."""
import hashlib
import random
import re

import mat_common as M
import mat_cjl, mat_pm, mat_dz, mat_dn, mat_zf, mat_gx

DOMAINS = [mat_cjl.D, mat_pm.D, mat_dz.D, mat_dn.D, mat_zf.D, mat_gx.D]
DOM = {d["key"]: d for d in DOMAINS}

AGENT_NAMES = ["小周", "王磊", "李婷", "小陈", "刘洋", "小赵", "孙悦", "小吴", "郑凯", "小林", "何静", "小许", "高远",
               "小唐", "冯雪", "小宋", "马丽", "小韩", "罗斌", "小叶", "Lily", "Kevin"]
FILLERS = ["呃", "那个", "嗯", "就是"]
HOMO = [("工号", "公号"), ("再见", "在见"), ("评价", "平价"), ("稍等", "少等"), ("抱歉", "报歉"), ("工单", "公单"),
        ("身份证", "身份正"), ("验证码", "验证马"), ("退还", "推还"), ("补贴", "补帖"), ("押金", "压金"),
        ("植发", "直发"), ("拍卖", "拍买"), ("满意", "蛮意"), ("受理", "授理"), ("核对", "合对")]
PUNCT = "，。？！、：；,.?!:;…～~“”\"'‘’（）()·—"
DIG = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
SPOKEN_DIGITS = "零洞幺一二三四五六七八九两"

# placeholder -> regex over normalised text (lower-case)
def ph_regex(name, scen=None):
    if name == "org":
        return "(?:" + "|".join(re.escape(d["org"]) for d in DOMAINS) + ")"
    if name == "name":
        return "(?:" + "|".join(re.escape(n.lower()) for n in AGENT_NAMES) + ")"
    if name == "num":
        return "[0-9" + SPOKEN_DIGITS + "]{3,5}"
    if name == "ref":
        return "[0-9a-z" + SPOKEN_DIGITS + "]{6,20}"
    if name == "cust":
        return "[0-9a-z" + SPOKEN_DIGITS + "]{4,12}"
    if name == "tail":
        return "[0-9" + SPOKEN_DIGITS + "]{4}"
    if name == "v":
        return None  # filled per fact
    raise KeyError(name)


def strip_tag(t):
    return t[2:] if t[:2] in ("V|", "C|") else t


def chan_ok(t, ch):
    if t.startswith("V|"):
        return ch == "voice"
    if t.startswith("C|"):
        return ch == "webchat"
    return True


def normalize(s):
    return "".join(c for c in s if not c.isspace() and c not in PUNCT).lower()


def _rng_for(text):
    return random.Random(int(hashlib.md5(text.encode("utf-8")).hexdigest()[:12], 16))


def asr(t):
    """Deterministic speech-recognition look of one template line (placeholders kept)."""
    t = strip_tag(t)
    r = _rng_for(t)
    parts = re.split("([，。？！、：；…])", t)
    out = []
    for p in parts:
        if not p or p in "，。？！、：；…":
            continue
        if r.random() < 0.3 and not p.startswith("{") and not p.startswith(tuple(FILLERS)):
            p = r.choice(FILLERS) + " " + p
        out.append(p)
    s = (" " if r.random() < 0.6 else "").join(out) if len(out) > 1 else (out[0] if out else "")
    if r.random() < 0.6:
        cands = [(a, b) for a, b in HOMO if a in s]
        if cands:
            a, b = r.choice(cands)
            s = s.replace(a, b, 1)
    s = s.replace("……", " ").replace("—", " ")
    return s.strip()


def spoken_code(code, r):
    out = []
    for c in code:
        if c in DIG:
            d = DIG[c]
            if c == "0" and r.random() < 0.3:
                d = "洞"
            if c == "1" and r.random() < 0.3:
                d = "一"
            out.append(d)
        else:
            out.append(c)
    return "".join(out)


def has_digit(s):
    return any(c.isdigit() for c in s)


def registry():
    """All material lines: list of dicts {cat, spk, scope, text, ...}. scope: None (all), 'd:<key>' or 's:<scenarioId>'."""
    R = []

    def add(cat, spk, lines, scope=None, **kw):
        for i, t in enumerate(lines):
            R.append(dict(cat=cat, spk=spk, scope=scope, text=t, idx=i, **kw))

    add("greet", "agent", M.GREET)
    add("nogreet", "agent", M.NOGREET)
    add("nogreet_id", "agent", M.NOGREET_ID)
    add("self_id", "agent", M.SELF_ID)
    add("fake_id", "agent", M.FAKE_ID)
    add("offer", "agent", M.OFFER)
    add("hold_ann", "agent", M.HOLD_ANN)
    add("hold_thx", "agent", M.HOLD_THX)
    add("close", "agent", M.CLOSE)
    add("wrapq", "agent", M.WRAPQ)
    add("survey", "agent", M.SURVEY)
    add("survey_fake", "agent", M.SURVEY_FAKE)
    add("ref", "agent", M.REF)
    add("ref_fake", "agent", M.REF_FAKE)
    add("emp", "agent", M.EMP)
    add("calm", "agent", M.CALM)
    add("nonans", "agent", M.NONANS)
    add("polite", "agent", M.POLITE_LOOK)
    for cat, lines in M.JY.items():
        add("jy:" + cat, "agent", lines)
    add("ack", "agent", M.ACK)
    add("bc", "agent", M.BACKCH)
    add("correct", "agent", M.CORRECT)
    add("aside", "agent", M.ASIDE)
    add("verified", "agent", M.VERIFIED)
    add("late_tail", "agent", M.LATE_TAIL)
    add("promise", "agent", M.PROMISE)
    add("c_ok", "customer", M.C_OK)
    add("c_hold_ok", "customer", M.C_HOLD_OK)
    add("c_bye", "customer", M.C_BYE)
    add("c_nomore", "customer", M.C_NOMORE)
    add("c_walk", "customer", M.C_WALK)
    add("c_sorry", "customer", M.C_SORRY)
    add("c_press", "customer", M.C_PRESS)
    add("c_repeat", "customer", M.C_REPEAT)
    add("c_nudge", "customer", M.C_NUDGE)
    add("c_ramble", "customer", M.C_RAMBLE)
    add("c_admit", "customer", M.C_ADMIT)
    add("c_hesit", "customer", M.C_HESIT)
    add("c_rush", "customer", M.C_RUSH)
    add("c_mull", "customer", M.C_MULL)
    add("c_giveup", "customer", M.C_GIVEUP)
    for d in DOMAINS:
        sc = "d:" + d["key"]
        add("info_ask", "agent", d["info"]["ask"], sc)
        add("info_give", "customer", d["info"]["give"], sc)
        add("info_vol", "customer", d["info"]["vol"], sc)
        add("verify_ask", "agent", [a for a, _ in d["verify"]], sc)
        add("verify_give", "customer", [g for _, g in d["verify"]], sc)
        for line, scns in d["emp"]:
            R.append(dict(cat="emp", spk="agent", scope=sc, text=line, idx=0, scns=scns))
        for cat, line, scns in d["jy"]:
            R.append(dict(cat="jy:" + cat, spk="agent", scope=sc, text=line, idx=0, scns=scns))
        add("escal", "customer", d["escal"], sc)
        for s in d["scen"]:
            ss = "s:" + s["id"]
            add("req", "customer", s["req"], ss)
            add("comp", "customer", s["comp"], ss)
            add("disc", "agent", s["disc"], ss)
            add("f1", "agent", s["f1"]["lines"], ss)
            add("f2", "agent", s["f2"]["lines"], ss)
            add("q2q", "customer", [q for q, _ in s["q2"]], ss)
            add("q2a", "agent", [a for _, a in s["q2"]], ss)
            add("side_q", "customer", [q for q, _ in s["side"]], ss)
            add("side_a", "agent", [a for _, a in s["side"]], ss)
    return R


DECISIVE = {"greet", "nogreet", "nogreet_id", "self_id", "fake_id", "hold_ann", "hold_thx", "close", "wrapq", "survey",
            "survey_fake", "ref", "ref_fake", "emp", "calm", "nonans", "polite", "verify_ask", "info_ask", "correct",
            "verified"} | {"jy:" + c for c in M.JY}
DECISIVE |= {"jy:tuiwei"}
RUDE = {"jy:" + c for c in M.JY_RUDE}
COMPLAINT = {"comp", "escal"}
