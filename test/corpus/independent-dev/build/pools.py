"""Generic phrase pools shared by all domains (hand-written).

Every pool entry was written for this corpus; wording follows what Chinese contact-centre QA
sheets call 规范用语 / 服务忌语 (see ../README.md for the published lists consulted).
`{org}` is the centre's name, `{n}` a staff number, `{name}` an agent's given name.
"""

# --- opening: greeting part -------------------------------------------------------------
GREET_OK_VOICE = [
    "您好，{org}", "您好", "您好，欢迎致电{org}", "你好，{org}", "早上好，{org}",
    "下午好，这里是{org}", "您好呀", "欢迎致电{org}", "您好您好，{org}服务热线",
]
GREET_OK_CHAT = [
    "您好", "亲，您好", "您好，欢迎咨询{org}", "亲亲在的哦，欢迎光临{org}", "下午好呀",
    "您好～欢迎来到{org}在线咨询", "哈喽您好",
]
# not a greeting: the agent starts straight with the number, a bare 喂 or "请讲"
GREET_MISSING_VOICE = ["喂？", "喂，", "嗯，", "", "请讲，"]
GREET_MISSING_CHAT = ["", "在的，", "嗯，", ""]

# --- opening: self-identification ---------------------------------------------------------
ID_OK = [
    "工号{n}为您服务", "我是{n}号客服", "客服{name}为您服务", "我是客服专员{name}",
    "很高兴为您服务，我的工号是{n}", "{n}号话务员为您服务", "我是{name}，编号{n}",
]
ID_OK_CHAT = [
    "我是客服{name}", "客服{name}很高兴为您服务", "我是{n}号客服{name}", "工号{n}为您服务",
    "我是您的专属客服{name}",
]
OFFER_VOICE = ["请问有什么可以帮您？", "请问您要办理什么业务？", "有什么可以帮到您？", "您请讲。", "请问您遇到什么问题了？"]
OFFER_CHAT = ["请问有什么可以帮您？", "请问有什么可以帮到您的呢～", "您请说～", "有什么问题您直接发过来就行～"]
# the agent names itself only in its second turn: still within the first two turns
ID_SECOND_TURN = ["哦对，我是{n}号客服，", "我是客服{name}，", "我的工号是{n}，"]

# --- holds ------------------------------------------------------------------------------
HOLD_ANNOUNCE_VOICE = [
    "您稍等，我帮您查一下。", "请您稍等一下，我这边帮您看看。", "麻烦您稍等片刻，我查询一下系统记录。",
    "我帮您核实一下，需要一点时间，您先别挂机。", "您先别挂，我帮您问一下后台。", "稍等啊，我这边调一下记录。",
    "这个我帮您确认一下，您稍等。",
]
HOLD_ANNOUNCE_CHAT = [
    "亲，稍等哦，我帮您查询一下～", "请稍等，正在为您核实。", "我这边需要联系一下后台，大概要一两分钟，您稍等下哈。",
    "好的，我帮您查一下，请稍候。", "收到，这边马上帮您看，稍等一下哈。",
]
HOLD_THANKS = [
    "感谢您的耐心等待，", "让您久等了，", "不好意思让您等了这么久，", "谢谢您的等待，", "久等了久等了，",
    "抱歉让您久等，", "辛苦您等了这么久，",
]
HOLD_RETURN_PLAIN = ["查到了，", "好，", "是这样的，", "嗯，系统显示", "那个，", ""]
CUSTOMER_ACK = ["好的。", "嗯。", "行。", "好。", "嗯嗯。", "好的好的。", "要得。", "中。", "好嘞。"]

# --- empathy ----------------------------------------------------------------------------
EMPATHY_ACK = [
    "非常抱歉给您带来不便，", "实在不好意思，给您添麻烦了，", "理解您的心情，换了是我也着急，",
    "给您添麻烦了，真的很抱歉，", "您先别着急，您的心情我特别理解，", "对不起，给您带来不好的体验了，",
    "我能理解，这种情况换谁都会不舒服，", "抱歉抱歉，这事确实让您受委屈了，",
]
# agent replies to a complaint that neither acknowledge nor apologise (empathy defect)
EMPATHY_NONE = ["那您把情况再说一下。", "行，那您说具体是哪天？", "这个情况我记一下。", "嗯，然后呢？", "嗯，您继续说。"]
COMPLAINT_GENERIC = [
    "我这都第三次打电话问了，每次说的都不一样。", "上次问你们客服说得含含糊糊的，说实话有点失望。",
    "你们这效率也太低了吧，网上留言两天都没人回。", "等了好久才接通，你们这服务真不行。", "再弄不清楚我就打12315投诉了。",
    "你们APP上写得乱七八糟的，根本看不懂，能不能靠谱一点？", "排队排了二十分钟，我真的很生气。",
    "这种事还得我自己打电话来问，我要投诉。", "上回那个客服说帮我登记，结果啥也没有，找你们领导来说。",
]

