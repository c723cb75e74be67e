"""Hand-written agent/customer wording shared by all domains.

Every list is material the generator picks from with a seeded RNG. `{org}` is the centre's name,
`{id}` a staff number (rendered as digits or, on noisy voice, in words), `{name}` an agent's surname.
Each entry's label meaning is fixed here, so labels follow from which list a line came from.
"""

# --- openings -------------------------------------------------------------------------------
# greeting + staff id in the FIRST turn (agent-id pass, greeting pass)
OPEN_GREET_ID = [
    "您好，{org}，工号{id}，请问有什么可以帮您？",
    "您好，欢迎致电{org}，{id}号客服为您服务，请讲。",
    "您好，我是{id}号话务员，很高兴为您服务，请问您要咨询什么？",
    "你好，{org}客服中心，我姓{name}，工号{id}，您请讲。",
    "您好，坐席号{id}为您服务，请问有什么需要？",
    "您好呀，{org}，客服专员小{name}为您服务，请问有什么可以帮到您？",
    "您好，这边是{org}，员工号{id}，请问您遇到什么问题了？",
    "上午好，{org}，我是客服小{name}，很高兴为您服务。",
    "您好，{org}，编号{id}的话务员为您服务。",
    "您好，感谢您的耐心等待，我是{id}号专员，请问怎么称呼您？",
    "哎您好，{org}，服务号{id}，您说。",
    "下午好，这里是{org}，我是今天为您服务的客服{name}小姐，工号{id}。",
]
# greeting but NO staff id in the first turn; the id comes in the SECOND agent turn (agent-id pass)
OPEN_GREET_NOID = [
    "您好，欢迎致电{org}，请问有什么可以帮您？",
    "您好，{org}，请讲。",
    "您好，这里是{org}，请问有什么需要帮助的？",
    "你好，{org}客服，请问您要办理什么业务？",
    "您好，感谢您联系{org}，请问有什么可以帮您？",
]
SECOND_TURN_ID = [
    "好的，我是{id}号客服，",
    "嗯明白，先跟您说一下我是工号{id}的话务员，",
    "好的，我是客服小{name}，这个问题我来帮您处理，",
    "好的您别急，我是{id}号，",
    "收到，我是坐席{id}，",
]
# opening WITHOUT greeting, with staff id (greeting fail, agent-id pass)
OPEN_NOGREET_ID = [
    "{org}，工号{id}，请讲。",
    "{id}号，请讲。",
    "{org}，{id}号坐席，请问什么问题？",
    "这里是{org}，我是{id}号，您说。",
]
# opening WITHOUT greeting and WITHOUT staff id (greeting fail, agent-id fail)
OPEN_NOGREET_NOID = [
    "喂，请讲。",
    "{org}，请说。",
    "嗯，您讲。",
    "喂？请问什么事？",
]
# CURT openings with greeting but no id (politeness fail contacts)
OPEN_CURT_GREET_NOID = [
    "你好，什么事。",
    "你好，说吧。",
]

# --- verification (identity check before account details) ---------------------------------------
# (agent asks, customer answers) pairs, so that the answer fits the question
VERIFY_PAIRS = [
    ("在查询之前需要先核对一下您的身份，麻烦您报一下身份证号的后四位。", ["后四位是{d4}。", "{d4}。"]),
    ("为了保障您的账户安全，请您报一下预留的手机号码。", ["手机是{phone}。", "一三八的吧……不对，是{phone}。"]),
    ("我这边先给您发一个验证码，您收到后念给我一下好吗？", ["验证码{d6}。", "收到了，{d6}。"]),
    ("先跟您核实一下，开户人的姓名和证件号后六位是多少？", ["我叫{cname}，证件后六位{d6}。"]),
    ("麻烦您先说一下绑定的手机号和身份证后四位，我核对一下。", ["手机{phone}，身份证后四位{d4}。"]),
]
VERIFY_PAIRS_CURT = [
    ("身份证后四位。", ["{d4}。"]),
    ("手机号报一下。", ["{phone}。"]),
    ("验证码发你了，念。", ["{d6}。"]),
]
VERIFY_OK = [
    "好的，信息核对无误。",
    "好的，验证通过了，谢谢您。",
    "核对一致，感谢配合。",
    "好的，身份确认了。",
]

