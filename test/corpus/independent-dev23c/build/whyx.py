"""Reasons for every planned fail, naming the decisive line as written in the contact."""
from derive import derive
from common import MATS
def scen_of(c):
    s = MATS[c["dom"]].SCEN[c["si"]]
    return dict(domain=c["dom"], requires=s["req"], sla=s["sla"], fact=s["fact"], info=s["info"])
def reasons(c, o):
    L, E = derive(o, scen_of(c))
    return {k: E.get(k, f"（推导与计划不一致：{k}）") for k, v in c["L"].items() if v == "fail"}