# --- closings (one of the agent's last two turns) ------------------------------------
CLOSING_VOICE = [
    "感谢您的来电，祝您生活愉快，再见！", "好的，那不打扰您了，祝您一切顺利，再见。", "感谢您的耐心，祝您周末愉快。",
    "有问题随时打过来哈，拜拜。", "祝您身体健康，再见。", "感谢您对{org}的支持，再见。", "好嘞，那您忙，再见哈。",
    "那就不耽误您时间了，祝您一切顺利。", "好的，感谢来电，拜拜拜拜。",
]
CLOSING_CHAT = [
    "感谢您的咨询，祝您生活愉快～", "感谢亲的耐心，有问题随时来找我们哦，拜拜～", "好的，那祝您生活愉快！",
    "不客气哈，祝您一切顺利，再见～", "感谢您的咨询与支持，再见！",
]
ANYTHING_ELSE_VOICE = ["请问还有其他可以帮您的吗？", "您看还有别的问题吗？", "还有什么需要帮您的吗？"]
ANYTHING_ELSE_CHAT = ["请问还有其他可以帮您的吗？", "亲，还有其他问题吗？", "还有别的需要咨询的吗～"]
CUSTOMER_NOTHING_ELSE = ["没有了，谢谢。", "没了没了。", "没了，就这个。", "嗯，没有了。", "暂时没有了，谢谢啊。", "没得了，谢谢哈。",
                         "冇了冇了，唔该。", "木有了～", "没啥了，就这事儿。"]
CUSTOMER_BYE = ["好，再见。", "拜拜。", "好的，谢谢，再见。", "行，拜拜。", "好嘞，拜拜。", "中，那先这样。"]
# agent's last words when it does NOT close (closing defect)
NON_CLOSING_LAST = ["好的，有结果会短信通知您。", "嗯，行，您留意一下短信。", "好，那就按这个来。", "好的，后续您关注一下进度。"]

# --- survey -----------------------------------------------------------------------------
SURVEY_VOICE = [
    "稍后挂机会有一条满意度短信，麻烦您对我的服务做个评价。", "请您稍后对我的服务进行评价，满意请按一。",
    "挂机后有个简短的评价，辛苦您给打个分。", "稍后您会收到回访短信，请对本次服务提出宝贵意见。",
]
SURVEY_CHAT = [
    "麻烦您点一下右上角的“评价”，给我的服务打个分哦～", "稍后会弹出满意度评价，辛苦您帮忙评一下～",
    "如果对本次服务满意，麻烦给个五星好评哈～", "结束后请对本次服务进行评价哦～",
]

# --- forbidden words (服务忌语) ----------------------------------------------------------
# (placement, text). "reask": said when the customer asks again, before restating the answer;
# "prefix": said before the answer; "complaint": said in reply to a complaint.
# mild: dismissive / buck-passing / blaming in an otherwise courteous register (politeness stays pass)
FORBIDDEN_MILD = [
    ("reask", "刚才不是跟您说过了吗？"), ("prefix", "这种事您自己在APP上看不就知道了，"),
    ("complaint", "您投诉也没用，规定就是这样。"), ("prefix", "这个说到底是您自己没注意，"),
    ("reask", "这个我已经讲过一遍了，"), ("prefix", "这个本来不归我们管，"),
    ("complaint", "这事跟我们没关系，您找我也没用。"),
]
# harsh: impatient, mocking or rude (politeness fails too)
FORBIDDEN_HARSH = [
    ("reask", "你听清楚了，我再说最后一遍，"), ("reask", "这都不懂吗？"), ("reask", "你烦不烦啊，一直问，"),
    ("complaint", "你爱找谁找谁去。"), ("prefix", "不是我们的问题，是你自己搞错了，"),
    ("complaint", "吵有什么用，嚷嚷也解决不了。"),
]
CUSTOMER_REASK = ["啊？你再说一遍，是多少来着？", "不好意思刚才没听清，你再说下？", "等一下，你刚说的是啥？", "再说一遍呗，我记一下。"]
CUSTOMER_REASK_CHAT = ["等下，你刚才说的是多少来着？", "没太看明白，能再说一下吗？", "所以具体是怎么样？", "再确认一下，是这样吗？"]
PATIENT_REASK = ["好的，我再跟您说一遍，", "没问题，我重复一下，", "好，您记一下，"]

# polite look-alikes (hard negatives for forbidden-words)
POLITE_LOOKALIKE = [
    # (slot, text): where the look-alike is placed so that it never changes another label
    ("close", "如有不清楚的地方请随时联系我们。"), ("ask", "不知道您现在方便吗？"),
    ("action", "您不用自己跑营业厅了，我这边直接帮您办好了。"), ("answer", "没关系的，这不是您的问题，"),
    ("answer", "我说得不清楚的地方您随时打断我哈，"), ("close", "以后有不明白的随时找我们。"),
]

# --- verification -----------------------------------------------------------------------
VERIFY_OK_NOTE = "好的，身份核实通过，"
# agent closes the gap while the customer looks something up (customer's own pause afterwards)
CUSTOMER_FOUND = ["找到了，", "呃，稍等……找到了，", "我看看啊……", "哦，在这儿，"]

# --- non-answers (resolution defect), polite so that they are not 忌语 --------------------
NON_ANSWER = [
    "这个具体的我这边暂时不太清楚。", "这个目前没办法给您准确答复。", "这个我这边查不到相关规定，暂时答复不了您。",
]

# --- fillers for ASR-style voice noise ---------------------------------------------------
FILLERS = ["嗯，", "那个，", "就是，", "呃，", "然后，"]

AGENT_NAMES = ["小王", "小李", "小张", "小陈", "小刘", "晓雯", "小周", "阿杰", "小美", "婷婷", "小吴", "小赵"]

# customer 喂 lines when the agent is slow to speak first (first-response defect, voice)
HELLO_CUSTOMER = ["喂？", "喂，你好？", "喂？有人吗？", "喂喂？听得到吗？"]
HELLO_CHAT = ["在吗？", "你好？", "有人吗", "？"]
