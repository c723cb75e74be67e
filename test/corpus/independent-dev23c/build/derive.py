"""Re-derive the 19 labels of one contact from its text/timestamps, the material and the scenario file."""
import re
from common import MATS, core, pools, unasr, PUNCT, speak_len

GREET_RE = re.compile(r"^(您好|你好|欢迎|早上好|上午好|下午好|晚上好|嗨|哈喽)")
BACKCH = {"嗯", "嗯嗯", "对", "好的", "对对"}
CODE_RE = re.compile(r"[0-9A-Z零幺二三四五六七八九]{6,}")
_cores = {}
def cores(dom):
    if dom not in _cores:
        _cores[dom] = {cat: [(core(l, dom), l) for l in lines] for cat, lines in pools(dom).items()}
    return _cores[dom]

def hits(text, dom, cat):
    ct = core(text, dom)
    return [raw for c, raw in cores(dom)[cat] if c and c in ct]

def q(t, n=34):
    t = t.strip()
    return "「" + (t if len(t) <= n else t[:n] + "…") + "」"

def derive(o, scen):
    dom = scen["domain"]; L = {}; E = {}
    turns = o.get("turns", [])
    if o.get("outcome") != "completed" or not any(t["speaker"] == "agent" for t in turns):
        return {k: "na" for k in CHECKS_ALL}, {}
    voice = o["channel"] == "voice"
    cust = [t for t in turns if t["speaker"] == "customer"]
    def is_bc(t):
        if t["speaker"] != "agent" or PUNCT.sub("", t["text"]) not in BACKCH: return False
        return any(c["startMs"] <= t["startMs"] and c["endMs"] >= t["endMs"] for c in cust)
    seq = [t for t in turns if t["speaker"] in ("agent", "customer") and not is_bc(t)]
    ag = [t for t in seq if t["speaker"] == "agent"]
    num = {id(t): i + 1 for i, t in enumerate(turns)}
    h = lambda t, cat: hits(t["text"], dom, cat)
    joined = next((e["atMs"] for e in o["events"] if e["type"] == "agent-joined"), None)
    if joined is None: joined = next(e["atMs"] for e in o["events"] if e["type"] == "answered")
    # greeting
    a1 = ag[0]; raw1 = re.sub(r"^(呃|那个|嗯|就是)", "", PUNCT.sub("", unasr(a1["text"])))
    g = bool(GREET_RE.search(raw1))
    if g != bool(h(a1, "greet_ok")): raise ValueError(f"{o['contactId']} greeting regex/material disagree")
    L["greeting"] = "pass" if g else "fail"
    if not g: E["greeting"] = f"坐席首句（第{num[id(a1)]}轮）{q(a1['text'])}开口没有问候语，直接报机构或问事"
    # agent-id
    idt = [i for i, t in enumerate(ag) if h(t, "id_ok")]
    L["agent-id"] = "pass" if idt and idt[0] < 2 else "fail"
    if L["agent-id"] == "fail":
        if idt: E["agent-id"] = f"坐席到第{idt[0]+1}个发言轮才自报身份{q(ag[idt[0]]['text'])}，超出前两轮"
        elif any(h(t, "id_bad") for t in ag[:2]): E["agent-id"] = f"坐席只说了泛称{q(ag[0]['text'])}，没有工号也没有姓名"
        else: E["agent-id"] = f"坐席前两轮{q(ag[0]['text'], 20)}/{q(ag[1]['text'], 20)}都没有工号或姓名，全程未自报"
    # closing
    walk = [t for t in cust if h(t, "c_walk")]
    if walk and not any(t["startMs"] > walk[-1]["startMs"] for t in ag):
        L["closing"] = "na"
    else:
        last2 = ag[-2:]
        L["closing"] = "pass" if any(h(t, "close_ok") for t in last2) else "fail"
        if L["closing"] == "fail": E["closing"] = f"第{num[id(ag[-1])]}轮结束：顾客说完{q(cust[-1]['text'], 10)}后，坐席最后两轮{q(last2[0]['text'], 14)}/{q(ag[-1]['text'], 14)}只是收尾询问或交代，没有致谢、祝福或道别"
    # forbidden / politeness
    rude = [(t, h(t, "rude")) for t in ag if h(t, "rude")]
    jy = [(t, h(t, "jiyu")) for t in ag if h(t, "jiyu")]
    L["politeness"] = "fail" if rude else "pass"
    L["forbidden-words"] = "fail" if rude or jy else "pass"
    if rude:
        t = rude[0][0]; E["politeness"] = f"第{num[id(t)]}轮坐席对顾客的叙述回{q(t['text'])}，打断催促/挖苦，语气粗暴" + ("（同一通里出现两次）" if len(rude) > 1 else "")
        E["forbidden-words"] = f"第{num[id(t)]}轮{q(rude[0][1][0])}属命令训斥/不耐烦类忌语"
    elif jy:
        t = jy[0][0]; E["forbidden-words"] = f"顾客表达犹豫后，第{num[id(t)]}轮坐席回{q(t['text'])}，冷漠推诿，属服务忌语"
    # verification
    if not scen["requires"]["verification"]: L["verification"] = "na"
    else:
        va = next((i for i, t in enumerate(ag) if h(t, "verif_ask")), None)
        dc = next((i for i, t in enumerate(ag) if h(t, "disclose")), None)
        L["verification"] = "pass" if va is not None and (dc is None or va < dc) else "fail"
        if L["verification"] == "fail":
            if dc is not None and va is not None: E["verification"] = f"坐席先说出账户信息{q(ag[dc]['text'])}（第{num[id(ag[dc])]}轮），之后才补问身份{q(ag[va]['text'], 20)}，核身太晚"
            else: E["verification"] = f"坐席未核实身份就透露{q(ag[dc]['text'])}（第{num[id(ag[dc])]}轮）"
    # gaps before agent turns: holds / dead air
    holds = []; dead = []
    order = seq
    for k, t in enumerate(order):
        if t["speaker"] != "agent": continue
        prev_end = joined if k == 0 else max(x["endMs"] for x in order[:k])
        # a customer nudge inside the gap splits the silence
        gap = t["startMs"] - prev_end
        hs = any(e["type"] == "hold-start" and prev_end <= e["atMs"] <= t["startMs"] for e in o["events"])
        prev_ag = [x for x in ag if x["startMs"] < t["startMs"]]
        ann = bool(prev_ag and h(prev_ag[-1], "hold_ann"))
        if hs or gap >= (15000 if voice else 30000):
            holds.append((t, ann, bool(h(t, "hold_thx")), gap))
        if gap >= (8000 if voice else 30000) and not ann:
            dead.append((t, gap))
    if not holds: L["hold-etiquette"] = "na"
    else:
        bad = [x for x in holds if not (x[1] and x[2])]
        L["hold-etiquette"] = "fail" if bad else "pass"
        if bad:
            t, ann, thx, gap = bad[0]
            E["hold-etiquette"] = (f"第{num[id(t)]}轮前静默{gap//1000}秒，坐席之前只说了{q([x for x in ag if x['startMs'] < t['startMs']][-1]['text'], 16)}，没有请顾客稍等" if not ann
                                   else f"坐席请顾客稍等后停了{gap//1000}秒，回来第一句{q(t['text'])}没有感谢等待")
    L["dead-air"] = "fail" if dead else "pass"
    if dead:
        t, gap = dead[0]; E["dead-air"] = f"第{num[id(t)]}轮{q(t['text'], 20)}之前坐席无声{gap/1000:.1f}秒，事先没有告知"
    # interruption / speech rate
    if not voice: L["interruption"] = L["speech-rate"] = "na"
    else:
        intr = []
        for t in ag:
            pc = [c for c in cust if c["startMs"] < t["startMs"]]
            if pc and t["startMs"] <= pc[-1]["endMs"] - 1000: intr.append((t, pc[-1]))
        L["interruption"] = "fail" if intr else "pass"
        if intr:
            t, c = intr[0]; E["interruption"] = f"顾客还在说{q(c['text'], 16)}，坐席提前{(c['endMs']-t['startMs'])/1000:.1f}秒抢话{q(t['text'], 20)}"
        ch = sum(speak_len(t["text"]) for t in ag if t["endMs"] - t["startMs"] >= 1500)
        ms = sum(t["endMs"] - t["startMs"] for t in ag if t["endMs"] - t["startMs"] >= 1500)
        cpm = ch * 60000 / ms
        if 120 <= cpm <= 300: L["speech-rate"] = "pass"
        elif cpm < 110 or cpm > 320:
            L["speech-rate"] = "fail"; E["speech-rate"] = f"坐席整通语速约每分钟{cpm:.0f}字，" + ("明显过快" if cpm > 300 else "明显过慢") + f"，如第{num[id(ag[0])]}轮{q(ag[0]['text'], 14)}"
        else: raise ValueError(f"{o['contactId']} speech rate borderline {cpm}")
    # empathy
    comp = [t for t in cust if h(t, "c_complaint")]
    if not comp:
        L["empathy"] = "na"
        if scen["requires"]["empathy"]: L["empathy"] = "fail"
    else:
        miss = []
        for c in comp:
            nxt = [t for t in ag if t["startMs"] > c["startMs"]][:2]
            if not any(h(t, "emp_ok") for t in nxt): miss.append((c, nxt))
        L["empathy"] = "fail" if miss else "pass"
        if miss:
            c, nxt = miss[0]
            E["empathy"] = f"顾客抱怨{q(c['text'], 20)}后，坐席接着说{q(nxt[0]['text'], 20) if nxt else '（无）'}，直接走流程没有致歉或体谅"
    # resolution
    na_ = []
    for k, t in enumerate(ag):
        if h(t, "nonans"):
            nx = ag[k + 1] if k + 1 < len(ag) else None
            nx2 = ag[k + 2] if k + 2 < len(ag) else None
            if not (nx and (h(nx, "side_a") or (h(nx, "hold_ann") and nx2 and h(nx2, "side_a")))): na_.append(t)
    L["resolution"] = "fail" if na_ else "pass"
    if na_:
        t = na_[0]; qq = [c for c in cust if c["startMs"] < t["startMs"]][-1]
        E["resolution"] = f"顾客问{q(qq['text'], 18)}，坐席只回{q(t['text'], 18)}，之后也没补上答案"
    # first response / latency
    fr = ag[0]["startMs"] - joined
    L["first-response"] = "pass" if fr <= scen["sla"]["firstResponseMs"] else "fail"
    if L["first-response"] == "fail": E["first-response"] = f"坐席接入后{fr/1000:.1f}秒才发出首句{q(ag[0]['text'], 16)}，超过{scen['sla']['firstResponseMs']//1000}秒"
    late = []
    for k, t in enumerate(seq):
        if t["speaker"] != "customer": continue
        if k > 0 and seq[k - 1]["speaker"] == "customer": continue
        nxt = next((x for x in seq[k + 1:] if x["speaker"] == "agent"), None)
        if nxt is None: continue
        clock = t["endMs"] if voice else t["startMs"]
        prev_ag = [x for x in ag if x["startMs"] < t["startMs"]]
        if nxt["startMs"] - clock > scen["sla"]["responseLatencyMs"] and not (prev_ag and h(prev_ag[-1], "hold_ann")):
            late.append((t, nxt, nxt["startMs"] - clock))
    L["response-latency"] = "fail" if late else "pass"
    if late:
        t, nx, d = late[0]; E["response-latency"] = f"顾客第{num[id(t)]}轮{q(t['text'], 16)}发出后{d/1000:.1f}秒坐席才回复，超过{scen['sla']['responseLatencyMs']//1000}秒时限"
    # facts
    f = scen["fact"]; acc = [f["expected"]] + f["variants"]; wr = f["wrong"]
    seen = []
    for t in ag:
        x = PUNCT.sub("", unasr(t["text"]))
        for v in acc + wr:
            for mm in re.finditer(re.escape(v), x): seen.append((t["startMs"], mm.start(), v, t))
    seen.sort(key=lambda s: (s[0], s[1]))
    if seen and seen[-1][2] in acc: L["fact-accuracy"] = "pass"
    else:
        L["fact-accuracy"] = "fail"
        E["fact-accuracy"] = (f"{f['label']}最后说成{seen[-1][2]}（{q(seen[-1][3]['text'], 20)}），正确是{f['expected']}" if seen
                              else f"全程没有说出{f['label']}（应为{f['expected']}）：顾客从{q(cust[0]['text'], 14)}谈起，坐席到{q(ag[-1]['text'], 14)}收尾都没主动告知")
    wrong_seen = [s for s in seen if s[2] in wr]
    L["no-misinformation"] = "fail" if wrong_seen else "pass"
    if wrong_seen:
        s = wrong_seen[0]; E["no-misinformation"] = f"坐席说{q(s[3]['text'], 24)}，{s[2]}是错误的{f['label']}" + ("，虽然后来更正，错话已经说出" if L["fact-accuracy"] == "pass" else "")
    # reference / survey
    if not scen["requires"]["reference"]: L["record-reference"] = "na"
    else:
        ok = any(h(t, "ref_ok") and CODE_RE.search(PUNCT.sub("", t["text"])) for t in ag)
        L["record-reference"] = "pass" if ok else "fail"
        if not ok: E["record-reference"] = f"本场景要给受理编号，坐席{len(ag)}轮发言直到{q(ag[-1]['text'], 18)}都没有给出任何工单/受理号（顾客来问{q(cust[0]['text'], 12)}）"
    if not scen["requires"]["survey"]: L["survey-offered"] = "na"
    else:
        ok = any(h(t, "survey_ok") for t in ag)
        L["survey-offered"] = "pass" if ok else "fail"
        if not ok: E["survey-offered"] = f"本场景要邀评，坐席{len(ag)}轮发言直到{q(ag[-1]['text'], 18)}都没有邀请评价或打分（顾客来问{q(cust[0]['text'], 12)}）"
    # required info
    pat = re.compile(scen["info"]["pattern"])
    ok = any(pat.search(PUNCT.sub("", unasr(t["text"]))) for t in ag)
    L["required-info"] = "pass" if ok else "fail"
    if not ok:
        c0 = cust[0] if cust else None
        E["required-info"] = f"坐席从未询问{scen['info']['label']}，顾客在{q(c0['text'], 22)}里主动报了也不算问过"
    return L, E

from common import CHECKS as CHECKS_ALL
