"""Shared, non-decisive material and helpers (customer small talk, verification answers, normaliser).

Decisive agent categories live in mat_<domain>.py, one set per trade.
"""
import re

# ---- normaliser shared by gen (ASR forms) and validate (matching) ----
PUNCT = re.compile(r"[\s，。？！、；：,.?!;:～~…“”\"'（）()·—-]")
# homophones the simulated speech recogniser produces: canonical -> heard
HOMOPHONES = [("工号", "公号"), ("再见", "在见"), ("评价", "平价"), ("抱歉", "报歉"), ("受理", "授理"), ("核对", "合对")]
FILLERS = ["呃", "那个", "嗯", "就是"]


def norm(s: str) -> str:
    s = PUNCT.sub("", s)
    for canon, heard in HOMOPHONES:
        s = s.replace(heard, canon)
    for f in FILLERS:
        s = s.replace(f, "")
    return s


def spoken_chars(s: str) -> int:
    return sum(1 for ch in s if ("\u4e00" <= ch <= "\u9fff") or ch.isalnum())


DIGIT_WORDS = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}


def read_out(code: str) -> str:
    return "".join(DIGIT_WORDS.get(c, c) for c in code)


BACKCHANNELS = ["嗯", "对", "好的", "嗯嗯", "对对", "好"]

# ---- customer small talk (not decisive for any check) ----
C_OK = ["好的。", "嗯，好。", "行。", "可以。", "好的好的。", "嗯嗯，您说。", "明白，好。", "哦哦，好。"]
C_OK_CHAT = ["好的", "好的～", "嗯嗯", "行", "可以的", "收到"]
C_HOLD_OK = ["好，我等着。", "行，您查吧。", "嗯，好的。", "没问题。", "好，不急。"]
C_PRESS = ["那具体是多少呢？能给个准话吗？", "您就直说吧，规定里到底是多少？", "能说个确切的吗？我好安排。",
           "那一般是怎么规定的，总有个数吧？", "我就想知道个准数，麻烦您再看看。"]
C_REPEAT = ["不好意思，你再说一下，是多少来着？", "刚才没记住，麻烦再讲一遍？", "再说一遍行吗，我拿笔记一下。",
            "等下，刚才那个数您再重复一下？"]
C_WRAPNO = ["没有了，谢谢。", "没别的了。", "就这些。", "暂时没有了。", "没了没了。", "嗯，没有了。"]
C_AFTER_SURVEY = ["好。", "行，知道了。", "嗯，可以。", "好的。"]
C_BYE = ["好，再见。", "谢谢，拜拜。", "好嘞，谢谢。", "嗯，再见。"]
C_AFTER_NONANS = ["哦，那好吧。", "那行吧。", "……好吧。", "这样啊，那算了。"]
C_AFTER_TOLD = ["……行吧。", "哦，好吧。", "嗯，我记下了。"]
C_NUDGE = ["在吗？", "人呢？", "还在吗"]
C_ASK_HUMAN = ["转人工", "人工客服", "我要找人工"]
C_APOLOGY = ["不好意思，我这边有点吵，", "抱歉啊，打扰了，", "对不起，我说话有点乱，", "不好意思，麻烦您了，"]

# verification answers by the kind of check asked
C_VERIF = {
    "id4": ["后四位是{d4}。", "{d4}，身份证最后四位。", "身份证尾号{d4}。"],
    "name4": ["我叫{pname}，手机尾号{d4}。", "{pname}，手机后四位{d4}。", "名字是{pname}，尾号是{d4}。"],
    "code": ["收到了，验证码{d4}。", "验证码是{d4}。", "我看一下……{d4}。"],
    "birth": ["我是{birth}出生的。", "出生日期{birth}。", "{birth}。"],
}
VERIF_OK = ["好的，核对无误，", "嗯，信息对得上，", "好，核对过了，是本人，", "可以了，信息一致，", "核对上了，"]
ID_LATE_PREFIX = ["对了，忘了跟您说，", "补充一下，", "哦对，", "另外说一下，"]
AGENT_FIN_NONCLOSE = ["好的。", "嗯，行。", "好，那就先这样处理。", "行的，明白。"]
AGENT_ACK = ["好的，收到。", "嗯，明白了。", "好的，我记下了。", "了解。"]
SYSTEM_JOINED = ["人工客服已接入", "已为您接通人工服务", "客服已进入会话"]

PERSON_NAMES = ["王立群", "陈秀兰", "刘建国", "赵雅静", "孙浩然", "周美玲", "吴志强", "郑晓雯", "冯德胜", "蒋丽娜",
                "韩文博", "杨春燕", "朱海涛", "秦玉梅", "许国栋", "何静怡"]
BIRTHS = ["一九八六年四月十二号", "一九九二年十一月三号", "一九七九年七月二十号", "一九九五年二月八号", "一九八三年九月十九号"]
BIRTHS_CHAT = ["1986年4月12日", "1992年11月3日", "1979年7月20日", "1995年2月8日", "1983年9月19日"]
