"""Hand-written, domain-neutral agent/customer lines for set independent-dev8b.

Every pool is written by hand (no phrase list copied); gen.py picks from them with a seeded RNG and
validate.py re-checks each contact's text against the same pools, so a pool entry is the unit of truth:
an entry in FORBIDDEN is a 服务忌语, an entry in POLITE_LOOKALIKES is deliberately clean.
"""

# --- greeting: polite openers (pass) and openers that are not a 问候 (fail) ---
GREET = ["您好", "您好呀", "你好", "早上好", "上午好", "下午好", "晚上好", "您好您好", "哎，您好", "喂，您好", "中午好"]
NO_GREET = ["喂，", "嗯，", "", "哎，"]
GREET_WORDS = ["您好", "你好", "早上好", "上午好", "中午好", "下午好", "晚上好"]

# --- offers that close the first agent turn ---
OFFER = ["请问有什么可以帮您？", "您请讲。", "请问您要咨询什么？", "您遇到什么情况了？", "您说，我在听。",
         "请问是哪方面的问题呢？", "有什么需要您尽管说。", "请问今天想办点什么？", "您慢慢说。", "我这边能帮您点什么？", "您那边是什么事儿呀？", "您说说看。"]
OFFER_CURT = ["说。", "什么事？", "讲。", "嗯，你说。", "啥事？"]

# --- agent-id (first two agent turns). {n}: staff number, {name}: a person's name ---
ID_PASS_DIGIT = ["工号{n}为您服务", "我是{n}号话务员", "工号{n}", "我的工号是{n}", "服务工号{n}", "编号{n}的客服代表为您服务"]
ID_PASS_CHAT = ["我是在线客服{name}，工号{c}", "客服{name}（工号{c}）为您服务", "编号{c}的客服专员为您服务",
                "我是客服专员{name}", "这边是顾问{name}", "工号{c}，客服{name}"]
ID_PASS_NAME = ["我是客服专员{name}", "我是话务员{name}", "我是咨询员{name}", "我叫{name}，是这边的客服", "我是您的服务顾问{name}", "客服代表{name}为您服务", "我是{name}，咨询专员"]
# look like an id, name no one: a bare role, the hotline's number, the customer's own number
ID_FAIL = ["我是客服", "人工客服为您服务", "这里是{hotline}热线", "您尾号{tail}的来电已接通", "客服这边",
           "这里是人工台", "我是值班的", "坐席已接入", "您拨打的是服务热线{hotline}"]
ID_FAIL_CHAT = ["我是客服", "人工客服为您服务", "这里是{hotline}在线服务", "您尾号{tail}的账号已转人工", "在线客服为您服务", "坐席已接入"]
NAMES = ["李婷", "小孙", "王晓燕", "陈一帆", "周敏", "赵磊", "刘佳", "孙浩", "郑雪", "何平", "小吴", "黄丽娟", "马超", "冯悦",
         "邓欣", "曹宇", "许倩", "韩冬"]

# --- verification asks (before disclosure / action on the customer's own account) ---
VERIFY_ASK = [  # (the ask, the customer's matching reply)
    ("为了保护您的信息，麻烦先说一下{holder}的姓名和身份证后四位。", "{pname}，后四位{digits}。"),
    ("先跟您核对一下身份，请报一下{holder}全名和预留的手机号。", "{pname}，手机号139{digits}{digits}。"),
    ("稍等，查之前需要核实一下：{holder}叫什么名字？身份证最后四位是多少？", "哦好的，{pname}，身份证后四位{digits}"),
    ("按规定要先验证身份，刚才给您手机发了个六位验证码，麻烦念一下。", "验证码是{code}。"),
    ("麻烦您提供一下{holder}的出生年月和姓名，我核对一下。", "{pname}，一九八六年三月的。"),
    ("查之前得先确认是本人，请问{holder}的姓名，还有预留手机号后四位？", "名字是{pname}，手机尾号{digits}。"),
]
VERIFY_ASK_CURT = [("{holder}姓名，身份证后四位。", "{pname}，{digits}。"), ("验证码报一下。", "验证码{code}"), ("叫啥名？手机后四位？", "{pname}，{digits}")]
VERIFY_WORDS = ["身份证后四位", "身份证最后四位", "预留的手机号", "手机号后四位", "验证码", "出生年月", "手机后四位"]

