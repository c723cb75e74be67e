# Shared, non-decisive material and text helpers for independent-dev20c.
import re

SET = "independent-dev20c"
RUN = "dev20c"
DOMAINS = ["spam", "instrument", "inspection", "remit", "aesthetic", "cabinet"]

# ASR homophones (invented for this set); validator normalises forward on both sides.
HOMO = {"工号": "公号", "再见": "在见", "工单": "公单", "评价": "平价", "核对": "合对", "稍等": "稍登",
        "受理": "授理", "满意": "满义"}
FILLERS = ["呃", "那个", "嗯", "就是", "呃那个", "这个"]
BACKCH = ["嗯", "对", "好的", "嗯嗯", "是", "对对"]

DIG_ASR = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
PUNCT = "，。？！、；：,.?!;:“”\"'（）()～~…— \u3000"


def digits_to_words(s):
    return "".join(DIG_ASR.get(ch, ch) for ch in s)


def norm(s):
    s = digits_to_words("".join(ch for ch in s if ch not in PUNCT))
    for k, v in HOMO.items():
        s = s.replace(k, v)
    return s


def spoken_chars(s):
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", s))


CODE_CLASS = "[0-9A-Za-z零幺一二三四五六七八九]"


def template_regex(line):
    """Normalised regex for a material line; {n} staff number, {ref} reference, {v} fact value, {d} digits."""
    n = norm(line)
    out, i = "", 0
    for m in re.finditer(r"\{(n|ref|v|d)\}", n):
        out += re.escape(n[i:m.start()])
        k = m.group(1)
        out += {"n": CODE_CLASS + "{2,6}", "ref": CODE_CLASS + "{6,14}", "v": "(?P<v>.+?)", "d": CODE_CLASS + "{3,8}"}[k]
        i = m.end()
    out += re.escape(n[i:])
    return out


# generic customer lines (non-decisive)
CUST_ACK = ["好的。", "行，明白了。", "嗯，好。", "哦哦，知道了。", "可以，记下了。", "好，那我等着。", "嗯嗯，行。", "这样啊，好的。"]
CUST_DONE = ["没有了，就这些。", "没了没了。", "暂时没有了。", "就这个事，没别的了。", "嗯，没有其他的了。", "没啥了。"]
CUST_BYE = ["好，拜拜。", "嗯，好的，挂了啊。", "行，谢谢啊。", "好嘞。"]
CUST_OK_WAIT = ["好的，您查。", "嗯，行。", "好，我等一下。", "可以。"]
PRESS = ["那你能不能帮我问问？", "那总得有个说法吧，到底怎么样？", "你再帮我看看呢？", "那您问一下别人行吗？"]
REPEAT_Q = ["刚才那个您再说一遍？我没记住。", "不好意思，刚才说的多少来着？", "你再讲一下刚才那个，我拿笔记一下。", "啊？刚刚那个再说下？"]
CUST_SORRY = ["不好意思啊，我这边有点吵。", "抱歉抱歉，刚才信号不太好。", "不好意思我说得有点乱。", "哎，对不住，我刚走开了一下。"]
LISTEN = ["明白，我来帮您处理。", "好的，您说的情况我记下了。", "嗯，了解了。", "清楚了，我这边来跟进。"]
NOTE = ["情况我都给您备注上了。", "这些我都记录好了。", "相关信息已经登记在系统里。", "您反映的内容已经录入了。"]
NUDGE = ["在吗？", "还在吗？", "您好？有人吗"]
VOLUNTEER = ["我先把号报给您，", "您先记一下，", "我直接说吧，"]