# --- holds / look-ups ---------------------------------------------------------------------------
ANNOUNCE_LOOKUP = [
    "好的，我帮您查一下，请稍等。",
    "您稍等一下，我这边调一下记录。",
    "麻烦您稍等片刻，我查询一下。",
    "这个我需要跟后台核实一下，可能要一点时间，您先别挂。",
    "好的，我帮您查询，请您稍候。",
    "嗯我看一下啊，您稍等。",
    "请您稍等，我这边系统有点慢，马上帮您看。",
    "我帮您确认一下，麻烦稍等一会儿哈。",
]
ANNOUNCE_LOOKUP_CURT = ["等着。", "等一下。", "我查查。"]
# agent turn after a hold: thanks or apology for the wait (hold-etiquette pass)
THANKS_AFTER_HOLD = [
    "感谢您的耐心等待，",
    "让您久等了，",
    "不好意思让您等了这么久，",
    "久等了，谢谢您，",
    "谢谢您的等待，",
    "抱歉让您等了一会儿，",
    "您好，还在线吗？谢谢您耐心等待，",
]
# agent turn after a hold WITHOUT thanks (hold-etiquette fail when the gap was a hold)
BACK_NO_THANKS = ["好了，", "查到了，", "嗯，", "喂，", "是这样的，", "那个，"]

# --- empathy --------------------------------------------------------------------------------------
EMPATHY = [
    "非常抱歉给您带来不便了，",
    "真的很抱歉，这确实是我们的问题，",
    "理解您的心情，",
    "您先别着急，给您添麻烦了，",
    "我特别理解，换谁遇到都着急，",
    "实在对不起，让您跑了好几趟，",
    "给您带来不好的体验，我先跟您说声抱歉，",
    "您反映的情况我很理解，确实是我们做得不到位，",
    "哎呀，这个确实挺闹心的，不好意思啊，",
    "这个情况确实让您受委屈了，",
    "我完全能体会您现在的感受，",
    "先跟您道个歉，",
]
NO_EMPATHY = ["", "嗯，", "那个，", "是这样，", "行，"]

# generic complaint lines customers add in non-complaint scenarios (first complaint of the contact)
COMPLAINTS_MILD = [
    "说实话你们这个流程有点麻烦，我不太满意。",
    "唉，我上周就打过一次了，这都第二次了还没弄好。",
    "你们这个体验真的一般，挺失望的。",
    "排队排了十几分钟，说实话有点烦。",
    "我觉得你们这个规定不太合理。",
    "你们客服电话太难打了，打了半天才通。",
    "说真的，我都被你们搞烦了。",
]
COMPLAINTS_ANGRY = [
    "你们到底怎么回事啊？我已经打了三次电话了！",
    "再这样我就打12345投诉你们了。",
    "我要投诉，你们这服务太差了！",
    "我都想发微博曝光你们了。",
    "叫你们领导来接电话，跟你说不清楚。",
    "这都第三次了，我要去12315反映。",
    "我真的很生气，你们太不负责任了！",
    "我要去消协投诉你们。",
    "你让你们经理跟我说。",
    "再不解决我就找媒体了。",
]