# --- empathy: acknowledgements / apologies in many forms, and replies that are not empathy ---
EMPATHY = [
    "真是对不起，给您添麻烦了。", "特别抱歉让您跑了这么多趟。", "理解您的心情，换谁遇到都着急。", "这事搁谁身上都窝火，我明白。",
    "让您受累了，实在不好意思。", "您说的这个情况我能体会，确实挺闹心的。", "非常抱歉，是我们这边没做到位。", "先跟您道个歉，让您久等这么多天。",
    "您的不满我完全理解。", "大冷天家里冻着，这滋味确实不好受。", "这确实是我们的问题，给您赔个不是。", "辛苦您了，打了这么多次电话。",
    "我听出来您挺着急的，换我也一样。", "抱歉抱歉，让您费心了。", "您别往心里去，先给您说声对不起。", "这种经历确实让人心里不舒服，我理解。",
    "不好意思啊，让您白跑一趟。", "您的委屈我听明白了。", "唉，这确实太耽误事了，对不住您。", "实在抱歉，您反映的我都记下了，也理解您的火气。",
    "您辛苦了，这么晚还在处理这事，真是抱歉。", "抱歉让您有这样的体验 🙏", "真的很抱歉，给您造成困扰了。", "能理解您现在的感受。",
    "哎呀，这一趟趟的，真难为您了。", "碰上这种事谁心里都不痛快，我懂。", "您消消气，这事确实是我们疏忽了，对不起。", "给您带来这么多不便，我代表公司向您致歉。", "嗯，换作是我也会着急上火的。", "太不应该了，我先替同事跟您说声抱歉。", "您的心情我特别能理解，等了这么久确实窝心。"]
NOT_EMPATHY = ["别急，我看看。", "您先别着急。", "我给您查。", "这个我们会处理的。", "行，我这边登记。", "我帮您看一下怎么回事。",
               "嗯，然后呢？", "好的，您继续说。", "这个会有人跟进的。", "您说的情况我记下了。", "这个我们后台会跟进。", "嗯嗯，收到。"]

# --- complaints a customer can make (beyond the domain-specific openings) ---
COMPLAINT2 = [
    "你们这效率也太低了吧，我这都第三次打电话了！", "再解决不了我就打12345投诉你们。", "每次都说马上马上，到现在也没个信儿。",
    "说真的我对你们挺失望的。", "我上礼拜就反映过，你们答应好好的，结果呢？", "这都什么服务啊，转来转去没人管。",
    "我一个老人家跑了三趟了，腿都跑断了。", "你们要是再拖，我就找媒体曝光。", "太气人了，钱扣了事不办。",
    "上次那个客服说今天给我回电，一直没人打。",
]
# customer lines that look like trouble but are not complaints (hard negatives for empathy)
CUSTOMER_APOLOGY = ["不好意思啊，刚才信号不好没听清。", "哎呀抱歉，我手机差点没电了。", "对不起对不起，我把号码念错了。",
                    "麻烦你了啊。", "不好意思啊，我翻了半天单子。", "抱歉我打字慢哈"]

# --- holds: the ask before, the thanks after, and returns that thank no one ---
HOLD_ASK = ["请您稍等，我调一下记录。", "麻烦您稍候片刻，我这边查询一下。", "您先别挂，稍等我一下。", "请稍等，我去跟后台核实下。",
            "您稍等一会儿哈，系统有点慢。", "劳烦您等我一下，我翻翻记录。", "请您稍等一两分钟，我确认一下。", "您稍候，我马上查。", "请您稍候，我帮您把记录调出来。", "麻烦等我一下哈，马上回来。"]
HOLD_ASK_CURT = ["等着。", "等会儿。", "等下。"]
HOLD_THANKS = ["感谢您的耐心等待，", "谢谢您等我，", "多谢您耐心等了这么一会儿，", "谢谢稍候，", "感谢您久等，", "辛苦您等着，谢谢，", "感谢您一直等着，", "谢谢您这么有耐心，"]
HOLD_RETURN_BARE = ["好，查到了，", "那个，系统显示，", "嗯，", "喂？在吗，", "这边看了一下，", "行，", "回来了，", "我看到了，"]
HOLD_ACK_CUSTOMER = ["好的。", "嗯，行。", "好", "没事你查吧"]
WAIT_WORDS = ["稍等", "稍候", "等我一下", "等会儿", "等下", "等着", "先别挂"]
THANK_WAIT_WORDS = ["谢谢", "感谢", "多谢"]

