"""Shared helpers: material loading and core-wording normalisation (stdlib only)."""
import importlib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
DOMAINS = ["marriage", "video", "stationery", "slimming", "toys", "tattoo"]
MATS = {d: importlib.import_module("mat_" + d) for d in DOMAINS}
SET = "independent-dev23c"
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
# decisive categories (agent side unless c_*); every one is counted by the validator
DECISIVE = ["greet_ok", "greet_bad", "id_ok", "id_bad", "close_ok", "close_bad", "rude", "jiyu", "ramble_ok", "hesi_ok",
            "emp_ok", "emp_bad", "nonans", "side_a", "correct", "verif_ask", "verif_done", "hold_ann", "hold_thx",
            "ref_ok", "survey_ok", "c_complaint", "c_walk", "say", "disclose", "info_ask", "unann"]
HOMOPHONES = [("工号", "公号"), ("再见", "在见"), ("预约", "预月"), ("已经", "以经"), ("核对", "合对"), ("耐心", "耐新"), ("麻烦", "麻凡"), ("稍等", "少等")]
PUNCT = re.compile(r"[\s，。！？、：；,.!?:;～~\-—“”\"'（）()/]+")
STRIP_CHARS = re.compile(r"[0-9A-Za-z零〇一二三四五六七八九十百千万两幺的了吗呢吧啊呀哦嘛啦哈呗嘞呃嗯]")
FILLERS = ["那个", "就是"]
UNANN = ["好的。", "明白。", "收到。", "嗯，了解。", "行。", "知道了。"]  # plain acks before an unannounced hold

def all_names():
    out = []
    for m in MATS.values():
        out += [m.ORG, m.ORG_SHORT] + m.AGENTS + m.CUSTOMERS
    return sorted(set(out), key=len, reverse=True)
NAMES = all_names()

def all_values(dom):
    vals = []
    for s in MATS[dom].SCEN:
        f = s["fact"]; vals += [f["expected"]] + f["variants"] + f["wrong"]
    return sorted(set(vals), key=len, reverse=True)

def unasr(t):
    for good, bad in HOMOPHONES:
        t = t.replace(bad, good)
    return t

def core(t, dom=None):
    t = unasr(t)
    t = PUNCT.sub("", t)
    if dom:
        for v in all_values(dom):
            t = t.replace(v, "")
    for n in NAMES:
        t = t.replace(n, "")
    for f in FILLERS:
        t = t.replace(f, "")
    t = re.sub(r"\{[a-z0-9]+\}", "", t)
    return STRIP_CHARS.sub("", t)

def pools(dom):
    """category -> list of raw lines for a domain (decisive categories only)."""
    m = MATS[dom]; P = m.P
    out = {k: list(P[k]) for k in ["greet_ok", "greet_bad", "id_ok", "id_bad", "close_ok", "close_bad", "rude", "jiyu",
                                  "ramble_ok", "hesi_ok", "emp_ok", "emp_bad", "nonans", "correct", "verif_ask",
                                  "verif_done", "hold_ann", "hold_thx", "ref_ok", "survey_ok", "c_complaint", "c_walk"]}
    out["side_a"] = [a for q, a in P["side"]]
    out["say"] = [x for s in m.SCEN for x in s["say"]]
    out["disclose"] = [x for s in m.SCEN for x in s["disclose"]]
    out["info_ask"] = [x for s in m.SCEN for x in s["info_asks"]]
    return out

def speak_len(t):
    return len(PUNCT.sub("", t))
