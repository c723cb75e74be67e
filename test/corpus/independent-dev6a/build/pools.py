"""Hand-written phrase pools shared by the six domains (independent-dev6a).

Every string here was written for this set; the generator picks among them with a seeded RNG so the
same seed gives the same corpus. Markers the validator relies on (forbidden lines, empathy, hold asks,
thanks for waiting, closings, survey invitations) live in one place so gen.py and validate.py agree.
"""

# Greetings that open the agent's first turn ({org} = the centre's name).
GREETINGS = [
    "您好，{org}", "你好，这里是{org}", "您好，欢迎致电{org}", "上午好，{org}客服", "下午好，{org}",
    "您好您好，{org}这边", "晚上好，这里是{org}", "您好呀，{org}在线客服",
    "您好，很高兴为您服务，这里是{org}"]
# Openings WITHOUT a greeting (greeting fail); some still carry an id.
# (Kept free of 说吧 / 什么事, which many 忌语 lists name: a missing greeting should not also be a 忌语.)
NO_GREETING_OPENINGS = [
    "{org}，请讲", "{org}客服中心", "喂，{org}", "这里是{org}", "{org}，请问有什么问题",
    "{org}热线", "{org}人工服务",
]
# Staff id forms; {sid} is filled with digits (chat) or spoken digits (voice).
ID_FORMS = ["工号{sid}为您服务", "我是{sid}号客服", "客服编号{sid}很高兴为您服务", "工号{sid}", "我的工号是{sid}"]
NAME_ROLE_FORMS = ["我是客服专员{name}", "我是客服{name}", "我是顾问{name}", "我是值班客服{name}"]
STAFF_NAMES = ["刘佳", "陈思远", "王晓燕", "赵磊", "孙婷", "周文博", "吴倩", "郑凯", "黄蕾", "林一鸣"]
# Bare role or a hotline number: looks like an id, names no one (agent-id hard negatives).
FAKE_ID_FORMS = ["我是客服", "客服为您服务", "热线{hotline}为您服务", "我们这是{hotline}服务热线", "在线客服为您服务"]

HOW_CAN_I_HELP = ["请问有什么可以帮您？", "请问您要办理什么业务？", "您请讲。", "有什么需要帮忙的吗？", "请问您遇到什么问题了？", "您这边是什么情况？", "您说，我听着。", "有什么我能帮上忙的？"]

# Empathy: apologise or acknowledge the feeling.
EMPATHY = [
    "非常抱歉给您添麻烦了，", "实在不好意思，让您受委屈了，", "我特别理解您现在着急的心情，", "这个情况确实让人窝火，换我也会不舒服，",
    "真的很抱歉，让您来回折腾了好几趟，", "抱歉让您久等了这么多天，", "您的心情我完全能理解，", "给您造成不便，我们深表歉意，",
    "确实是我们没做好，跟您说声对不起，"]
# Replies to a complaint that are NOT empathy (a bare 别急 or only a promise to fix it).
NON_EMPATHY = ["别急别急，", "您先别急，", "行，", "嗯，我看一下，", "这个我们会处理的，", "嗯，好，", "好，"]

# Asking the customer to wait before a hold.
HOLD_ASK = [
    "我帮您查一下，请您稍等一下。", "麻烦您稍等，我这边调一下记录。", "您先别挂，我看一下系统，大概半分钟。",
    "请稍候，我去跟{unit}确认一下。", "您稍等片刻，我查询一下哈。", "我需要核实一下，麻烦您等我一会儿。",
    "我去后台核对一下，您别挂机，稍等哈。"]
# Thanks for waiting after a hold.
HOLD_THANKS = ["感谢您的耐心等待，", "谢谢您久等了，", "让您久等了，谢谢您，", "谢谢您等我这么久，", "久等了，感谢您的耐心，", "谢谢您的等待，"]
# Resuming after a hold without thanking (hold-etiquette fail when preceded by a hold).
HOLD_RESUME_BARE = ["好，查到了，", "嗯我看到了，", "那个，", "系统出来了，", "喂？在吗，"]

# Closings (结束语): thanks, wishes or leave-taking.
CLOSINGS = [
    "感谢您的来电，祝您生活愉快，再见！", "好的，那不打扰您了，再见。", "谢谢您的耐心，祝您一切顺利。",
    "祝您周末愉快，拜拜～", "感谢您的咨询，有需要随时联系我们。", "那就先这样，祝您顺心，再见。",
    "好嘞，感谢您对我们工作的支持，再见！", "辛苦您了，祝您今天愉快！",
    "不客气，祝您和家人身体健康，再见。", "好的，那先挂了，您多保重，再见。"]
CURT_CLOSINGS_PASS = ["行，就这样，再见。", "那挂了，拜拜。"]
# Wrap-up questions and acknowledgements that are not a 结束语.
WRAP_UP = ["还有别的需要吗？", "请问还有其他问题吗？", "其他还有要咨询的吗？", "还有什么要我帮您看的吗？", "您看还有其他要办的吗？", "别的还有需要我处理的吗？"]
NON_CLOSING_LAST = ["嗯。", "好的。", "嗯嗯，那就这样处理。", "行，我这边记下了。", "OK。", "那我这边就先给您处理着。", "嗯，就按这个来。"]

# Satisfaction survey invitations.
SURVEY = [
    "稍后会有一条满意度短信，麻烦您给我的服务打个分。", "挂机后请您对本次服务做个评价，谢谢。",
    "待会儿弹出的评价窗口，麻烦您点一下满意度哈。", "结束后系统会邀请您评价，您的意见对我们很重要。",
    "麻烦您稍后对我的服务进行评价，非常感谢。",
]

