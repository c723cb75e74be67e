"""Shared material: ASR fillers, backchannels, customer acknowledgements, names."""
FILLERS = ["呃", "那个", "就是", "嗯"]
BACKCH = ["嗯", "对", "好的", "嗯嗯"]
CUST_ACK = ["好的", "嗯好", "行", "哦这样啊", "明白了", "可以", "好嘞", "嗯嗯知道了", "了解", "OK", "好吧", "哦哦", "成", "没问题", "这样啊好"]
AGENT_NAMES = ["小林", "小周", "阿敏", "小唐", "晓雯", "小贺", "小宋", "佳佳", "小邱", "小潘", "小葛", "小蒋"]
TO_HUMAN = ["转人工", "人工客服", "我要找人工", "人工"]
DIG_VOICE = dict(zip("0123456789", ["零", "幺", "二", "三", "四", "五", "六", "七", "八", "九"]))
DIG_CHAT = dict(zip("0123456789", "0123456789"))
BACKCH_SET = set(BACKCH)

def expand(g):
    """Expose per-scenario pools as flat names (SAY0, STMT0_1, ...)."""
    for si, sc in enumerate(g["SCEN"]):
        g["SAY%d" % si] = sc["say"]; g["F2ASK%d" % si] = sc["f2ask"]; g["REQASK%d" % si] = sc["reqask"]
        g["REQANS%d" % si] = sc["reqans"]; g["HOLD%d" % si] = sc["hold"]; g["COMPLAIN%d" % si] = sc["complain"]
        for fi, f in enumerate(sc["facts"]):
            g["STMT%d_%d" % (si, fi)] = f["stmts"]