# --- forbidden words (服务忌语). category decides politeness: rude-ish categories also fail it ---
FORBIDDEN = [
    ("dismissive", "这个你自己去APP上看一下就知道了。"),
    ("dismissive", "这种事你问我我也不知道啊。"),
    ("dismissive", "你自己上网查一下吧，网上都有。"),
    ("dismissive", "这个我们管不了。"),
    ("buck-passing", "这个不归我们管，你找别的部门去。"),
    ("buck-passing", "这不是我们这边的事，你打别的电话问吧。"),
    ("buck-passing", "找我们没用，你去找商家。"),
    ("buck-passing", "那是下面网点的问题，跟我们没关系。"),
    ("blaming", "这是您自己没看清楚规则。"),
    ("blaming", "页面上写得清清楚楚的，是你自己没注意。"),
    ("blaming", "谁让你不早点办呢。"),
    ("blaming", "你自己填错了，怪不了别人。"),
    ("impatient", "我都说了好几遍了，就是这样。"),
    ("impatient", "刚才不是已经告诉你了吗？"),
    ("impatient", "你听我说完行不行？"),
    ("impatient", "你到底要问什么？快点说。"),
    ("impatient", "怎么跟你说不明白呢。"),
    ("mocking", "这么简单的事都不会弄啊？"),
    ("mocking", "连这个都不懂，还用什么APP。"),
    ("rude", "你爱办不办。"),
    ("rude", "你要投诉随便，投诉也没用。"),
    ("rude", "你再这么嚷嚷我就挂了啊。"),
    ("rude", "没空跟你扯这些。"),
    ("curt-rule", "我也没办法，规定就是规定。"),
    ("curt-rule", "这是规定。不行就是不行。"),
    ("dismissive", "你自己看短信啊，短信里都写了。"),
    ("buck-passing", "这个不是我负责的，你问别人去。"),
    ("impatient", "烦不烦啊，一个问题问三遍。"),
    ("mocking", "跟你说了你也不懂。"),
    ("rude", "你嚷什么嚷，有本事你去告。"),
    ("curt-rule", "我们这边就这样，没别的办法。"),
    ("blaming", "早干嘛去了，现在才来问。"),
]
RUDE_CATEGORIES = {"impatient", "mocking", "rude"}
# 忌语 of other categories whose tone is rude as well (politeness fail too); the rest are said in a
# courteous register and fail forbidden-words only
RUDE_LINES = {"早干嘛去了，现在才来问。", "你自己看短信啊，短信里都写了。", "这种事你问我我也不知道啊。", "谁让你不早点办呢。", "你自己填错了，怪不了别人。", "页面上写得清清楚楚的，是你自己没注意。", "这是规定。不行就是不行。"}
# polite look-alikes: contain the same words as a 忌语 but are courteous (forbidden-words pass).
# PREFIX ones go before the real answer to the follow-up, SUFFIX ones after it, REFERRAL ones answer
# an out-of-scope question (the helpful twin of "不归我们管").
LOOKALIKES_PREFIX = [
    "我也很理解您的心情，咱们一起看看怎么解决。",
    "这个我帮您确认一下，免得给您说错了。稍等……好的，",
    "这个我不敢跟您说错，刚问了一下专业的同事，",
    "您先听我把流程说完，有不明白的地方您随时打断我。",
    "我再给您重复一遍吧，怕刚才没说清楚。",
    "页面上的说明确实写得不太显眼，我给您详细讲一下。",
]
LOOKALIKES_SUFFIX = [
    "如有不清楚的地方请随时联系我们。",
    "不知道您现在方便接听电话吗？后续可能需要回访您。",
    "投诉渠道我也一并告诉您，您有需要随时可以反映。",
    "这种情况您不用担心，不是您操作的问题。",
    "您不用自己再去跑了，有变化我们直接通知您。",
]
LOOKALIKES_REFERRAL = [
    "这个业务不归我们这边办理，我帮您转到负责的部门，您看可以吗？",
    "这个确实不归客服直接处理，不过我可以帮您提交给负责的同事，他们会主动联系您。",
    "这个需要您本人带身份证去办理，地址我发到您手机上。",
    "这个不是我们这边的业务，我把对应的咨询电话发您短信，您打过去就有人专门解答。",
    "这个我们这边办不了，不过可以帮您提交给负责的部门，有结果通知您。",
]
LOOKALIKES = LOOKALIKES_PREFIX + LOOKALIKES_SUFFIX + LOOKALIKES_REFERRAL
# where each 忌语 sits: buck-passing/dismissive ones answer the out-of-scope question
FORBIDDEN_AS_SUFFIX = {"你爱办不办。", "你要投诉随便，投诉也没用。"}
# ordinary helpful follow-up answers (neither 忌语 nor look-alike)
PLAIN_FOLLOWUP = [
    "可以的，您按刚才说的操作就行。",
    "对，就是这样，您放心。",
    "是的，后面有变化我们会短信通知您。",
    "没问题，我在备注里给您写上了。",
]
PLAIN_FOLLOWUP_CURT = ["看情况。", "可以。", "不一定，系统派的。", "行，备注了。", "知道了。"]

