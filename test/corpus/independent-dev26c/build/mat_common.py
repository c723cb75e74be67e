# -*- coding: utf-8 -*-
"""Shared material and text helpers for independent-dev26c (stdlib only)."""
import re

SET = "independent-dev26c"
RUN = "dev26c"
PREFIX = "h19c"
TRADES = ["powerbank", "cloud", "resale", "audiobook", "doorlock", "telemed"]
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette",
          "politeness", "interruption", "dead-air", "speech-rate", "empathy", "resolution",
          "first-response", "response-latency", "fact-accuracy", "no-misinformation",
          "record-reference", "survey-offered", "required-info"]

# kinds whose lines are "decisive" (counted for reuse)
DECISIVE = {"greet", "bad_greet", "id", "bad_id", "close", "wrap", "instr_end", "survey", "ref",
            "readback", "hold_ask", "hold_thanks", "verify_ask", "verify_ok", "rude", "tuiwei",
            "lengmo", "polite_look", "empathy", "empathy_rude", "protest", "grievance", "escalate", "open_cmpl",
            "mid_cmpl", "disc", "say1", "say2", "fix", "toldyou", "refuse_repeat", "ask1", "ask2",
            "side_ans", "side_non", "casual_shrug", "walkout"}


def parse(block):
    """'## name' headed sections -> {name: [lines]}"""
    out, cur = {}, None
    for raw in block.strip().splitlines():
        ln = raw.strip()
        if not ln:
            continue
        if ln.startswith("## "):
            cur = ln[3:].strip()
            out.setdefault(cur, [])
            continue
        out[cur].append(ln)
    return out


# ---------- speech-recognition noise (gen) and its normalisation (validate) ----------
DIGIT_WORD = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六",
              "7": "七", "8": "八", "9": "九"}
FILLERS = ["呃", "那个", "就是", "嗯"]
# homophones / near-homophones a recogniser might write (original -> heard)
HOMO = {"订单": "定单", "已经": "以经", "登记": "登计", "麻烦": "马烦", "核实": "核时",
        "续费": "续废", "下载": "下再", "电池": "电持", "处方": "处房", "押金": "压金",
        "充值": "冲值", "账户": "帐户", "清楚": "请楚", "处理": "出理", "稍等": "烧等"}