# --- 服务忌语: (line, category, rude) — rude ones also make politeness fail ---
FORBIDDEN = [
    ("这事儿不归我们管，你找物业去吧。", "buck-passing", False),
    ("这个你别问我，问你们单位人事去。", "buck-passing", False),
    ("那你去找别的部门吧，我这里管不了。", "buck-passing", False),
    ("我们只负责接电话，别的你找上面。", "buck-passing", False),
    ("快点说重点，后面还好多人排队呢。", "impatience", False),
    ("行了行了，我知道了。", "impatience", False),
    ("你到底要问啥？一次说清楚。", "impatience", True),
    ("我刚才不是说过了吗？", "already-told", False),
    ("这个问题我都讲了三遍了。", "already-told", False),
    ("跟您解释好几次了，还要我再说一遍？", "already-told", False),
    ("那是你自己没看清楚通知，怪不了别人。", "blame", True),
    ("谁让您不早点来办呢。", "blame", False),
    ("你自己操作错了还好意思说我们扣错。", "blame", True),
    ("不行就是不行，没什么好商量的。", "refusal", False),
    ("办不了，规定就是这样。", "refusal", False),
    ("这个没法弄，你别想了。", "refusal", True),
    ("不知道，你问别人去。", "cold", False),
    ("随便你吧。", "cold", False),
    ("爱信不信。", "cold", True),
    ("你听我说，别插嘴。", "ordering", True),
    ("你赶紧把材料准备好再来，别浪费大家时间。", "ordering", True),
    ("您这么懂，还打电话问我干嘛？", "sarcasm", True),
    ("哟，现在才想起来着急啊。", "sarcasm", True),
    ("这么简单的事都不会，我也是服了。", "sarcasm", True),
    ("你要投诉就去投诉，我无所谓。", "dare-complaint", True),
    ("有本事你去告啊。", "dare-complaint", True),
    ("投诉我也没用，随你。", "dare-complaint", True),
    ("有病吧你，大半夜打电话来。", "vulgar", True),
    ("你脑子进水了吗？", "vulgar", True),
    ("扯什么淡呢。", "vulgar", True),
    ("反正系统就这样，我也没办法。", "refusal", False),
    ("你这问题问得，我都不知道咋回你。", "sarcasm", True),
    ("跟你说了也白说。", "cold", True),
    ("下班了，明天再打吧。", "refusal", False),
    ("那是你们小区自己的事，跟我们公司没关系。", "buck-passing", False),
    ("嚷嚷什么，好好说话。", "ordering", True),
    ("我又不是神仙，哪能什么都知道。", "sarcasm", True),
    ("没看见我这忙着呢吗？", "impatience", True),
    ("规定写得清清楚楚，自己不看怪谁。", "blame", True),
    ("爱找谁找谁去，找我们也没用。", "dare-complaint", True),
    ("行吧行吧，随你怎么说。", "cold", False),
    ("问来问去就这点事，真是的。", "impatience", True),
    ("这不是我的问题，你打别的电话。", "buck-passing", False),
]
# polite lines that share words with 忌语 (投诉, 不知道, 没办法, 别, 自己, 不行) and are clean
# (early ones fit the agent's second turn; none of these is said in reply to a complaint, so none is taken as empathy)
POLITE_LOOKALIKES_EARLY = ["您说的我都明白，没办法的事我们也想办法帮您协调。", "您别着急挂，我一步步帮您弄清楚。",
                           "不用您自己跑，电话里能办的我们直接办。"]
POLITE_LOOKALIKES = [
    "如果您对处理结果不满意，也可以拨打我们的监督电话，号码我一会儿发您短信。",
    "这个方式不行的话，我们还有另外一个办法，我给您说一下：", "我不知道您刚才有没有收到短信，我再给您补发一遍。",
    "不用您自己跑，我们这边直接帮您办。", "这块严格说归{dept}负责，不过我可以先帮您把诉求转过去，再把他们电话告诉您。",
    "您要是想投诉，我现在就可以帮您登记，不用另外打电话。", "这个规定确实不太方便，我看看有没有别的途径。",
    "您别着急挂，我再跟您确认最后一点。",
]