# --- closings -------------------------------------------------------------------------------------
CUSTOMER_WRAP = [
    "好的，没有别的了。",
    "行，那就这样吧。",
    "明白了，谢谢啊。",
    "嗯嗯好的，没了。",
    "OK，清楚了。",
    "好嘞，麻烦你了。",
]
ANYTHING_ELSE = ["请问还有其他可以帮您的吗？", "还有别的问题吗？", "您还有其他需要吗？", "还有什么要问的吗？"]
CLOSINGS = [
    "感谢您的来电，祝您生活愉快，再见！",
    "好的，那就不打扰您了，再见。",
    "有事您再打过来，拜拜。",
    "那就先这样啦，拜拜～",
    "祝您出行顺利，再见。",
    "感谢您的耐心，祝您一切顺利。",
    "好的，祝您周末愉快！",
    "谢谢您的来电，再会。",
    "感谢您的咨询，有问题随时找我们哈。",
    "那您先忙，祝您身体健康，再见。",
    "嗯好的，感谢您对我们工作的支持，再见。",
    "好嘞，不客气，祝您用餐愉快。",
    "请您对我的服务做出评价，再见。",
    "感谢您的理解和支持，祝您旅途愉快。",
    "那我这边先挂了啊，有问题随时联系，拜拜。",
    "好的，祝您投资顺利，再见。",
    "不客气，应该的，祝您生活愉快哈。",
]
CLOSINGS_CURT = ["嗯，再见。", "行，拜拜。"]
# last agent turns that are NOT closings (closing fail)
BARE_ENDS = ["嗯好的。", "行。", "好的，那您先按这个操作。", "嗯，就这些。", "对，是这样的。", "好。"]
SURVEY = [
    "稍后会有一条短信邀请您对本次服务进行评价，麻烦您抽空给个评价。",
    "挂机后请您对我的服务做出评价，",
    "麻烦您点一下对话框右上角给我打个分，",
    "稍后请您留意满意度回访，给我们提提意见，",
    "麻烦您结束后对本次服务做个评价，谢谢，",
    "一会儿系统会请您评价，您觉得怎么样就怎么评，",
]

# --- reference numbers ---------------------------------------------------------------------------
REF_GIVE = [
    "给您生成的{label}是{ref}，您记一下。",
    "{label}{ref}，后续您凭这个号查询进度。",
    "已经给您登记好了，{label}是{ref}。",
    "您的{label}：{ref}，我也会短信发给您。",
    "记一下啊，{label}{ref}。",
]
# reference required but NOT given (record-reference fail); may contain other numbers (hard negative)
REF_MISSING = [
    "我这边已经给您登记了，会有同事联系您。",
    "已经帮您提交了，后续进展会短信通知，您留意{phone_hint}的来电。",
    "好的，记下了，后面等通知就行。",
    "已经反馈上去了，二零二六年十二月十号之前会给您答复。",
]

# --- customer hang-up mid-contact ---------------------------------------------------------------
# neutral reasons to leave (not complaints, so empathy stays na)
CUSTOMER_QUIT = ["我这边来电话了，先挂了啊。", "不好意思我要进地铁了，回头再打。", "我先去APP上看看，挂了。", "有人敲门，我先不说了。"]

# --- customer fillers for voice --------------------------------------------------------------------
FILLERS = ["嗯", "那个", "就是", "呃", "嗯那个", "就是说"]
PAUSE_LEADS = ["嗯……我找一下啊，", "等下我看看哈，", "呃稍等，我翻一下短信，", "那个……我想想，"]
BACKCHANNELS = ["嗯", "对", "嗯嗯", "好"]

# agent-id fail contacts: the agent's second turn mentions numbers that are not a staff id
NUMBER_ECHOES = {
    "railway": ["好的，1号线换乘过来的那个站是吧，", "嗯，12306这边能处理，"],
    "tax": ["好的，这个属于12366能答复的，", "嗯，这个在2号公告里有规定，"],
    "securities": ["好的，您那个尾号8801的账户是吧，", "嗯，您说的是1号理财账户对吧，"],
    "food-delivery": ["好的，尾号3306的那一单是吧，", "嗯，是2号店那一单吗，"],
    "hotel-travel": ["好的，是3号楼的房间对吧，", "嗯，您订的是12号入住的对吧，"],
    "appliance-repair": ["好的，3号楼是吧，", "嗯，您家是2号机对吧，"],
}
