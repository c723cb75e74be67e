"""Hand-written, domain-neutral agent and customer lines for set independent-dev5b.

Every list is written by hand for this set; gen.py picks from them with a seeded RNG. Lines carry
`{org}`, `{name}`, `{sid}` (staff id) or `{ref}` placeholders filled per contact.
"""

# --- greetings (first agent turn) -------------------------------------------------------------
GREET_OK = [
    "您好，{org}，",
    "您好！这里是{org}，",
    "你好您好，{org}客服，",
    "早上好，欢迎致电{org}，",
    "下午好，{org}，很高兴为您服务，",
    "您好呀，欢迎咨询{org}，",
    "您好，感谢您的来电，{org}，",
]
# First turns that open without any greeting (curt, or straight to business).
GREET_FAIL = [
    "{org}，",
    "喂，{org}，",
    "嗯，这边{org}，",
    "{org}这边，",
]

# --- identification inside the first two agent turns -----------------------------------------
ID_OK = [
    "我是{sid}号客服专员，",
    "工号{sid}为您服务，",
    "我的工号是{sid}，",
    "我是客服{name}，工号{sid}，",
    "我是专员{name}，",
    "编号{sid}的{name}为您服务，",
]
# Looks like an id and is not: a bare role, the hotline number, nothing at all.
ID_FAIL = [
    "我是客服，",
    "我是人工客服，",
    "",
    "本热线{hotline}，",
    "",
    "我是这边的工作人员，",
]
ASK_HOW = [
    "请问有什么可以帮您？",
    "请问您要办理什么业务？",
    "您请讲。",
    "请问今天需要咨询点什么？",
    "有什么能帮到您的吗？",
]
ASK_HOW_CURT = ["什么事？", "说吧。", "办什么？", "啥事？"]

# --- verification asks (identity of the holder) ------------------------------------------------
VERIFY_ASK = [
    "为了保护您的信息安全，麻烦先核实一下身份，请报一下持有人姓名和身份证后四位。",
    "先跟您核对一下身份哈，您的全名和证件号码后四位是多少？",
    "办理前需要验证身份，请问您的姓名，还有预留手机号后四位？",
    "我这边先核验下身份，麻烦说一下您的出生日期和姓名。",
    "稍微核实一下，机主姓名和身份证号最后四位麻烦告诉我。",
    "出于安全考虑请您先提供一下本人姓名和证件后四位好吗？",
]
VERIFY_ASK_CURT = ["姓名，身份证后四位。", "报一下你姓名和证件后四位。"]
VERIFY_DONE = [
    "好的，身份核实通过了，谢谢您。",
    "核对无误，感谢配合。",
    "好的，信息对上了。",
    "可以了，验证通过。",
]
VERIFY_DONE_CURT = ["行。", "对上了。"]

# --- holds ------------------------------------------------------------------------------------
HOLD_ASK = [
    "请您稍等一下，我帮您查询。",
    "麻烦您稍候片刻，我这边调一下记录。",
    "您先别挂，我查一下系统，大概需要半分钟。",
    "请稍等，我去核实一下再回复您。",
    "我需要跟后台确认，麻烦您等我一下好吗？",
    "您稍等哈，我这边看一下。",
]
HOLD_THANKS = [
    "感谢您的耐心等待，",
    "谢谢您的等候，",
    "让您久等了，谢谢，",
    "久等了，感谢您耐心，",
    "谢谢您等我，",
]
# Coming back from a hold without thanking (the hold-etiquette defect).
HOLD_BACK_BARE = ["嗯查到了，", "好，", "那个，", "看到了，", "系统显示，"]
# A short "wait a moment" that is not followed by any long silence (hard negative: no hold).
SHORT_WAIT = ["您稍等，我看一下……", "我看下哈。", "嗯我找一下。"]

# --- empathy ------------------------------------------------------------------------------------
EMPATHY = [
    "非常抱歉给您带来困扰，",
    "实在不好意思，让您跑了这么多趟，",
    "我特别理解您现在着急的心情，",
    "这个确实是我们没做好，跟您说声对不起，",
    "听得出来您挺生气的，换成我也会不舒服，",
    "真的很抱歉，耽误您的事了，",
    "您的心情我能理解，",
    "给您添麻烦了，抱歉抱歉，",
]
# Replies to a complaint that carry no apology or acknowledgement (hard positives for empathy fail).
NO_EMPATHY = [
    "别急，",
    "您先别激动，",
    "这个我给您处理，",
    "嗯，",
    "好的好的，我看一下，",
    "行，那我记一下，",
]

