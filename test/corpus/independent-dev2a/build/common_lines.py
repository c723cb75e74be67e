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
    "您好，{org}服务热线，编号{id}的话务员为您服务。",
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
VERIFY_ASK = [
    "在查询之前需要先核对一下您的身份，麻烦您报一下身份证号的后四位。",
    "为了保障您的账户安全，请您报一下预留的手机号码。",
    "我这边先给您发一个验证码，您收到后念给我一下好吗？",
    "先跟您核实一下，开户人的姓名和证件号后六位是多少？",
    "麻烦您先说一下登录账号绑定的手机号和身份证后四位，我核对一下。",
]
VERIFY_ASK_CURT = [
    "身份证后四位。",
    "手机号报一下。",
    "验证码发你了，念。",
]
VERIFY_GIVE = [
    "后四位是{d4}。",
    "手机是{phone}。",
    "验证码{d6}。",
    "嗯，我叫{cname}，证件后六位{d6}。",
    "一三八的，{phone}，身份证后四位{d4}。",
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
]
NO_EMPATHY = ["", "嗯，", "那个，", "是这样，", "行，"]

# generic complaint lines customers add in non-complaint scenarios (first complaint of the contact)
COMPLAINTS_MILD = [
    "说实话你们这个流程有点麻烦，我不太满意。",
    "唉，我上周就打过一次了，这都第二次了还没弄好。",
    "你们这个体验真的一般，挺失望的。",
    "排队排了十几分钟，说实话有点烦。",
    "我觉得你们这个规定不太合理。",
]
COMPLAINTS_ANGRY = [
    "你们到底怎么回事啊？我已经打了三次电话了！",
    "再这样我就打12345投诉你们了。",
    "我要投诉，你们这服务太差了！",
    "我都想发微博曝光你们了。",
    "叫你们领导来接电话，跟你说不清楚。",
    "这都第三次了，我要去12315反映。",
    "我真的很生气，你们太不负责任了！",
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
]
RUDE_CATEGORIES = {"impatient", "mocking", "rude"}
# polite look-alikes: contain the same words as a 忌语 but are courteous (forbidden-words pass)
LOOKALIKES = [
    "这个业务不归我们这边办理，我帮您转到负责的部门，您看可以吗？",
    "我也很理解您的心情，咱们一起看看怎么解决。",
    "规定是这样的，不过我可以帮您申请一下特殊处理。",
    "如有不清楚的地方请随时联系我们。",
    "不知道您现在方便接听电话吗？后续可能需要回访您。",
    "这个我帮您确认一下，免得给您说错了。",
    "您不用自己再去跑了，我这边直接帮您登记。",
    "您说得没错，这个确实不是您的问题。",
    "您先听我把流程说完，有不明白的地方您随时打断我。",
    "我再给您重复一遍吧，怕刚才没说清楚。",
    "投诉渠道我也一并告诉您，您有需要随时可以反映。",
    "这个需要您本人带身份证去办理，地址我发到您手机上。",
    "这个确实不归客服直接处理，不过我可以帮您提交给负责的同事，他们会主动联系您。",
    "这种情况您不用担心，不是您操作的问题。",
    "页面上的说明确实写得不太显眼，我给您详细讲一下。",
]
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
]
CLOSINGS_CURT = ["嗯，再见。", "行，拜拜。"]
# last agent turns that are NOT closings (closing fail)
BARE_ENDS = ["嗯好的。", "行。", "好的，那您先按这个操作。", "嗯，就这些。", "对，是这样的。", "好。"]
SURVEY = [
    "稍后会有一条短信邀请您对本次服务进行评价，麻烦您抽空给个评价。",
    "挂机后请您对我的服务做出评价，",
    "麻烦您点一下对话框右上角给我打个分，",
    "稍后请您留意满意度回访，给我们提提意见，",
    "麻烦您在结束后帮我点一下满意，谢谢，",
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
    "已经帮您提交了，三个工作日内处理，您留意{phone_hint}的来电。",
    "好的，记下了，后面等通知就行。",
    "已经反馈上去了，二零二六年十二月十号之前会给您答复。",
]

# --- customer hang-up mid-contact ---------------------------------------------------------------
CUSTOMER_QUIT = ["算了算了，我不问了。", "行了，我自己看吧，挂了。", "不说了，我再想想。", "唉算了，我先挂了。"]

# --- customer fillers for voice --------------------------------------------------------------------
FILLERS = ["嗯", "那个", "就是", "呃", "嗯那个", "就是说"]
PAUSE_LEADS = ["嗯……我找一下啊，", "等下我看看哈，", "呃稍等，我翻一下短信，", "那个……我想想，"]
BACKCHANNELS = ["嗯", "对", "嗯嗯", "好"]
