# -*- coding: utf-8 -*-
"""Reasons for every fail, quoting the decisive line found in the written contact (with where it stands)."""
import re
import validate
from mat_common import norm


def fill_why(contacts, labels, mats):
    byid = {c["contactId"]: c for c in contacts}
    for lab in labels:
        if "special" in lab["why"]:
            continue
        c = byid[lab["contactId"]]
        res = validate.analyze(c)
        for chk, v in lab["labels"].items():
            if v != "fail":
                continue
            r = res[chk][1] if res[chk][0] == "fail" else "(planned fail; validator found no evidence)"
            best = None
            for frag in re.findall(r"“([^”]{2,})”", r):
                f = norm(frag[:12])
                if not f:
                    continue
                hit = [t for t in c["turns"] if t["speaker"] in ("agent", "customer") and f in norm(t["text"])]
                if not hit:
                    continue
                t = hit[-1] if chk == "closing" else hit[0]
                if best is None or (t["speaker"] == "agent" and best["speaker"] != "agent"):
                    best = t
            if best is not None:
                r += "（%s，约第%d秒）" % ("坐席" if best["speaker"] == "agent" else "客户", best["startMs"] // 1000)
            lab["why"][chk] = r
