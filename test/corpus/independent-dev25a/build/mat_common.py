# -*- coding: utf-8 -*-
"""Shared, non-decisive material: ASR noise, backchannels, generic customer lines."""

SET = "independent-dev25a"
RUN = "dev25a"
PREFIX = "h18a"
SEED = 40221
TRADES = ["env", "metro", "dpf", "vet", "fdoc", "met"]

# ASR fillers inserted at clause starts (material lines must not contain them)
FILLERS = ["呃", "那个", "就是", "嗯"]
# agent backchannels said over the customer (listening, not turns)
BACKCHANNELS = ["嗯", "对", "好的", "嗯嗯", "是的"]
# homophone / near-homophone slips of our own choosing: original -> heard
HOMOPHONES = {
    "登记": "登机", "核实": "合实", "办理": "半理", "证明": "正明",
    "补贴": "补帖", "签约": "签月", "预报": "预豹", "投诉": "头诉",
    "电话": "电化", "退款": "退宽", "残疾": "残积", "身份证": "深份证",
    "申请": "伸请",
}
DIGIT_WORDS = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四",
               "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}

# generic customer lines (not decisive)
CUST_OK = ["好的。", "哦，知道了。", "行，明白。", "哦哦，好。", "可以。", "好，谢谢。"]
CUST_NOMORE = ["没有了，谢谢。", "没别的了。", "暂时没有了。", "就这些，谢谢啊。"]
CUST_BYE = ["好的，再见。", "行，拜拜。", "好嘞，再见。", "谢谢，拜拜。"]
CUST_REPEAT = ["不好意思，刚才没听清，是多少来着？", "您能再说一遍吗？我没记住。",
               "啊？刚才那个数再说一下？"]
CUST_PRESS = ["那您能帮我问一下吗？", "您再帮我查查呗？", "这个您能想办法问问吗？"]
CUST_AFTER_RUDE = ["……行吧。", "你这什么态度。算了，继续说吧。", "好吧。"]
CUST_NUDGE = ["在吗？", "还在吗？", "你好？"]
CUST_ZHUAN = ["转人工", "人工客服", "我要转人工"]
CUST_NOWORRY = ["没事没事，说清楚就行。", "哦，那没关系。"]
CUST_VERIFY_ANS = {
    "tail": ["尾号是{t4}。", "后四位{t4}。"],
    "id": ["身份证后六位{id6}。", "后六位是{id6}。"],
    "birth": ["出生日期是{birth}。", "我是{birth}出生的。"],
    "sms": ["验证码是{sms}。", "收到了，{sms}。"],
}
WRAP_Q = ["请问还有其他需要帮您的吗？", "您看还有别的问题吗？", "还有什么要咨询的吗？"]
OPEN_TAIL = ["请问有什么可以帮您？", "请问您要咨询什么？", "您请讲。"]
BOT_HELLO = "您好，我是智能助手，请简单描述您的问题。"
BOT_FALLBACK = ["抱歉，我没有理解您的问题，您可以换个说法，或输入“转人工”。",
                "这个问题建议您咨询人工客服，输入“转人工”即可。"]
SYS_TRANSFER = "正在为您转接人工客服，请稍候。"
SYS_JOINED = "人工客服已接入会话。"
# generic agent content lines used by gen (not decisive; linted against decisive material)
PROCEDURAL = ["我这边先把情况记下来。", "您说的我记录一下。", "请您继续说明情况。"]
AFTER_EMPATHY = ["我这边会把情况备注清楚，督促尽快处理。", "我会把您的意见一并反馈上去。"]
RUDE_CONT = ["您接着说。", "我这边继续给您处理。", "具体情况我再看下。"]
HOLD_NOTHANKS = ["我看到了。", "查到了。", "系统里有记录。"]
HOLD_CONTENT = ["您这边的情况我都看了。", "资料已经调出来了。", "我这边都核对了一遍。"]
HOTLINE_LINES = ["后续有问题可以再拨{h}。", "号码是{h}，随时可以打过来。"]
SPLIT_FILL = "我这边也给您备注上了。"
PRO_PREFIX = "另外跟您说一下，"