# --- forbidden phrases (服务忌语) grouped by kind; each entry is a full agent sentence ------------
FORBIDDEN = {
    "buck-passing": [
        "这个不归我们管，你找别的部门去。",
        "这事你自己去问窗口吧，我这边管不了。",
        "不是我负责的，你另外打电话问吧。",
        "我们这儿只管接电话，别的你找营业厅。",
        "那你找当时给你办的人去呗。",
    ],
    "impatience": [
        "你到底要问什么啊，快点说。",
        "说了半天你还没听懂吗？",
        "我很忙的，你长话短说。",
        "哎呀你能不能一次说清楚。",
        "赶紧的，后面还有人排队呢。",
    ],
    "already-told": [
        "我刚才不是已经跟你说过了吗？",
        "都讲了好几遍了，还要我再说一遍？",
        "跟你讲过了嘛，就是这样的。",
        "同样的问题你问第三遍了。",
    ],
    "blame": [
        "这是你自己操作错了，怪不了别人。",
        "谁让你当时不看清楚的。",
        "那只能怪你自己没留意通知。",
    ],
    "flat-refusal": [
        "不行，办不了，没有别的办法。",
        "规定就是规定，不可能给你办。",
        "这个没得商量。",
        "办不了就是办不了。",
    ],
    "cold": [
        "不知道，系统上就这样。",
        "随便你，反正就这样了。",
        "爱咋咋地吧。",
    ],
    "order-scold": [
        "你听我说完行不行！",
        "你别在这儿跟我吵。",
        "你先别说话，听我讲。",
        "嚷嚷什么，好好说。",
    ],
    "sarcasm": [
        "这么简单的事你都弄不明白？",
        "你这要求可真够特别的。",
        "哟，您可真会挑时候。",
        "您这么厉害自己办不就得了。",
    ],
    "dare-complain": [
        "你要投诉就去投诉好了。",
        "有本事你去告啊。",
        "随你投诉，我不怕。",
        "你爱打12345就去打。",
    ],
    "abuse": [
        "你有病吧，烦不烦。",
        "神经病。",
        "脑子进水了吧你。",
    ],
}
# Kinds whose presence also makes the register rude (politeness fail); buck-passing, flat refusal and cold alone
# in an otherwise courteous contact stay a forbidden-words defect only.
RUDE_KINDS = {"impatience", "already-told", "blame", "order-scold", "sarcasm", "dare-complain", "abuse"}

# Polite look-alikes: contain words met in rude lines (不知道, 您自己, 规定, 投诉, 说过, 别的部门)
# but are clean service language.
LOOKALIKES = [
    "不知道您现在方便记一下吗？",
    "您自己在手机上也能查到，我顺便把入口告诉您。",
    "按规定这个需要本人办理，不过您可以先线上预约，我帮您把预约链接发过去。",
    "您对处理结果如果有意见，也可以提出投诉，我们会有专人回访。",
    "这个业务归另一个部门办，我直接帮您转过去，把情况也一并说明，您不用再讲一遍。",
    "刚才说过的材料清单，我再给您发一份文字版，方便您对照。",
    "不是您的问题，是系统那边延迟了。",
    "没关系的，慢慢说。",
    "您可真细心，这个细节都注意到了。",
]

# --- customer complaints and non-complaints ----------------------------------------------------
CUSTOMER_APOLOGY = [
    "不好意思啊，我刚才说错了，是后四位不是前四位。",
    "抱歉抱歉，刚才走神了，你再说一遍？",
    "哎不好意思，刚才有人跟我说话。",
]
CUSTOMER_ACK = ["好的。", "嗯嗯。", "行，知道了。", "哦哦好的。", "明白了。", "好嘞。", "嗯，记下了。"]
CUSTOMER_THANKS_END = ["没有了，谢谢。", "没别的了。", "就这些，谢了啊。", "没了没了。", "暂时没有了。"]

