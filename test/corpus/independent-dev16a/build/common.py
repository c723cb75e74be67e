"""Helpers shared by gen.py and validate.py: material loading, number reading, canonical form."""
import importlib, re, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mat_common as MC

DOMAINS = ["proc", "nail", "watch", "ktv", "farm", "water"]
DIG = "零一二三四五六七八九"
CODE_DIG = "零幺二三四五六七八九"

def numeral(n):
    if n < 10: return DIG[n]
    if n < 100:
        t, u = divmod(n, 10)
        return ("" if t == 1 else DIG[t]) + "十" + (DIG[u] if u else "")
    h, r = divmod(n, 100)
    s = DIG[h] + "百"
    if r == 0: return s
    if r < 10: return s + "零" + DIG[r]
    t, u = divmod(r, 10)
    return s + DIG[t] + "十" + (DIG[u] if u else "")

def read_numbers(s):
    def rep(m):
        d = m.group(0)
        if len(d) >= 4: return "".join(CODE_DIG[int(c)] for c in d)
        return numeral(int(d))
    return re.sub(r"\d+", rep, s)

HOMO = {"工号": "公号", "再见": "在见", "工单": "公单", "稍等": "稍的", "登记": "登机", "核对": "合对", "预约": "预越"}
FILLERS = ["呃", "那个", "就是", "嗯"]

def canon(s):
    s = read_numbers(s)
    for a, b in HOMO.items():
        s = s.replace(b, a)
    for f in FILLERS:
        s = s.replace(f, "")
    return re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", s).upper()

def spoken_len(s):
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", s))

def load(dom):
    D = importlib.import_module("mat_" + dom).D
    org = D["org"]
    f = lambda xs: [x.replace("{org}", org) for x in xs]
    M = dict(D=D, org=org)
    M["GREET"] = f(MC.GREET + D["greet"])
    M["NOGREET"] = f(MC.NOGREET)
    M["ID"] = MC.ID + D["idl"]
    M["NONID"] = f(MC.NONID)
    M["EMPATHY"] = MC.EMPATHY + D["empathy"]
    M["CLOSE"] = MC.CLOSE + D["close"]
    M["VERIFY"] = MC.VERIFY + D["verify"]
    M["NONANS"] = MC.NONANS + D["nonans"]
    M["COLD"] = MC.COLD + D["cold"]
    M["COMPLAINT"] = D["complaints"]
    M["SIDEQ"] = [q for q, a in D["sideq"]]
    M["SIDEANS"] = [a for q, a in D["sideq"]]
    for k in ["OPENQ", "HOLD_ANN", "PREHOLD", "HOLD_THX", "WRAP", "SURVEY", "REF", "NOREF", "RUDE", "LOOKALIKE", "ACK", "CORRECT", "BACKCH", "CLOSEFAIL", "MADEGOOD",
              "CUST_APOLOGY", "WALKOUT", "WALKOUT_CHAT", "NUDGE", "NUDGE_CHAT", "CACK", "CEND", "CBYE", "DOUBT", "PRESS", "COLDREPLY"]:
        M[k] = getattr(MC, k)
    M["MULL"] = D["mull"]
    return M
