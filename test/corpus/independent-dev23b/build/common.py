"""Shared helpers for independent-dev23b (standard library only)."""
import importlib, re, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
DOMAINS = ["sanit", "game", "food", "hunt", "charity", "tyre"]
SET = "independent-dev23b"
RUN = "dev23b"
# categories whose lines decide (or are built to look like they decide) a label; all counted for repetition
DECISIVE = ["greet_ok", "greet_bad", "id_ok", "id_bare", "close_ok", "close_bad", "wrapq", "fb_mild", "fb_rude",
            "lookalike", "verify_ask", "disclose", "hold_ann", "hold_thx", "complaint", "empathy", "cold", "interrupt",
            "xq", "xa", "nonans", "ref", "survey", "walkout", "capology", "press"]
SCEN_CATS = ["asks", "factq", "factt"]
AGENT_CATS = {"greet_ok", "greet_bad", "id_ok", "id_bare", "close_ok", "close_bad", "wrapq", "fb_mild", "fb_rude",
              "lookalike", "verify_ask", "disclose", "hold_ann", "hold_thx", "empathy", "cold", "interrupt", "xa",
              "nonans", "ref", "survey", "pad_a", "asks", "factt"}
PUNCT = "，。？！、：；～,.?!:;~ 　\"'“”‘’（）()《》…-—"
FILLERS = ["呃", "那个", "嗯", "就是"]
HOMO = [("工号", "公号"), ("再见", "在见"), ("工单", "公单"), ("评价", "平价"), ("核对", "合对"), ("登记", "登级")]
DIG = {"0": "零", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
KW = {  # decisive words per check, linted: only the owning categories may carry them (agent side)
    "greeting": ("您好|你好|欢迎|早上好|上午好|下午好|晚上好", {"greet_ok"}),
    "closing": ("谢谢|感谢|多谢|祝|再见|拜拜|挂机|回头联系|慢走|再会", {"close_ok", "hold_thx"}),
    "empathy": ("抱歉|对不起|不好意思|理解|歉|委屈|心情|着急|添麻烦|辛苦|体谅|对不住|难处", {"empathy"}),
    "survey": ("评价|满意|打分|评分|意见|问卷", {"survey"}),
    "reference": ("工单号|受理编号|受理号|流水号|服务单号|登记号", {"ref"}),
    "staffid": ("工号|(?<!受理)编号|坐席", {"id_ok"}),
}

def load(domain):
    return importlib.import_module("mat_" + domain)

def norm(s):
    for f in FILLERS:
        s = s.replace(f, "")
    for c in PUNCT:
        s = s.replace(c, "")
    for a, b in HOMO:
        s = s.replace(b, a)
    s = "".join(DIG.get(c, c) for c in s).replace("幺", "一")
    return s.upper()

PARTICLES = "啊呀吧呢吗哦哈啦嘛的了么哟噢嘞呗"
NUMCH = "零一二三四五六七八九十百千万两"

def core(s, names=()):
    s = norm(s)
    for n in sorted(names, key=len, reverse=True):
        s = s.replace(norm(n), "")
    s = re.sub(r"\{[a-z]+\}", "", s)
    s = re.sub(r"[A-Z0-9@._]", "", s)
    return "".join(c for c in s if c not in PARTICLES and c not in NUMCH)

def line_regex(line):
    parts = re.split(r"(\{[a-z]+\})", line)
    out = []
    for p in parts:
        if re.fullmatch(r"\{[a-z]+\}", p):
            out.append("(.{1,24}?)")
        else:
            n = norm(p)
            if n:
                out.append(re.escape(n))
    return re.compile("".join(out))

def spoken(s):
    return sum(1 for c in s if ("\u4e00" <= c <= "\u9fff") or c.isalnum())

BACKCH = {"嗯", "对", "好的", "嗯嗯", "对对"}
def is_backch(text):
    t = text
    for c in PUNCT:
        t = t.replace(c, "")
    return t in BACKCH
