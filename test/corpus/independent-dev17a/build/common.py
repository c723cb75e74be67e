"""Shared constants for plan/gen/validate (standard library only)."""
import importlib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
SET = "independent-dev17a"
RUN = "dev17a"
DOMAINS = ["hotline", "moving", "dental", "confinement", "cinema", "furniture"]
CHECKS = ['greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette', 'politeness',
          'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution', 'first-response', 'response-latency',
          'fact-accuracy', 'no-misinformation', 'record-reference', 'survey-offered', 'required-info']

def mats():
    return {d: importlib.import_module("mat_" + d).D for d in DOMAINS}

PUNCT = re.compile(r"[，。？！、；：,.?!\s～~]")
FILLERS = ["那个", "就是", "这个", "呃", "嗯"]
HOMO = [("工单号", "公单号"), ("工号", "公号"), ("再见", "在见"), ("评价", "平价")]
DIGW = "零幺二三四五六七八九"
CODE = "[A-Z0-9零幺一二三四五六七八九]"

def spoken(s):
    return PUNCT.sub("", s)

def norm(s):
    s = PUNCT.sub("", s)
    for a, b in HOMO:
        s = s.replace(b, a)
    for f in FILLERS:
        s = s.replace(f, "")
    return s

def line_re(tpl):
    parts = re.split(r"\{(?:sid|ref)\}", tpl)
    return re.compile((CODE + "{4,14}").join(re.escape(norm(p)) for p in parts))

# shared customer/agent glue (not decisive)
ACK = ["好的，收到。", "明白，您说的情况清楚了。", "好的，记下了。"]
NOINFO = ["好的，您的情况我大致明白了。", "嗯，好的，我了解了。", "行，这个情况我清楚了。"]
CUST_OK = ["好的。", "行。", "嗯，好。", "好的，明白了。"]
CUST_NO = ["没有了，谢谢。", "没别的了。", "暂时没有了。"]
CUST_BYE = ["好的，再见。", "好，拜拜。", "谢谢，再见。"]
CUST_END_BARE = ["嗯。", "好的。", "哦，好。"]
NUDGE_V = ["喂？还在吗？", "喂，听得到吗？"]
NUDGE_C = ["在吗？", "人呢？在吗？"]
BACKCH = ["嗯", "嗯嗯", "对", "好的"]
AFTER_NUDGE = ["在的在的，", "在的，"]
