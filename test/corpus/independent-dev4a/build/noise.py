"""ASR-like noise on ~70% of voice calls: dropped punctuation, fillers, homophones (customer side only,
so the label-bearing agent wording stays what was said)."""
import re

HOMOPHONES = [("已经", "以经"), ("那个", "哪个"), ("现在", "先在"), ("怎么", "咋么"), ("的话", "得话"), ("知道", "只道")]
FILLERS = ["嗯", "呃", "那个", "就是", "啊"]


def add_noise(r, turns):
    if r.random() > 0.7:
        return
    for i, tu in enumerate(turns):
        text = tu["text"]
        if tu["sp"] == "customer":
            if r.random() < 0.5:
                for a, b in HOMOPHONES:
                    text = text.replace(a, b)
            if r.random() < 0.4:
                text = r.choice(FILLERS) + text
            if r.random() < 0.7:
                text = re.sub(r"[，。？！、]", " ", text).strip()
        else:
            if i > 0 and r.random() < 0.15:
                text = "嗯，" + text
            if r.random() < 0.5:
                text = re.sub(r"[，。？！、：]", " ", text).strip()
        if text != tu["text"]:
            tu["noisy"] = True
        tu["text"] = text