# Non-answers (resolution fail when nothing follows).
NON_ANSWERS = ["这个我不太清楚。", "这个我们这边查不了。", "这个我回答不了您。", "这个我们这边也没有信息。"]
# Non-answer followed by a look-up or referral WITH help (resolution hard negative).
NON_ANSWER_WITH_HELP = [
    "这个我这边直接查不到，不过我马上帮您转给{unit}，他们会在今天内回电给您。",
    "这个我不太清楚，我帮您问一下{unit}，稍后给您回个电话确认。",
]

# 服务忌语, by category.  Lines are whole agent utterances or clauses the generator inserts.
FORBIDDEN = {
    "buck-passing": ["这个不归我们管，你找别人去吧。", "你去问{unit}，别问我。", "这事儿你找{elsewhere}，我们管不着。"],
    "impatience": ["你到底要问什么，能不能快点说？", "行了行了，我知道了。", "你怎么这么多问题啊。"],
    "told-you": ["我刚才不是已经跟你说过了吗？", "都说了好几遍了，你没听吗？"],
    "blame": ["这是你自己操作错了，怪不了我们。", "谁让你不早点弄的。", "你自己没看清楚规则。"],
    "flat-refusal": ["不行，办不了。", "没有这个规定，不可能。", "不能退，就这样。"],
    "cold": ["不知道。", "系统就这样，没办法。", "反正就这么回事。"],
    "ordering": ["你先别说了，听我说。", "你赶紧把{item}报过来。"],
    "sarcasm": ["这么简单的事你都不会？", "您可真会挑时候啊，这都几点了。"],
    "dare-complain": ["你要投诉就去投诉吧，随便。", "有本事你去告啊。"],
    "vulgar": ["你有病吧。", "神经病，懒得跟你说。"],
}
# What the customer says just before each kind of 忌语: remarks rather than questions (so the 忌语 is not
# also a non-answer) and not complaints (so empathy is judged only where the set means it to be).
FORBIDDEN_PROMPTS = {
    "buck-passing": ["我还以为你们这边能一起办。", "我听说这个也归你们管。"],
    "impatience": ["我再说一下我家的情况啊，就是……", "我从头说一下吧。"],
    "told-you": ["我还是没太明白。", "你再讲一遍我记一下。"],
    "blame": ["我是按App上的步骤弄的。", "我当时也是按提示操作的。"],
    "flat-refusal": ["我就想问问能不能通融一下。", "看看能不能特殊处理一下。"],
    "cold": ["我就是想再确认一下。", "我想问问别的办法。"],
    "ordering": ["我找一下啊，等等。", "我先说下我这边的情况。"],
    "sarcasm": ["这个我不太会弄。", "我刚下班才有空打。"],
    "dare-complain": ["我再考虑考虑。", "那我先这样吧。"],
    "vulgar": ["你说快了，我没跟上。", "我再跟你说一遍地址。"],
}
# The rude categories also make the register impolite (politeness fail); the others are forbidden-words only.
RUDE_CATEGORIES = {"sarcasm", "dare-complain", "vulgar", "ordering", "impatience"}

# Polite look-alikes (forbidden-words hard negatives): each contains a word found in rude lines.
LOOKALIKE_PAIRS = [
    ("那我就等你们消息了？", "您别着急，我们一起看看怎么处理最快，有进展第一时间通知您。"),
    ("你们那个规定我看不懂。", "我刚才没讲清楚，不好意思，我换个说法再跟您说一遍。"),
    ("这个是不是该找{elsewhere}啊？", "这个确实不归我们直接办，不过我可以帮您联系{elsewhere}，把情况一并转过去，您不用再跑一趟。"),
    ("我就想特殊处理一下。", "按规定是不能直接办理的，不过我可以帮您申请一个特殊处理，您看可以吗？"),
    ("我觉得我说的没毛病。", "我理解您的意思，您说得没错。"),
    ("我自己能不能看进度？", "您可以在App里自己查看进度，我这边也同步帮您盯着。"),
    ("不好意思啊，我说话有点乱。", "没关系，您慢慢说，不着急。"),
    ("那尽量快一点哈。", "能快的我一定给您加急，不会让您白等。"),
]
POLITE_LOOKALIKES = [la for _, la in LOOKALIKE_PAIRS]

# Customer lines.
CUSTOMER_APOLOGY = ["不好意思啊，打扰了。", "哎不好意思，我刚没听清。", "抱歉抱歉，我这边有点吵。", "麻烦你了啊，不好意思。"]
CUSTOMER_THANKS = ["好的，谢谢啊。", "行，明白了，谢谢。", "嗯嗯，好的好的。", "知道了，多谢。", "OK，谢谢！", "哦哦，晓得了。", "中，知道了。", "好嘞，谢了哈。"]
CUSTOMER_NO_MORE = ["没有了。", "没了没了。", "暂时没有了。", "没别的了。", "没啥了。", "莫得了。"]
CUSTOMER_OK_WAIT = ["好的。", "行，你查吧。", "嗯。", "好，我等着。", "行嘞。", "中。"]
CUSTOMER_HELLO = ["喂？", "喂，有人吗？", "喂喂？"]
CHAT_EMOJI = ["😊", "🙏", "😤", "👌", "😓"]

# Voice ASR noise.
FILLERS = ["嗯", "呃", "那个", "就是", "啊"]
CUSTOMER_HOMOPHONES = [("账", "帐"), ("已经", "以经"), ("在", "再"), ("的时候", "地时候"), ("那里", "哪里")]

SPOKEN_DIGITS = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
