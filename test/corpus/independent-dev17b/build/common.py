import importlib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mat_common as M
from plan import DOMAINS

SET = "independent-dev17b"
RUN = "dev17b"
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOM = {d: importlib.import_module("mat_" + d).D for d in DOMAINS}
DIG = dict(zip("0123456789", "零幺二三四五六七八九"))
PUNCT = "，。？！、：；,.?!:;～~"


def words(s):
    return "".join(DIG.get(ch, ch) for ch in s)


def norm(s):
    for a, b in M.HOMOPHONES.items():
        s = s.replace(a, b)
    s = words(s)
    return re.sub(r"[\s，。？！、：；,.?!:;～~\"'“”（）()]", "", s)


def spoken_chars(s):
    return len(re.findall(r"[\u4e00-\u9fff0-9A-Za-z]", s))


def scenario(i):
    d = DOMAINS[i // 25]
    return DOM[d]["scenarios"][(i % 25) % 3]
