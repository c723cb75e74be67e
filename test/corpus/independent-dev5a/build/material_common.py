"""Hand-written phrase pools shared by all six domains (independent-dev5a).

Every pool is written by hand for this set; gen.py picks from them with a seeded RNG and
validate.py re-reads the finished contacts against the same pools, so a phrase that is in a
pool is *the* evidence for a label (e.g. a forbidden phrase present iff forbidden-words fails).
Placeholders: {you} -> 您 (courteous) or 你 (curt register); {org} -> the centre's name.
"""

# --- greeting: the agent's first turn opens with one of these -------------------------------
GREETINGS_VOICE = ["您好，", "您好欢迎致电{org}，", "上午好，", "下午好，这里是{org}，", "你好您好，", "您好呀，", "晚上好，", "您好，感谢您来电，"]
GREETINGS_CHAT = ["您好～", "您好，欢迎咨询{org}，", "亲，您好，", "Hi 您好，", "下午好呀，", "您好😊，", "您好，很高兴为您服务，"]
# an opening that is NOT a greeting (business first, no 问候)
NO_GREETING_OPENERS = ["{org}客服，请讲。", "这里是{org}，请说您的问题。", "{org}，什么问题？", "嗯，{org}这边，说一下情况。", "{org}在线客服，请描述问题。", "喂，{org}。"]

# --- agent-id ------------------------------------------------------------------------------
STAFF_IDS_DIGITS = ["1037", "2861", "0452", "7719", "A306", "K2208", "5093", "3140", "8827", "B15"]
DIGIT_WORDS = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
ID_FORMS = ["工号{id}为您服务，", "我是{id}号客服，工号{id}，", "我的工号是{id}，", "客服编号{id}为您服务，", "{id}号话务员，工号{id}，"]
NAME_ROLE = ["我是客服专员小周，", "我是售后顾问林晓，", "我是这边的服务专员阿杰，", "我是您的专属顾问陈静，", "我是值班客服主管老宋，", "我是在线药师助理小敏，"]
# hard negatives: look like an id but name no one / name a number that is not a staff id
BARE_ROLE = ["我是客服，", "这边是人工客服，", "我是在线客服哈，", "人工坐席为您服务，"]
HOTLINE_NUM = ["欢迎拨打{hotline}，", "这里是{hotline}服务热线，"]
NO_ID_FILLER = ["", "", "请问有什么可以帮您？"]

# --- closing: leave-takings / thanks / wishes ------------------------------------------------
CLOSINGS = ["感谢您的来电，祝您生活愉快，再见。", "好的，那就不打扰您了，祝您一路顺风，再见！", "谢谢您的耐心，祝您周末愉快～", "感谢您的咨询，祝您早日康复，再见。",
            "好嘞，那先这样，您慢走，拜拜～", "非常感谢您的理解与配合，祝您工作顺利！", "谢谢您，祝您新年快乐，再见。", "感谢您的支持，有需要随时找我们，再见～"]
# wrap-up question alone: NOT a closing
WRAPUP_ONLY = ["还有别的需要吗？", "请问还有其他问题吗？", "还有什么要问的不？", "其他还有要咨询的吗？"]
# a closing-like phrase that appears mid-call (hard negative: it is not in the last two turns)
MIDCALL_THANKS = ["谢谢您告诉我这些，", "好的谢谢您，", "感谢您的配合，"]

# --- forbidden words (服务忌语), by category; each is one agent line -------------------------
FORBIDDEN = {
    "buck-passing": ["这个不归我们管，你自己找厂家去。", "这事你找别的部门，别找我。", "这不是我们这边的事，你去问平台吧。"],
    "impatience": ["你快点说行不行，后面还有人排队呢。", "哎呀你怎么这么磨叽。", "急什么急，等着。"],
    "told-you": ["我刚才不是已经说过了吗？", "这个前面都跟你讲过好几遍了。"],
    "blaming": ["那是你自己操作不对，怪不了别人。", "谁让你不看说明的。"],
    "flat-refusal": ["不行就是不行，没得商量。", "办不了，别问了。"],
    "cold": ["这个没什么好说的。", "你自己看APP，上面都写着。"],
    "ordering": ["你先听我说完，别插嘴。", "你按我说的做就行了，别问那么多。"],
    "sarcasm": ["这么简单都不会，还用问？", "你这手机是摆设吗？"],
    "dare-complain": ["你爱投诉就去投诉，随便。", "有本事你去投诉啊。"],
    "vulgar": ["你有病吧。"],
}
# categories whose line is also rude/mocking/threatening -> politeness fails too
RUDE_CATEGORIES = {"sarcasm", "dare-complain", "vulgar", "ordering", "impatience", "blaming"}
# polite look-alikes (hard negatives for forbidden-words): clean
LOOKALIKES = ["我理解您的心情，这个确实不是您操作的问题。", "这一项需要到对应部门办理，我把地址和电话发给您，也可以我直接帮您转过去。",
              "按规定这个不能直接退到原卡，不过我可以帮您申请退到余额，您看可以吗？", "您别担心，我刚才可能没说清楚，我再跟您讲一遍。",
              "不是您的问题，是系统那边同步慢了。", "我不知道您之前有没有收到我们的短信，没收到的话我再给您补发一条。"]

