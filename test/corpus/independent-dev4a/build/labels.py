"""Content labels (what was said) from the plan, and the `why` notes for every fail and tricky pass."""
import pools as P

FA = {"correct": "pass", "variant": "pass", "cust-wrong": "pass", "wrong-corrected": "pass", "wrong": "fail",
      "correct-then-wrong": "fail", "negated": "fail", "unstated": "na"}
NM_FAIL = {"wrong", "wrong-corrected", "correct-then-wrong", "negated"}


def content_labels(p, s):
    rude = p["forbidden"] is not None and P.FORBIDDEN[p["forbidden"]][2]
    return {
        "greeting": "pass" if p["greet"] else "fail",
        "agent-id": "pass" if p["idmode"].startswith("pass") else "fail",
        "closing": {"pass": "pass", "na-left": "na"}.get(p["closing"], "fail"),
        "forbidden-words": "fail" if p["forbidden"] is not None else "pass",
        "verification": {"none": "na"}.get(p["verif"], p["verif"]),
        "politeness": "fail" if p["style"] == "curt" or rude else "pass",
        "empathy": "na" if not p["complaint"] else ("pass" if p["empathy"].startswith("pass") else "fail"),
        "resolution": "fail" if p["fact"] == "unstated" or p["side"] == "nonanswer" else "pass",
        "fact-accuracy": FA[p["fact"]],
        "no-misinformation": "fail" if p["fact"] in NM_FAIL else "pass",
        "record-reference": "na" if p["ref"] == "none" else ("pass" if p["ref"].startswith("pass") else "fail"),
        "survey-offered": {"none": "na"}.get(p["survey"], p["survey"]),
        "required-info": p["req"],
    }


def whys(p, s, lab):
    f = s["facts"][0]
    w = {}
    if lab["greeting"] == "fail":
        w["greeting"] = "坐席首句没有问候语，直接报机构/让客户讲。"
    w["agent-id"] = {
        "fail-bare": "只说了“客服/人工坐席”，没有工号也没有姓名。", "fail-hotline": "首句里的号码是热线号码，不是工号。",
        "fail-late": "工号在第三句才报，前两句没有自报身份。", "fail-none": "前两句完全没有自报身份。",
        "pass-words": "工号用汉字读数（幺/两…）报出，仍是工号。", "pass-late-2": "工号在第二句报出，仍在前两句内。",
        "pass-name": "以姓名+角色（客服小X/主管X经理）自报。"}.get(p["idmode"], "")
    w["closing"] = {"fail-wrapq": "最后两句是业务答复和“还有别的需要吗”类收尾问句（或满意度邀请），没有致谢/祝福/道别。",
                    "fail-flat": "最后一句是“嗯，好/就这样处理”类，不是结束语；客户说了再见但坐席没有。",
                    "na-left": "客户在坐席收尾前主动挂断/离开。"}.get(p["closing"], "")
    if p["forbidden"] is not None:
        kind, text, rude = P.FORBIDDEN[p["forbidden"]]
        w["forbidden-words"] = "服务忌语（{}）：“{}”".format(kind, text)
        if rude:
            w["politeness"] = "出现粗鲁/讥讽/挑衅语句：“{}”".format(text)
        else:
            w["politeness"] = "（通过）仅一处忌语，其余用语礼貌，按规则只扣忌语项。"
    elif p["lookalike"] is not None:
        w["forbidden-words"] = "（通过，易误判）形似忌语的礼貌说法：“{}”".format(P.LOOKALIKES[p["lookalike"]])
    if p["style"] == "curt":
        w["politeness"] = "全程称“你”、无“请/谢谢”等敬语、回应生硬。"
    if lab["verification"] == "fail":
        w["verification"] = "核实身份前就披露了客户账户/订单信息。"
    if lab["empathy"] == "fail":
        w["empathy"] = {"fail-not": "客户抱怨后只说“别急/会处理的”，没有致歉或共情。", "fail-ignore": "客户抱怨后坐席直接走流程，未致歉未共情。",
                        "fail-second": "第一次抱怨有致歉，客户第二次抱怨（重复来电/要投诉）后两句内没有致歉或共情。"}[p["empathy"]]
    elif lab["empathy"] == "pass" and p["empathy"] == "pass2":
        w["empathy"] = "（通过）致歉在抱怨后的第二个坐席话轮。"
    if lab["resolution"] == "fail":
        w["resolution"] = "事实“{}”未回答。".format(f["label"]) if p["fact"] == "unstated" else "客户追问被“不清楚/查不了”打发，无查询或转介。"
    elif p["side"] == "referral":
        w["resolution"] = "（通过）查不了但有转介并承诺回电，属带帮助的转介。"
    fa = {"wrong": "说了错误值", "correct-then-wrong": "先说对后改成错误值（最后所说为错）",
          "negated": "否定了正确值“{}”".format(f["expected"])}
    if p["fact"] in fa:
        w["fact-accuracy"] = fa[p["fact"]]
    if p["fact"] == "unstated":
        w["fact-accuracy"] = "（na）坐席从未陈述该事实，准确性不可观察；计入 resolution。"
    if p["fact"] == "wrong-corrected":
        w["fact-accuracy"] = "（通过）先说错，随后更正为正确值。"
    if lab["no-misinformation"] == "fail":
        w["no-misinformation"] = {"wrong": "陈述了已知错误值", "wrong-corrected": "曾陈述错误值（虽然后来更正）",
                                  "correct-then-wrong": "后来改口为错误值", "negated": "否定了正确值"}[p["fact"]]
    if p["fact"] == "cust-wrong":
        w["no-misinformation"] = "（通过）错误值是客户说的，坐席纠正为正确值。"
    if lab["record-reference"] == "fail":
        w["record-reference"] = "没有给出工单/受理号。" if p["ref"] == "fail-none" else "只提到手机尾号/金额/订单号/热线号，均不是受理编号。"
    elif p["ref"] == "pass-words":
        w["record-reference"] = "（通过）编号用汉字读数报出。"
    if lab["survey-offered"] == "fail":
        w["survey-offered"] = "没有邀请满意度评价。"
    if lab["required-info"] == "fail":
        w["required-info"] = "坐席没有询问“{}”{}。".format(s["req"]["label"], "（客户主动说了，但坐席没问）" if p["volunteer"] else "")
    if p["hold"] == "short" and lab["hold-etiquette"] == "na":
        w["hold-etiquette"] = "（na）“请稍等”后很快回来，未达保持时长。"
    if lab["dead-air"] == "pass" and p["cust_pause"]:
        w["dead-air"] = "（通过）长停顿是客户在找资料，该客户说话。"
    if lab["first-response"] == "fail":
        w["first-response"] = "排队过久，坐席首句晚于SLA。"
    if lab.get("interruption") == "pass" and p.get("_barged"):
        w["interruption"] = "（通过）是客户抢话打断坐席，坐席没有打断客户。"
    elif lab.get("interruption") == "pass" and p["interrupt"] == "soft":
        w["interruption"] = "（通过）轻微重叠不足0.8秒。"
    if lab.get("speech-rate") == "fail":
        w["speech-rate"] = "语速约{}字/分钟，超出120–300。".format(p.get("_cpm"))
    for k, v in p.get("_timing_notes", {}).items():
        if lab.get(k) == "fail":
            w[k] = v
    if p["cust_apology"]:
        w["note"] = "客户自己道歉（没听清/在开车），不是抱怨。"
    return {k: v for k, v in w.items() if v}
