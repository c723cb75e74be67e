"""Hand-written, domain-independent agent and customer lines for set independent-dev7b.

Markup used in agent lines (rendered by gen.py):
  {您}      -> 您 in a courteous contact, 你 in a curt one
  «...»     -> kept only in a courteous contact (softeners: 麻烦, 请, 好的, 谢谢 ...)
Every list is written by hand; gen.py only picks from them with a seeded RNG.
"""

# Greetings that open the agent's first turn (greeting = pass).
GREETINGS = [
    "您好，", "你好您好，", "早上好，", "下午好，", "您好呀，", "晚上好，", "您好您好，", "哎您好，", "诶，您好，", "喂您好，",
]
# Openers that start the first turn WITHOUT any greeting (greeting = fail), still courteous.
NO_GREETING_OPENERS = [
    "这里是{org}，", "{org}客服中心，", "接通了，这边是{org}，", "{org}，",
]
CURT_OPENERS = ["喂。{org}。", "{org}，讲。", "喂，说事。", "嗯，{org}，什么事。"]

# Staff identification inside the first two agent turns (agent-id = pass). {id} = staff number.
ID_PASS_VOICE = [
    "工号{idw}为您服务，", "我是{idw}号话务员{name}，", "我的工号是{idw}，", "客服专员{name}，工号{idw}，",
    "我是客服代表{name}，", "坐席工号{idw}，很高兴为您服务，", "我是接线员{name}，",
]
ID_PASS_CHAT = [
    "客服专员{name}为您服务~ ", "工号{id}为您服务，", "我是在线客服{name}（工号{id}），", "{name}（服务编号{id}）在线，",
    "我是服务顾问{name}，", "值班客服{name}，编号{id}，",
]
# Looks like identification but names no one (agent-id = fail, hard positives/negatives).
ID_FAIL = [
    "我是人工客服，", "这边是客服，", "欢迎致电{hotline}，", "人工服务，", "我是值班的，",
    "这里是{hotline}服务热线，", "{hotline}为您服务，", "本次服务由{org}提供，", "系统显示您的来电尾号8836，", "",
]

# The agent asks the customer to wait before a hold.
WAIT_ASKS = [
    "«麻烦»{您}稍等一下，我调一下记录。", "{您}先别挂，我这边查询一下，«大概需要一分钟»。",
    "«请{您}»稍候，我去后台核实。", "我帮{您}查一下，«您»稍微等我一会儿«哈»。",
    "系统有点慢，«麻烦»{您}等我片刻。", "我请示一下班长，«请»{您}稍等别挂机。",
    "我打开工单看看，«您»等一下«啊»。",
]
# After a hold: thanks for waiting (hold-etiquette pass needs one of these).
HOLD_THANKS = [
    "感谢您耐心等待，", "谢谢您等我这么久，", "多谢您的耐心，", "谢谢您久等，", "感谢您的等候，",
    "辛苦您等着了，谢谢，",
]
# After a hold: back without thanks (hold-etiquette fail).
HOLD_BACK_PLAIN = ["好，查到了，", "嗯，系统出来了，", "那个，记录调出来了，", "我看到了，", "好了，"]

# Empathy: apology or acknowledgement of the feeling (empathy = pass). Varied, few stock words.
EMPATHY_PASS = [
    "让您来回折腾这么多趟，真的很过意不去。", "这事搁谁身上都窝火，我特别理解。", "给您添麻烦了，实在抱歉。",
    "听得出来您这几天被这事搞得挺闹心的。", "是我们没跟进到位，跟您说声对不起。", "换作是我也着急，您的心情我明白。",
    "您反映的这个确实是我们做得不好。", "大冷天的碰上这种事，真是辛苦您了。", "抱歉抱歉，让您受累了。",
    "这个情况确实让人上火，您先消消气。我来跟。", "先跟您道个歉，这么久都没给您一个说法。",
    "您的不满我完全能理解，换谁都受不了。", "对不住，让您等了这么多天还没结果。", "我懂您的意思，碰上这种事肯定不舒服。",
    "真是难为您了，一趟趟地打过来。", "这确实是我们的疏忽，我替同事给您赔个不是。", "您这么着急是应该的，我们理亏。",
]
# Replies to a complaint that neither apologise nor acknowledge (empathy = fail).
EMPATHY_FAIL = [
    "别急，", "您先说卡号吧。", "这个要按流程来。", "我给您登记一下。", "系统这边显示是正常的。",
    "好的，我看一下。", "嗯，知道了。", "您别急，先听我说。", "那先核实一下身份。", "这个情况我会往上报的。",
    "您冷静一点，我们一定处理。", "规定是这样的，您先听我解释。",
]

