# Shared, non-decisive material and text helpers for independent-dev27b.
import re
SET = "independent-dev27b"; RUN = "dev27b"; PREFIX = "h20b"
TRADES = ["ortho", "drain", "fresh", "heater", "kids", "dance"]
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
FILLERS = ["呃", "那个", "就是", "嗯"]
# ASR near-homophones: right -> heard
HOMO = {"已经": "以经", "时候": "时侯", "这边": "这遍", "麻烦": "麻繁", "应该": "因该", "马上": "马尚",
        "之前": "之钱", "因为": "应为", "再见": "在见", "现在": "现再", "安排": "按排"}
DIG = "零一二三四五六七八九"
PUNCT = re.compile(r"[\s，。！？、；：,.!?;:“”\"'‘’（）()【】\[\]…—~～%·\-/]+")
PARTICLES = "吗呢吧啊呀哦嘛了的啦哈呗嘞"
BACKCH = ["嗯", "对", "好的", "嗯嗯", "对对", "好"]

def norm(s):
    s = PUNCT.sub("", s).replace("〇", "零").replace("幺", "一")
    s = "".join(DIG[int(c)] if c.isdigit() else c for c in s)
    for r, w in HOMO.items():
        s = s.replace(w, r)
    for f in FILLERS:
        s = s.replace(f, "")
    return s

def tpl_regex(tpl):
    """regex for a template with {slot}s, matched against norm()ed text"""
    parts = re.split(r"\{[a-z]+\}", tpl)
    return re.compile("(.{1,16}?)".join(re.escape(norm(p)) for p in parts))

def core(tpl, strip):
    s = re.sub(r"\{[a-z]+\}", "", tpl)
    for w in sorted(strip, key=len, reverse=True):
        if w: s = s.replace(w, "")
    s = PUNCT.sub("", s)
    s = re.sub(r"[0-9A-Za-z]", "", s)
    return "".join(c for c in s if c not in PARTICLES)

def spoken_chars(s):
    return sum(1 for c in s if '\u4e00' <= c <= '\u9fff' or c.isdigit() or c.isascii() and c.isalpha())

OFFER = ["请问有什么可以帮您？", "请问您要办理什么业务？", "您请说。", "请问您遇到什么问题了？", "有什么需要我帮忙的吗？"]
ACK = ["好的，收到。", "明白了。", "好的，我记一下。", "行，我知道了。", "好，我这边记下来了。"]
CUST_THANKS = ["好的，谢谢你。", "行，明白了，谢谢。", "知道了，谢谢啊。", "好，那就这样吧。", "可以，辛苦你了。", "没问题了，谢了。"]
CUST_OK = ["好的。", "行。", "可以。", "明白。", "嗯，好。"]
CUST_SORRY = ["不好意思，这么晚还打扰你们。", "抱歉啊，刚才打了一次没说清楚就断了。", "不好意思，我有点着急，说话快。", "打扰了，我就问个小事。"]
CUST_DOUBT = ["啊？跟我印象里的不太一样。", "是吗？你再确认一下？", "你确定吗？我记得不是这个。"]
REASK = ["你刚才说{label}是多少来着？", "不好意思没听清，{label}再说一下？", "等下，{label}你再讲一遍。"]
PROC = ["这个情况我先记录一下。", "好的，我继续帮您看。", "我们按流程来处理。", "那我接着跟您说。", "嗯，这个我了解了。"]
SUBDUED = ["……好吧，那你说。", "行吧。", "我就是想问清楚而已。", "……那接着说吧。"]
def vans_for(ask, rng):
    """the customer's answer that fits the holder-only data asked for"""
    d4 = "".join(rng.choice("0123456789") for _ in range(4))
    if "验证码" in ask or "短信码" in ask or "四位码" in ask:
        return rng.choice(["验证码是{d}。", "{d}。", "收到的是{d}。"]).replace("{d}", d4)
    if "出生" in ask or "生日" in ask:
        return rng.choice(["一九八八年十月三号。", "二零一五年四月二十二号。", "生日是六月十八号。", "一九九五年三月八号。"])
    if "身份证" in ask:
        n = 6 if "六位" in ask else 4
        return "身份证后%s位是%s。" % ("六" if n == 6 else "四", "".join(rng.choice("0123456789") for _ in range(n - 1)) + rng.choice("0123456789X"))
    return rng.choice(["尾号{d}。", "后四位是{d}。", "是{d}。"]).replace("{d}", d4)

NUDGE = ["在吗？", "还在吗？", "有人吗？"]
BOT = ["您好，我是智能助手小助，请简单描述您的问题。", "抱歉，我没有理解您的问题，您可以输入“转人工”。", "正在为您转接人工服务，请稍候。"]
TO_HUMAN = ["转人工", "人工客服", "我要找人工"]
IVR = ["您好，欢迎致电{org}，{menu}请按1，其他业务请按2，人工服务请按0。", "正在为您转接人工坐席，请稍候。"]
IVR_ABANDON = "当前坐席全忙，请您耐心等待，您前面还有{q}位。"