# --- empathy ------------------------------------------------------------------------------
EMPATHY = ["非常抱歉给您添麻烦了，", "实在不好意思，给您添堵了，", "我特别理解您现在着急的心情，", "给您带来不便真的很抱歉，",
           "这确实挺闹心的，换我也着急，", "抱歉抱歉，这事确实是我们没做好，", "理解理解，遇到这种事谁都窝火，", "很抱歉让您有这样的体验，"]
# NOT empathy: bare calming / promise only
NOT_EMPATHY = ["别急，", "您先别急，", "我给您处理，", "行，我看一下，"]
# customer apologising (hard negative: not a complaint)
CUSTOMER_APOLOGY = ["不好意思啊我刚才没听清，", "抱歉抱歉，我这边信号不太好，", "不好意思麻烦你们了，", "哎呀对不起我打错字了，"]

# --- hold -----------------------------------------------------------------------------------
HOLD_ASK = ["麻烦您稍等一下，我帮您查询，", "请您稍候片刻，我这边核实一下，", "您稍等哈，我调一下记录，", "请稍等，我去后台看一下，", "耽误您一两分钟，我帮您问下技术同事，"]
HOLD_THANKS = ["感谢您的耐心等待，", "谢谢您等我这一会儿，", "谢谢您的等待，", "感谢您耐心等候，"]
HOLD_BACK_NO_THANKS = ["查到了，", "好，", "嗯，是这样的，", "我看了一下，"]
CURT_HOLD_ASK = ["等下。", "等着，我查。"]

# --- survey -------------------------------------------------------------------------------
SURVEY = ["稍后可能会有一条满意度短信，麻烦您给我们的服务打个分，", "挂机后会有语音邀请您对本次服务进行评价，请您按键评价，", "待会儿弹出的评价窗口，麻烦您给个评价哈，",
          "结束后请您对我的服务做个满意度评价，", "如果方便的话请给这次服务打个星，"]

# --- reference numbers --------------------------------------------------------------------
REF_FRAMES = ["给您登记了，工单号是{ref}，", "您的受理编号{ref}，请记一下，", "已提交，单号{ref}，后续凭这个查询，", "服务单号是{ref}，短信也会发给您，", "投诉受理号{ref}，您收好，"]
# decoys: numbers that are NOT a reference (amount, date, phone, order number)
REF_DECOYS = ["退款金额是{amount}元，", "后续有问题还是打{hotline}，", "就是您尾号{tail}那个订单，", "预计{date}之前处理完，"]

# --- resolution ---------------------------------------------------------------------------
NON_ANSWERS = ["不好意思，这个我这边也不太清楚。", "抱歉，这个信息我们这边查不了。", "这个问题我这里回答不了您，抱歉啊。", "这个嘛，暂时没有办法给您答复。"]
# a non-answer followed by help (look-up / referral with help) -> resolution can still pass
NON_ANSWER_WITH_HELP = ["这个我这边查不了，我帮您转到技术专线，他们能直接查，您别挂机。", "这个我暂时不清楚，我给您登记上，明天之内专人回电给您。",
                        "这块我回答不了，我把对应部门的电话和处理时间发到您手机上，您按那个找就行。"]

# --- dead air / customer pause ----------------------------------------------------------------
CUSTOMER_PAUSE_BEFORE = ["呃我找一下啊……", "等我翻一下短信……", "我看看……", "稍等我打开APP看看"]

# --- customer small talk ----------------------------------------------------------------------
CUSTOMER_OK = ["好的。", "行，明白了。", "嗯嗯好。", "哦这样啊，好。", "知道了，谢谢。", "OK👌"]
CUSTOMER_BYE = ["好的谢谢，拜拜。", "行，那没事了，再见。", "嗯好，谢谢啊。", "好嘞，挂了哈。", "没了没了，谢谢🙏"]
CUSTOMER_LEAVE_EARLY = ["算了算了，我自己再看看吧。", "行了不说了，我还有事。"]
FILLERS = ["嗯", "呃", "那个", "就是", "啊"]
HOMOPHONES = {"充电": "冲电", "账号": "帐号", "押金": "压金", "会员": "会圆", "退款": "退宽", "预约": "预越", "处方": "处放", "安装": "按装"}

POLITE_ACK = ["好的，", "明白，", "嗯好的，", "收到，", "了解，"]
CURT_ACK = ["嗯。", "行。", "哦。"]
