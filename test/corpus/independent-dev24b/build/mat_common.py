# -*- coding: utf-8 -*-
"""Shared material for independent-dev24b (hand-written, trade-neutral parts only).

Trade files define M = {...} with the keys listed in DECISIVE_KINDS / OTHER_KINDS.
Slots: {v} fact value, {n} staff number, {name} agent name, {r} reference number.
"""

SET = "independent-dev24b"
RUN = "dev24b"
PREFIX = "h17b"
TRADES = ["studyabroad", "purifier", "hearing", "escape", "ktv", "hostel"]

# material kinds whose lines are decisive for some check (counted for core-wording reuse)
DECISIVE_KINDS = [
    "greet", "greet_bad", "id", "close", "close_bad", "verify_ask", "verify_ok",
    "hold_ask", "hold_thanks", "empathy", "rude", "buckpass", "cold", "toldyou",
    "nonanswer", "ref", "survey", "correct",
]
# per-scenario decisive kinds
SCEN_DECISIVE = ["f1_say", "f2_say", "complaint"]

BACKCHANNELS = ["嗯", "对", "好的", "嗯嗯", "对对", "好"]
FILLERS = ["呃", "那个", "就是", "嗯"]
NUDGES = ["在吗？", "还在吗", "人呢？", "？？"]

AGENT_NAMES = ["小林", "小周", "小唐", "小许", "小蒋", "小韩", "小罗", "小沈", "小宋", "小陆",
               "小彭", "小邓", "小范", "小曹", "小袁", "小邱"]
CUSTOMER_NAMES = ["王女士", "陈先生", "刘先生", "赵女士", "孙女士", "李先生", "郑先生", "何女士",
                  "吴先生", "冯女士", "马先生", "胡女士", "高先生", "梁女士", "谢先生", "董女士",
                  "潘先生", "杜女士"]

DIGIT_WORDS = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六",
               "7": "七", "8": "八", "9": "九"}

# speech-recognition style near-homophone swaps applied only to non-decisive customer lines
HOMOPHONES = [("已经", "以经"), ("时候", "时后"), ("那边", "那变"), ("知道", "只道"),
              ("现在", "线在"), ("一下", "一夏"), ("意思", "意识"), ("还是", "还事"),
              ("怎么", "怎莫"), ("问题", "问提")]

PARTICLES = "的了吗呢吧啊呀哦哈嘛么啦"