# Complaint lines a customer may add (generic; scenario complaints are in material_domains).
GENERIC_COMPLAINTS = [
    "我这都第三回打你们电话了，每次都说记下了，然后呢？", "再没人管我就打12315去了啊。",
    "你们这服务真是一年不如一年。", "等了快四十分钟才接，你们人都去哪了？",
    "上次那个客服答应我两天内回电，到现在也没人理。", "我一个上班族哪有工夫天天跟你们耗。",
    "说实话我现在火挺大的。", "这种事你们就不能长点心吗？",
]
# Customer lines that look like trouble but are not complaints (empathy stays na when alone).
CUSTOMER_NON_COMPLAINTS = [
    ("不好意思啊，我刚才没听清，您再说一遍？", "没关系，我再说一遍：{您}好，«请问»有什么需要？"),
    ("抱歉抱歉，我这边信号不太好。", "没事，{您}慢慢说，我听得到。"),
    ("麻烦你了啊。", "«不麻烦，»{您}讲。"),
    ("我有点着急出门，你挑重点说就行。", "好的，{您}直接说要办什么。"),
    ("哎呀不好意思，我刚才按错键了。", "不要紧，{您}说。"),
]

# Wrap-up question (not a closing by itself).
WRAPUP_QUESTIONS = [
    "«请问»还有别的需要帮{您}的吗？", "{您}看还有其他问题吗？", "其他方面还有需要咨询的吗？", "«那»还有别的事吗？",
]
# Closing lines (结束语): thanks, wishes or leave-taking (closing = pass).
CLOSINGS = [
    "感谢您的来电，祝您生活愉快，再见！", "好的，那不打扰您了，再见。", "祝您周末愉快，有事随时联系我们。",
    "谢谢您的耐心，回头见~", "行，那您慢忙，再见。", "感谢您的支持，祝您一切顺利。", "好嘞，拜拜，注意保暖哈。",
    "那就先这样，有问题再打过来，再见！", "不客气，天冷多穿点，再见~", "好的，祝您出行平安！", "感谢您对我们工作的支持，再见。",
]
CURT_CLOSINGS = ["嗯，再见。", "行，拜。"]
# Last agent words that are NOT a closing (closing = fail).
NON_CLOSINGS = ["嗯。", "好的。", "行。", "那就这样处理了。", "嗯，记下了。", "好，系统里已经备注了。"]

# Survey invitations (survey-offered = pass).
SURVEYS = [
    "稍后会有一条短信邀请您为本次服务打分，«麻烦»您抽空评价一下。", "挂机后会转满意度评价，«您»按1表示满意。",
    "待会儿对话框会弹出评价，«您»给个反馈就行。", "«辛苦»您结束后点一下右上角的评价星星。",
    "后面有个满意度回访，«还请»您多提宝贵意见。", "«劳驾»{您}挂机后给我这次服务评个分。",
]

# Verification asks (before disclosing / acting on the customer's own account).
VERIFY_ASKS = {
    "bank": ["«麻烦»{您}报一下持卡人姓名和身份证后六位«好吗»？", "为了账户安全，«请»{您}说一下卡号后四位和预留手机号。",
             "先核对身份，«请»报一下开户时登记的姓名和出生日期。"],
    "telecom": ["«麻烦»{您}报一下机主姓名和身份证后四位。", "我给{您}发了个验证码，«请»念一下。", "«请»{您}说一下服务密码，我核对下身份。"],
    "ecom": ["«麻烦»{您}提供一下下单手机号后四位。", "核实一下，收件人姓名是哪位«呢»？", "«请»{您}把账号绑定的手机号发一下哈。"],
    "gov": ["«麻烦»{您}报一下姓名和身份证号后四位。", "核对一下申请人身份证号码后六位«可以吗»？"],
    "water": ["«请»{您}报一下户主姓名和登记的联系电话。", "户主姓名和开户预留手机号«麻烦»{您}说一下。"],
    "insurance": ["«麻烦»{您}报一下被保险人姓名和身份证后四位。", "核对一下投保人姓名和车架号后六位«好吗»？",
                  "«请»{您}说一下投保人的出生日期和预留手机号。"],
}
VERIFY_OK = ["核对无误，", "好的，身份核实过了，", "信息一致，«谢谢»，", "验证通过了，"]