# --- wrap-up and closing ------------------------------------------------------------------------
WRAP_Q = ["请问还有其他可以帮您的吗？", "还有别的问题需要咨询吗？", "其他还有什么疑问吗？", "您看还有别的需要吗？"]
WRAP_Q_CURT = ["还有事吗？", "还有吗？"]
CLOSING = [
    "好的，感谢您的来电，祝您生活愉快，再见！",
    "那不打扰您了，谢谢您，再见。",
    "好的，祝您一切顺利，有问题随时联系我们。",
    "感谢您的耐心，祝您周末愉快，再见哈。",
    "好的，那今天就先到这儿，谢谢，拜拜。",
    "谢谢您的支持，祝您出行顺利！",
]
# Last agent turns that carry no thanks, wish or leave-taking.
NO_CLOSING = ["嗯。", "好。", "那就按我说的弄。", "行，就这样处理。", "嗯，您按流程走就行。"]
SURVEY = [
    "稍后会有一条满意度评价短信，麻烦您给我的服务打个分。",
    "结束后请您对本次服务做个评价。",
    "挂机后会有语音邀请您评价，请按键给我评个分哈。",
    "麻烦您点一下下方的评价按钮，给本次服务评个价。",
    "如果方便的话，请对我的服务作出满意度评价。",
]
# Mentions satisfaction without inviting an evaluation (hard negative for survey).
SURVEY_LOOKALIKE = ["希望这个处理结果您能满意。", "您满意的话我就按这个提交了。"]

# --- non-answer to an extra question ----------------------------------------------------------
NON_ANSWER = ["这个我不清楚。", "这个我们这边查不了。", "这个我回答不了。", "不太清楚，没法说。"]
NON_ANSWER_THEN_HELP = [
    "这个我一下子不清楚，我帮您查一下：",
    "这个我这边查不了，不过我帮您转到专岗问过了，他们答复是：",
    "这个我得确认一下。我问了后台，",
]

# --- curt register replacements -------------------------------------------------------------------
CURT_ACK = ["嗯。", "行。", "知道了。", "嗯，然后呢。"]

CORRECTION = ["更正一下，准确的是{v}。", "刚才口误了，应该是{v}。", "我再确认了下，是{v}，以这个为准。"]
# Agent turns that negate the correct value (misinformation without naming a wrong value).
NEGATION = ["{v}？不是{v}，那是老规定了，现在要看具体情况。", "您听谁说的{v}？不是{v}的。"]
# A fact the agent never states: vague talk instead.
VAGUE = ["这个具体以系统通知为准。", "这个要看后台怎么安排。"]
# Customer lines that lead into a forbidden line, by kind; complaint=True marks real dissatisfaction.
FORBIDDEN_PROMPTS = {
    "buck-passing": ("这个你们能帮我办吗？", False),
    "impatience": ("呃，我想想怎么说……就是那个，我之前那个事。", False),
    "already-told": ("不好意思你刚才说的我没听清，能再说一遍吗？", False),
    "blame": ("我是照着APP上点的，怎么就不行了？", False),
    "flat-refusal": ("能不能通融一下？", False),
    "cold": ("那为什么会这样呢？", False),
    "order-scold": ("等等，我还没说完……", False),
    "sarcasm": ("我不太会弄这个，能教我一下吗？", False),
    "dare-complain": ("你们这样处理我真的不服气。", True),
    "abuse": ("你们到底能不能办？给个准话。", False),
}
CUSTOMER_NAMES = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "黄磊", "周敏", "吴刚", "徐丽", "孙浩", "马俊", "胡婷", "郭强", "何雪", "高峰"]
VERIFY_ANSWER = ["{cn}，身份证后四位{tail}。", "我叫{cn}，后四位是{tail}。", "{cn}，尾号{tail}。", "{cn}。{tail}。"]
EMOJI = ["😭", "🙏", "👍", "😅", "[捂脸]", "😊"]
FILLERS = ["嗯", "呃", "那个", "就是", "啊"]
# ASR homophone slips applied to a few customer turns (the truth is what was said; no label depends on them)
HOMOPHONES = [("的", "得"), ("在", "再"), ("账号", "帐号"), ("一下", "一夏"), ("那个", "哪个")]