HOMO_REV = {v: k for k, v in HOMO.items()}
WORD_DIGIT = {"零": "0", "〇": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
              "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
BACKCH = {"", "对", "好的", "对对", "是", "好", "是的", "明白"}


def norm(text):
    t = text
    for k, v in HOMO_REV.items():
        t = t.replace(k, v)
    t = "".join(ch for ch in t if re.match(r"[\u4e00-\u9fffA-Za-z0-9]", ch))
    for f in ("呃", "嗯", "那个", "就是"):
        t = t.replace(f, "")
    t = "".join(WORD_DIGIT.get(ch, ch) for ch in t)
    return t


def spoken_chars(text):
    return sum(1 for ch in text if re.match(r"[\u4e00-\u9fffA-Za-z0-9]", ch))


def core(text):
    """core wording: slots, digits, particles, punctuation stripped"""
    t = re.sub(r"\{[a-z0-9]+\}", "", text)
    t = "".join(ch for ch in t if re.match(r"[\u4e00-\u9fff]", ch))
    for p in "的了吗呢吧啊呀哦哈嘛":
        t = t.replace(p, "")
    return t


# ---------- customer lines shared by every trade (never decisive) ----------
COMMON = parse("""
## c_ok
好的。
嗯，好。
行。
明白了。
哦，这样啊。
好，知道了。
嗯嗯，可以。
那行吧。
## c_nomore
没有了，谢谢。
没别的了。
暂时没有了。
没了没了，就这个。
嗯，没其他事了。
## c_bye
好，拜拜。
谢谢，再见。
行，辛苦了。
好嘞，再见。
## c_nudge
在吗？
还在吗？
你好？有人吗
## c_tail
尾号是{tail}。
手机尾号{tail}。
后四位{tail}。
是{tail}，尾号。
## c_zhuan
转人工
人工客服
我要找人工
## c_verify_again
对，就是我本人。
是我自己的号。
""")

IVR_LINES = ["您好，欢迎致电{org}。咨询业务请按1，投诉建议请按2，人工服务请按0。",
             "{org}服务热线，本次通话可能被录音。人工服务请按0。",
             "您好，这里是{org}。查询请按1，人工请按0。"]
IVR_QUEUE = ["正在为您转接人工坐席，请稍候。", "当前咨询人数较多，请您耐心等待。"]
BOT_LINES = ["您好，我是智能助手小{bot}，请问有什么可以帮您？",
             "小{bot}在线为您服务，请简单描述您的问题。"]
BOT_REPLY = ["抱歉，小{bot}没有理解您的问题，您可以换个说法，或输入“转人工”。",
             "为您找到以下帮助文章，请问是否解决了您的问题？"]
SYS_TRANSFER = ["正在为您转接人工客服，请稍候…", "人工客服已接入。"]

A_PAD = ["好的，我明白了。", "嗯，我记下了。", "好的，您继续说。", "了解。", "这个情况我知道了。",
         "好的，我跟您说一下。", "没问题。", "嗯，您说的我都记着呢。"]

# generic filler exchanges (customer remark, agent reply) used to pad a call to its drawn length
FILL_PAIRS = [("稍等一下，我拿个笔记一下。", "好的，不着急，您慢慢来。"),
              ("你说慢一点，我记一下。", "好的，我说慢一点。"),
              ("我这边刚才有人跟我说话，你接着说。", "没关系，我接着跟您说。"),
              ("这个我得跟家里人说一声。", "可以的，您商量好了再操作也行。"),
              ("我是第一次联系你们客服。", "欢迎您，有什么不清楚的尽管问。"),
              ("我一会儿还得去上班。", "好的，我尽量说得简短些。"),
              ("我对这些不太熟，你说清楚点就行。", "好的，我一步步跟您说。"),
              ("我先截个图保存一下。", "好的，您截好了跟我说一声。")]

# customer lines that lead into an agent's bad line (never decisive themselves)
TRIGGER = {
    "hurry": ["呃，就是，我想想啊，那个……", "我先说一下前面的情况啊，那天我本来……", "等一下，我找找在哪里看……"],
    "blame": ["我也不知道怎么回事，反正就是不行。", "我是按页面提示操作的啊。", "我看了好几遍说明了。"],
    "dunno": ["那为什么会这样呢？", "这到底是哪里出的问题？"],
    "tuiwei": ["那这个问题到底该找谁？", "这个你们能管吗？"],
    "lengmo": ["那你说我现在该怎么办？", "那后面会怎么样？"],
}


def rude_cat(line):
    if any(k in line for k in ("快", "重点", "别说", "闭嘴", "磨蹭", "别讲", "先别")):
        return "hurry"
    if "投诉" in line or "投吧" in line:
        return "dare"
    if "哪知道" in line:
        return "dunno"
    return "blame"

# scenario fit: a line naming one of these words only fits the scenario types listed
A, C_, I = "acct", "cmpl", "info"
FIT = {
    "powerbank": {"收费标准": {I}, "优惠券": {I}, "押金": {A}, "财务": {A}, "流水": {A}, "退不退": {A}, "钱包": {A}, "多付": {C_}, "柜机": {C_},
                  "运维": {C_}, "推到底": {C_}, "商家": {C_}, "多跑": {C_}, "柜子": {C_}},
    "cloud": {"套餐": {I}, "空间使用": {I}, "扣费": {A}, "续费": {A}, "会员订单": {A}, "苹果": {A}, "扣款": {A}, "文件": {C_}, "资料": {C_},
              "技术": {C_}, "删": {C_}, "恢复": {C_}, "回收站": {C_}, "损失": {C_}, "空间明细": {I}},
    "resale": {"发布规则": {I}, "信用记录": {I}, "签收": {A}, "货款": {A}, "打款": {A}, "到账": {A}, "担保": {A, C_}, "不对板": {C_}, "审核": {C_}, "物流": {C_},
               "快递": {C_}, "收到这样": {C_}, "聊天记录": {C_}, "纠纷": {C_}, "退不退": {C_}, "商品描述": {C_},
               "自己要买": {C_}, "协商": {C_}, "发什么货": {C_}, "确认收货": {C_}, "卖东西": {A, I}},
    "audiobook": {"套餐": {I}, "收听记录": {I}, "扣费": {A}, "续订": {A}, "自动续费": {A}, "支付": {A}, "要退": {A}, "退款": {A}, "订阅": {A, I},
                  "听不了": {C_}, "找不到": {C_}, "下载": {C_}, "已购": {C_}, "找回": {C_}, "手机": {C_}, "技术": {C_}},
    "doorlock": {"关在门外": {C_}, "进不了家门": {C_}, "低电量": {C_}, "电池": {C_}, "开锁": {C_}, "门外": {C_},
                 "家里的安全": {C_}, "应急": {C_}, "锁匠": {C_}, "门口": {C_}, "上门": {A, C_}, "派单": {A, C_},
                 "修": {A, C_}, "安装": {I}, "排期": {A, I}},
    "telemed": {"图文": {I}, "免费次数": {I}, "处方": {A}, "药师": {A}, "用药": {A}, "药的事": {A}, "药品": {A}, "退款": {C_}, "退费": {C_},
                "问诊费": {C_}, "按时回复": {C_}, "接诊": {C_}, "不回复": {C_}, "等了这么久": {C_}, "高烧": {C_},
                "不退": {C_}, "医生回复": {C_}, "医生什么时候回": {C_}, "医生怎么回": {C_}},
}


def fits(trade, line, skey):
    return all(skey in sc for k, sc in FIT[trade].items() if k in line)
