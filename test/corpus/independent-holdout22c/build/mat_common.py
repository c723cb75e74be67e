# Shared machinery material (not trade wording).
import re
BC = ['嗯', '对', '好的', '嗯嗯', '对对']
SYSTEM = {'chat_transfer': '正在为您转接人工客服，请稍候。'}
TO_HUMAN = ['转人工', '人工客服']
BIRTH = ['1990年3月8日', '1987年11月2日', '1995年6月21日', '1982年9月14日']
FILLERS_START = ['呃', '那个', '就是', '嗯']
VOICE_ONLY = ['致电', '来电', '挂机', '挂了']
CHAT_ONLY = ['打字', '留言', '对话结束', '在线']
DW = '零幺一二三四五六七八九'
DWMAP = {'零': '0', '〇': '0', '幺': '1', '一': '1', '二': '2', '两': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9'}
TO_WORD = {'0': '零', '1': '幺', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九'}
PUNCT = re.compile(r'[\s，。？！、：；“”‘’～~,\.\?!:;"\'\-/()（）…]+')
RUN = re.compile('[零〇幺一二三四五六七八九]{3,}')


def norm(s):
    s = PUNCT.sub('', s)
    s = s.replace('呃', '').replace('嗯', '')
    while True:
        for f in ('那个', '就是'):
            if s.startswith(f):
                s = s[len(f):]
                break
        else:
            break
    s = RUN.sub(lambda m: ''.join(DWMAP[c] for c in m.group(0)), s)
    return s


def spoken_chars(s):
    return len(re.findall(r'[\u4e00-\u9fffA-Za-z0-9]', s))

# correction lead-ins (shared across trades; reported separately in README)
CORR = ['不好意思，我刚才看错了一行。', '更正一下，刚才那个说错了。', '抱歉，我重新核对了一下。', '刚才口误了，我纠正一下。',
        '我再确认了一遍，之前的说法不对。', '稍等，我刚刚念错了。', '对不起，前面那句我说岔了。', '我更正一下前面的说法。',
        '刚才是我看串行了。', '前面给您的信息有误，以这个为准。', '纠正一下我上一句。', '不对不对，我刚看错了。']
