"""服务忌语 in unusual wording, and courteous look-alikes that must NOT count as 忌语.

Each forbidden phrase carries its category. RUDE categories also make politeness fail (a rude,
mocking or threatening line); SOFT categories (buck-passing, flat refusal, cold reply) in an otherwise
courteous contact fail forbidden-words only (see README, judgement calls).
"""

FORBIDDEN = {
    # soft: one such line in a courteous contact is a 忌语 but the register stays courteous
    "buck-passing": [
        "这块你得自己跑一趟网点，我们电话这边不办。", "这个不归我们这块管，你找别的部门去吧。", "你打别的号问吧，我这管不了。", "这种事你该去线下网点，别打热线。",
        "那是合作方的事，你自己联系他们。", "跟我说没用，你找当时给你办的人去。", "这不是我负责的，你另找人问。",
    ],
    "flat-refusal": [
        "不行就是不行，没得商量。", "办不了，规定摆在那儿。", "这个没有例外，别想了。", "不可能，我们从来不这么办。",
    ],
    "cold": [
        "嗯，有事再说。", "就这样，别的我不管。", "爱咋办咋办吧。", "反正就这规定，你自己看着办。", "随你便。",
    ],
    # rude: also politeness = fail
    "impatience": [
        "哎呀你说这些跟我没关系，挑要紧的讲。", "你能不能快点说重点，后面一堆人排队呢。", "行了行了，别念叨了。", "一句话说清楚，到底办不办？",
    ],
    "already-told": [
        "这个问题前面已经回答过你了，没必要再问。", "刚才不是讲过一遍了吗？", "我都说三遍了你还问。", "同样的话别让我再重复了。",
    ],
    "blaming": [
        "早干嘛去了，现在才想起来打电话。", "还不是你自己没看清条款。", "谁让你逾期不还的，怪谁呢。", "你自己操作错了还赖我们？",
    ],
    "ordering": [
        "你听我说完行不行？", "你先闭嘴听我讲。", "你嚷嚷什么，小点声。", "别打断我，听着。",
    ],
    "sarcasm": [
        "你这问题问得可真新鲜。", "这么简单都弄不明白啊？", "哟，现在才想起来问啊。", "您可真行，字都不认识吗？",
    ],
    "dare-complain": [
        "要投诉请便，电话自己上网查。", "想投诉你就去投诉，随便。", "你告去吧，投诉我也没用。", "有本事你去找领导啊。",
    ],
    "vulgar": ["什么玩意儿。", "有病吧这是。"],
}
SOFT_CATEGORIES = ["buck-passing", "flat-refusal", "cold"]
RUDE_CATEGORIES = ["impatience", "already-told", "blaming", "ordering", "sarcasm", "dare-complain", "vulgar"]

# Courteous look-alikes (forbidden-words pass): a referral WITH help, a rule plus an option,
# 'I understand', a polite repeat, "not your fault".
POLITE_LOOKALIKES = [
    "这块需要相关部门核实，我先帮您把情况报过去，有结果我打给您。", "规定是规定，不过我可以帮您申请特殊处理，您看行吗？",
    "刚才可能没讲清楚，我换个说法：就按刚才说的办，不会多收您钱。", "您别担心，这不是您操作的问题，是系统的原因。",
    "这个不归您操心，后面的流程我来跟。", "要是您对处理结果还不满意，可以拨打我们的监督电话，我把号码发给您。",
    "这个不复杂，我陪您一起弄，您别着急。", "线下网点也能办，不过不用跑，我这边电话里就给您办了。",
]

# Curt register (politeness = fail without any 忌语): terse acknowledgements used between steps.
CURT_ACKS = ["嗯。", "行。", "知道了。", "哦。", "然后。"]
WARM_ACKS = ["好的，明白了。", "嗯嗯，我听明白了。", "好嘞，这个我来处理。", "清楚了，您放心。", "收到，我记下了。",
             "哦哦，是这么个情况，我来帮您弄。", "您说的我都记上了。", "行，这事交给我。"]

# Non-answers to a customer question (resolution = fail when nothing follows).
NON_ANSWERS = [
    "这个我这边说不好。", "这个查不到，没法答复。", "这块我也不太清楚。", "这个我回答不了。", "具体的我也不好讲。",
    "这个嘛，得看情况吧。", "我这边没有这方面的信息。", "您问的这个我们这没有口径。",
]
# Referral WITH help after a can't-say (resolution stays pass).
REFERRAL_WITH_HELP = [
    "这个我这儿查不到，我现在把您转到专线，已经把情况备注好了，不用重复说。",
    "这个我没法当场确认，我提交给后台，今天下班前回电给您。",
]
