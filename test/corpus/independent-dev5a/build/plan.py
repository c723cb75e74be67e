"""Which defects each contact carries (independent-dev5a).

Each check has a deck of modes in fixed proportions, shuffled with the seed, so every check gets
enough pass and fail contacts without hand-assigning 150 rows; a few constraints then keep a
contact coherent (a curt agent does not also greet warmly, a customer who walks out early only
happens where no survey is due). labels_for() turns the modes into the 19 labels + reasons.
"""
import random

DECKS = {
    "greet": [("ok", 60), ("none", 40)],
    "aid": [("digits", 30), ("words", 10), ("name", 15), ("none", 20), ("bare", 15), ("hotline", 10)],
    "closing": [("ok", 52), ("wrapup", 20), ("none", 10), ("midcall", 10), ("early", 8)],
    "forbid": [("clean", 42), ("lookalike", 28), ("phrase", 30)],
    "polite": [("ok", 68), ("rude", 16), ("curt", 16)],
    "verify": [("ok", 50), ("none", 25), ("late", 25)],
    "hold": [("none", 26), ("ok", 32), ("music", 14), ("nothanks", 11), ("noask", 7), ("short", 10)],
    "interrupt": [("none", 55), ("overlap", 30), ("small", 15)],
    "deadair": [("none", 70), ("gap", 18), ("custpause", 12)],
    "rate": [("normal", 66), ("fast", 17), ("slow", 17)],
    "complaint": [("yes", 62), ("no", 22), ("apology", 16)],
    "empathy": [("ok", 50), ("bare", 25), ("none", 25)],
    "resolution": [("ok", 56), ("omitted", 14), ("nonanswer", 18), ("helped", 12)],
    "fr": [("ok", 80), ("late", 20)],
    "latency": [("ok", 74), ("late", 26)],
    "fact": [("correct", 48), ("wrong", 20), ("fixed", 16), ("rightwrong", 16)],
    "ref": [("given", 50), ("none", 25), ("decoy", 25)],
    "survey": [("ok", 55), ("none", 45)],
    "reqinfo": [("ask", 64), ("none", 36)],
}


def _deck(spec, n, rng):
    total = sum(w for _, w in spec)
    out = []
    for mode, w in spec:
        out += [mode] * round(n * w / total)
    while len(out) < n:
        out.append(spec[0][0])
    out = out[:n]
    rng.shuffle(out)
    return out


def make_plans(n, seed):
    rng = random.Random(seed)
    decks = {k: _deck(v, n, rng) for k, v in DECKS.items()}
    return [{k: decks[k][i] for k in DECKS} for i in range(n)]


def constrain(m, channel, scen_index, requires):
    """Make one contact's modes coherent; returns the adjusted dict."""
    ver, ref, survey = requires
    if m["polite"] == "rude":
        m["forbid"] = "phrase"
    if m["polite"] == "curt":
        m.update(greet="none", aid="none", survey="none", empathy="none")
        if m["closing"] == "ok":
            m["closing"] = "wrapup"
        if m["hold"] in ("ok", "music"):
            m["hold"] = "nothanks"
        if m["forbid"] == "lookalike":
            m["forbid"] = "clean"
    if m["closing"] == "early" and (scen_index != 1 or survey):
        m["closing"] = "wrapup"
    if channel == "webchat":
        if m["aid"] == "words":
            m["aid"] = "digits"
        if m["hold"] == "music":
            m["hold"] = "ok"
    if m["resolution"] == "omitted":
        m["fact"] = "omitted"
    if m["deadair"] == "custpause" and m["reqinfo"] != "ask":
        m["deadair"] = "none"
    return m