# --- closing (结束语) and endings that carry none ---
CLOSING = ["感谢您的来电，祝您生活愉快，再见！", "好的，那不打扰您了，再见。", "谢谢您，祝您一切顺利。", "不客气，最近降温注意保暖，再见哈。",
           "那就先这样，有事随时找我们，拜拜～", "感谢您的耐心，祝您周末愉快。", "好嘞，谢谢您的支持，再见。", "祝您早日办妥，再见！",
           "谢谢您的配合，祝您顺心。", "好的，您慢走，再见。", "那就祝您一切顺心，拜拜。", "感谢咨询，祝您身体健康～", "感谢您的来电，天冷路滑，出门慢点。", "好的，祝您和家人都好，再见。", "那您先忙，有问题再联系我们。", "不客气哈，回见～", "谢谢您对我们工作的理解，再见。"]
CLOSING_CURT = ["行，拜拜。", "就这样，再见。"]
CLOSING_WORDS = ["再见", "拜拜", "祝您", "感谢您的来电", "谢谢您", "不打扰您了", "感谢咨询", "感谢您的耐心", "谢谢您的", "慢走", "您先忙", "回见"]
NO_CLOSING = ["还有别的需要吗？", "还有其他问题吗？", "嗯。", "没别的了吧？", "就这些？", "那您还有什么要问的吗？", "好。", "您看还有啥要问的？", "嗯，好的。"]

# --- satisfaction survey invitations ---
SURVEY = ["稍后会有短信请您对本次服务评价，麻烦您抽空打个分。", "挂机后请您对我的服务做个评价。", "结束后会弹出满意度评价，麻烦您点一下。",
          "如果方便的话，请给这次服务打个分哦⭐", "一会儿系统会邀请您参与满意度回访，请您按键评价。", "您对今天的服务满意吗？挂机后可以按1评价。", "挂机后有个一到五分的评价，请您给我们打个分。", "待会儿短信里有个满意度链接，方便的话点一下。"]
SURVEY_WORDS = ["评价", "打个分", "满意度", "打分"]

# --- reference numbers (record-reference pass) and look-alikes that are not references ---
REF_PASS = ["您的工单号是{ref}，请记一下。", "这边给您生成了受理编号{ref}，后续查询报这个号就行。", "登记好了，单号{ref}。",
            "记一下您的服务单号：{ref}。", "受理号{ref}，短信也会发您一份。", "我把流水号{ref}发您，方便跟进。", "工单号{ref}，您拿笔记一下。", "给您登记了，单号是{ref}，有进展会短信通知。"]
REF_LOOKALIKE = ["有问题您再打{hotline}就行。", "费用是{amount}，您核对一下。", "我是工号{n}，有事您找我。", "您的订单尾号是{tail}。",
                 "我们会在{date}前给您回复。", "您手机{phone}会收到通知。"]
REF_WORDS = ["工单号", "受理编号", "单号", "服务单号", "受理号", "流水号"]

# --- non-answers (resolution) and the look-up / referral that redeems one ---
NON_ANSWER = ["这个我这边不清楚。", "这个不清楚。", "这个查不了。", "这个我回答不了。", "这个我也说不上来。", "这个我们这边没法查。"]
REFERRAL_HELP = ["不过我马上帮您转给{dept}，他们两个工作日内给您回电。", "我先帮您记下来，转{dept}核实后打电话告诉您。",
                 "但我可以把{dept}的直线电话给您，顺便帮您预约好。"]

# --- curt register (politeness fail without 忌语): filler lines for curt contacts ---
CURT_ACK = ["嗯。", "行。", "知道了。", "哦。", "对。"]
CUSTOMER_OK = ["好的。", "嗯嗯，明白了。", "哦，知道了。", "行，好的。", "了解了", "好的好的", "OK", "懂了，谢谢"]
CUSTOMER_BYE = ["好的谢谢，拜拜。", "行，谢谢啊。", "好，那先这样。", "谢谢，再见。", "嗯，好的", "好的谢谢～", "谢啦"]
CUSTOMER_NAG = ["在吗？", "还在吗", "？？", "客服？", "喂？", "有人吗"]
CUSTOMER_HELLO_VOICE = ["喂？", "喂，听得到吗？", "喂喂？有人吗？"]
FILLERS = ["嗯", "呃", "那个", "啊", "嗯那个"]

# the warm casual chat register (你, 亲, 哈, ～): courteous without 您 or stock words
WARM_MARKERS = ["亲", "哈", "～", "😊"]
