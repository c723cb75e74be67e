# Common material and text helpers for independent-dev28a (hand-written).
import re

def L(s):
    return [x.strip() for x in s.strip().split('\n') if x.strip()]

FILLERS = ['呃', '那个', '就是', '嗯']
HOMO = {'证': '正', '费': '废', '期': '其', '查': '茶', '办': '半', '已': '以', '再': '在'}
DIGIT_WORDS = {'0': '零', '1': '幺', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九'}
WORD_DIGITS = {'零': '0', '幺': '1', '一': '1', '二': '2', '两': '2', '三': '3', '四': '4', '五': '5',
               '六': '6', '七': '7', '八': '8', '九': '9'}
PUNCT = re.compile(r"[\s，。！？、；：,.!?;:“”\"'（）()…—~·]+")
BACKCHANNELS = ['嗯', '对', '好的', '嗯嗯', '对对', '好', '是', '明白']
GREET_WORDS = ['您好', '你好', '早上好', '上午好', '下午好', '晚上好', '欢迎']
VOICE_ONLY = re.compile(r'来电|致电|挂机|别挂|按键|按一下键|听得到|听清|说慢|挂了|打过来')
CHAT_ONLY = re.compile(r'打字|输入|发送|链接|截图|点击|页面|发给|打的字|消息')
PARTICLES = re.compile(r'[吗呢吧啊呀哦嘛了的啦哈呗噢]')
NUMWORDS = re.compile(r'[0-9零幺一二两三四五六七八九十百千万]+')

def strip_p(s):
    return PUNCT.sub('', s)

def C(s):
    """canonical form used to match material against (possibly ASR-noised) turn text"""
    s = strip_p(s)
    for f in FILLERS:
        s = s.replace(f, '')
    s = ''.join(HOMO.get(ch, ch) for ch in s)
    s = ''.join(WORD_DIGITS.get(ch, ch) for ch in s)
    return s

def P(s):
    """form used for requiredInfo regular expressions"""
    return ''.join(HOMO.get(ch, ch) for ch in strip_p(s))

NAMES = ['小周', '小叶', '小骆', '小温', '小庞', '小钟', '小谭', '小姚', '小冯', '小郝', '小董', '小贺',
         '小程', '小陶', '小俞', '小滕', '小汤', '小章', '小岑', '小詹', '小全', '小方', '小段', '小邵']

def core(s):
    s = s.replace('{v}', '').replace('{ref}', '')
    for n in NAMES:
        s = s.replace(n, '')
    s = strip_p(s)
    s = NUMWORDS.sub('', s)
    s = re.sub(r'[A-Za-z]', '', s)
    s = PARTICLES.sub('', s)
    return s

def han_count(s):
    return len(re.findall(r'[\u4e00-\u9fff0-9A-Za-z]', s))

# customer answers to verification asks, by data type (customer side, not counted as decisive)
VERIFY_ANS = {
    'phone': L('''尾号是{d4}
手机后四位{d4}
后四位是{d4}，这个号用了好多年了'''),
    'id': L('''身份证后六位是{d6}
后六位{d6}
我看一下身份证啊，后六位{d6}'''),
    'birth': L('''{birth}出生的
生日是{birth}
我是{birth}生的'''),
    'sms': L('''验证码是{d6}
收到了，{d6}
{d6}，刚收到的'''),
}
BIRTHS = ['一九五八年三月六日', '一九六二年十月九日', '一九七五年五月二十日', '一九八八年一月三日', '一九九一年七月十四日', '一九四九年十二月二日']
NUDGES = L('''在吗？
还在吗
人呢？
有人吗
喂？还在线吗
怎么没动静了''')
TRANSFER_REQ = L('''转人工
人工客服
我要找人工
转人工服务''')
SYSTEM_TRANSFER = '正在为您转接人工客服，请稍候'
SYSTEM_QUEUE = '当前排队人数较多，请耐心等待'
# customer presses after a non-answer that the agent later makes good (customer side)
PRESS_GENERIC = L('''你再帮我查查嘛，这个挺要紧的。
能不能帮我问问别的同事？
这个对我挺重要的，麻烦再看看。
你们内部没有资料吗？再找找？
真的一点都查不到吗？
那麻烦你再确认一下呗。''')