def labels_for(m, channel, requires):
    ver, ref, survey = requires
    voice = channel == "voice"
    L, why = {}, {}

    def put(check, value, reason=None):
        L[check] = value
        if reason:
            why[check] = reason

    put("greeting", "pass" if m["greet"] == "ok" else "fail", None if m["greet"] == "ok" else "首句直接进入业务，没有问候语")
    aid_reason = {"none": "前两句没有报工号或姓名", "bare": "只说了“我是客服”之类的角色，没有具体的人",
                  "hotline": "报的是热线号码，不是工号", "name": "报了姓名加岗位（难例：无数字）", "words": "工号用中文数字读出（难例）"}
    put("agent-id", "pass" if m["aid"] in ("digits", "words", "name") else "fail", aid_reason.get(m["aid"]))
    if m["closing"] == "early":
        put("closing", "na", "客户提前挂断，坐席来不及结束语")
    else:
        cr = {"wrapup": "最后只问了“还有别的需要吗”，没有致谢/祝福/道别", "none": "坐席最后一句是业务内容，没有结束语",
              "midcall": "通话中途说过感谢，但最后两句没有结束语（难例）"}
        put("closing", "pass" if m["closing"] == "ok" else "fail", cr.get(m["closing"]))
    if m["forbid"] == "phrase":
        put("forbidden-words", "fail", "坐席说了服务忌语：" + m["forbid_line"])
    else:
        put("forbidden-words", "pass", "礼貌的相似说法，不是忌语（难例）" if m["forbid"] == "lookalike" else None)
    if not ver:
        put("verification", "na")
    else:
        vr = {"none": "未核实身份就披露了账户/订单信息", "late": "先披露了账户信息，之后才核实身份"}
        put("verification", "pass" if m["verify"] == "ok" else "fail", vr.get(m["verify"]))
    unannounced_long = m["latency"] == "late" or (not voice and m["deadair"] == "gap")
    if unannounced_long and m["hold"] != "nothanks":
        put("hold-etiquette", "fail", "未告知就让客户干等超过保持时长（同时是冷场）" + ("；另有一次正常保持" if m["hold"] in ("ok", "music") else ""))
    elif m["hold"] in ("none", "short"):
        put("hold-etiquette", "na", "请客户稍等后的静默不足保持时长，不算保持（难例）" if m["hold"] == "short" else None)
    elif m["hold"] in ("ok", "music"):
        put("hold-etiquette", "pass", "保持音乐事件，前请稍等后致谢" if m["hold"] == "music" else None)
    else:
        put("hold-etiquette", "fail", "保持前请客户稍等了，回来没有致谢" if m["hold"] == "nothanks" else "坐席没打招呼就长时间静默（未事先请客户稍等）")
    pr = {"rude": "有嘲讽/命令/威胁客户的话", "curt": "全程用“你”、一两个字回复、没有请/谢谢等礼貌用语"}
    put("politeness", "pass" if m["polite"] == "ok" else "fail", pr.get(m["polite"]))
    if not voice:
        put("interruption", "na")
    else:
        ir = {"overlap": "坐席在客户说完前一秒以上就开口", "small": "只重叠了零点几秒，不算抢话（难例）"}
        put("interruption", "fail" if m["interrupt"] == "overlap" else "pass", ir.get(m["interrupt"]))
    da = []
    if m["deadair"] == "gap":
        da.append("客户说完后坐席无说明沉默超过阈值")
    if m["latency"] == "late":
        da.append("一次超长无说明沉默（同时超时）")
    if m["hold"] == "noask":
        da.append("未告知的查询静默")
    if m["fr"] == "late" and voice:
        da.append("坐席接入后开口前的沉默超过8秒")
    if da:
        put("dead-air", "fail", "；".join(da))
    else:
        put("dead-air", "pass", "客户找号码时的停顿，是客户欠话，不算冷场（难例）" if m["deadair"] == "custpause" else
            ("接入后二十多秒才开口：首次响应超时但未到30秒冷场阈值（难例）" if m["fr"] == "late" else None))
    if not voice:
        put("speech-rate", "na")
    else:
        put("speech-rate", "pass" if m["rate"] == "normal" else "fail",
            {"fast": "语速约每分钟330字以上，超过300", "slow": "语速约每分钟100字，低于120"}.get(m["rate"]))
    if m["complaint"] != "yes":
        put("empathy", "na", "客户道歉不是抱怨（难例）" if m["complaint"] == "apology" else None)
    else:
        er = {"bare": "客户抱怨后只说了“别急/我给您处理”，没有致歉或共情", "none": "客户抱怨后随后两句都没有致歉或共情"}
        put("empathy", "pass" if m["empathy"] == "ok" else "fail", er.get(m["empathy"]))
    rr = {"omitted": "客户问的核心事项坐席始终没回答", "nonanswer": "客户追问得到“不清楚/查不了”且没有后续帮助",
          "helped": "说查不了但随即转接/登记回电（难例，算解决）"}
    put("resolution", "fail" if m["resolution"] in ("omitted", "nonanswer") else "pass", rr.get(m["resolution"]))
    put("first-response", "fail" if m["fr"] == "late" else "pass", "坐席接入后首句超过20秒SLA" if m["fr"] == "late" else None)
    put("response-latency", "fail" if m["latency"] == "late" else "pass", "有一句客户话超过45秒才回复，且未告知等待" if m["latency"] == "late" else None)
    fa = {"wrong": "说的是错误值", "rightwrong": "先说对，后来改成错误值，以最后为准", "omitted": "没有说明该事项",
          "fixed": "先说错后更正为正确值（难例：准确性按最后一次）"}
    put("fact-accuracy", "pass" if m["fact"] in ("correct", "fixed") else "fail", fa.get(m["fact"]))
    mi = {"wrong": "陈述了已知错误值", "fixed": "说过错误值（虽然后来更正）", "rightwrong": "最后说了错误值"}
    put("no-misinformation", "fail" if m["fact"] in ("wrong", "fixed", "rightwrong") else "pass", mi.get(m["fact"]))
    if not ref:
        put("record-reference", "na")
    else:
        rf = {"none": "没有给工单/受理号", "decoy": "只说了金额/热线/订单尾号/日期，都不是受理编号（难例）"}
        put("record-reference", "pass" if m["ref"] == "given" else "fail", rf.get(m["ref"]))
    if not survey:
        put("survey-offered", "na")
    else:
        put("survey-offered", "pass" if m["survey"] == "ok" else "fail", None if m["survey"] == "ok" else "没有邀请满意度评价")
    put("required-info", "pass" if m["reqinfo"] == "ask" else "fail", None if m["reqinfo"] == "ask" else "坐席没有询问该场景必需的信息")
    return L, why
