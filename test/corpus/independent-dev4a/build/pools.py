"""Hand-written phrase pools shared by all six domains (set independent-dev4a).

Each pool is one kind of utterance written in several registers (formal, colloquial, regional,
terse), so that no single stock phrase carries a label. The pools that carry a label (FORBIDDEN,
CLOSINGS, SURVEY, EMPATHY, WAIT_ASK, WAIT_THANKS) are also read by validate.py.
"""

GREETINGS = ["您好", "您好！", "喂，您好", "你好", "上午好", "下午好", "您好您好", "哎，您好", "晚上好"]
# Openings with no greeting at all (greeting fail).
NO_GREETING_OPENERS = ["请讲。", "说吧，什么事？", "嗯，这边是{org}。", "喂，这里是{org}。", "喂？", "这里是{org}热线，"]

# Staff-id intros: {n} digits, {w} the same number read out in Chinese on voice, {s} a surname.
ID_INTROS = ["工号{n}为您服务", "我是{n}号客服", "我是{n}号话务员", "客服专员小{s}为您服务",
             "我是客服小{s}，工号{n}", "编号{n}的坐席为您服务", "我是这边的客服主管{s}经理"]
ID_INTROS_VOICE_WORDS = ["工号{w}为您服务", "我是{w}号客服", "{w}号坐席很高兴为您服务"]
# Look like an id, name nobody (agent-id fail).
NO_ID_INTROS = ["我是人工客服", "人工服务为您接通", "客服这边", "我是{org}的客服", "欢迎致电{hot}",
                "很高兴为您服务", "这边是人工坐席"]
SURNAMES = ["周", "林", "何", "吴", "郑", "唐", "许", "冯", "韩", "曹", "彭", "袁", "蒋", "邓", "苏"]
DIGIT_WORDS = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}

OFFER_HELP = ["请问有什么可以帮您？", "请问您需要办理什么业务？", "您请讲。", "请问您遇到什么问题了？",
              "有什么能帮到您的？", "请问您想咨询点什么？"]

# Empathy: apology or acknowledging the feeling.
EMPATHY = ["真的非常抱歉，给您添麻烦了。", "我特别理解您现在的心情，换谁都会着急的。", "实在不好意思，让您受委屈了。",
           "这个事情确实让您费心了，我先代表我们跟您道个歉。", "您的感受我完全能理解，确实是我们没做好。",
           "哎呀，真是对不住，让您白跑了一趟。", "听您这么说我也挺过意不去的，抱歉抱歉。",
           "您反映的情况我记下了，给您带来不便我们很抱歉。"]
# Not empathy: a bare calm-down or only a promise (empathy fail material).
NOT_EMPATHY = ["您别急。", "别着急啊。", "这个我们会处理的。", "我给您看看。", "嗯，知道了。", "您先别激动。"]

WAIT_ASK = ["请您稍等，我帮您查一下。", "麻烦您稍等片刻，我这边核实一下。", "您先别挂机，我去系统里调一下记录，稍等一会儿。",
            "请稍候，我查询一下。", "稍等一下哈，我帮您看看。", "我去后台确认下，您稍等一分钟好吗？"]
WAIT_THANKS = ["感谢您的耐心等待。", "谢谢您的等待。", "多谢您耐心等候。", "感谢您的等候。", "谢谢您等我。",
               "感谢您耐心等了这么久。"]
# Comes back after a hold without thanking (hold-etiquette fail material).
RESUME_NO_THANKS = ["查到了。", "嗯，系统里显示了。", "好，我这边看到了。", "在吗？结果出来了。", "哦，找到了。"]

WRAP_UP_Q = ["请问还有其他可以帮您的吗？", "您还有别的问题需要咨询吗？", "还有什么需要我帮忙的吗？", "别的还有问题吗？"]
# A 结束语: thanks, wishes or leave-taking.
CLOSINGS = ["感谢您的来电，祝您生活愉快，再见！", "好的，那不打扰您了，祝您一切顺利，再见。", "感谢您的耐心，再见。",
            "谢谢您的支持，祝您周末愉快！", "那就先这样，再见哈。", "好嘞，祝您顺顺利利的，拜拜。",
            "感谢您的咨询，有需要随时联系我们，再见。", "不客气，祝您事情办得顺顺当当，再见。"]
CLOSINGS_CURT = ["行，再见。", "那就这样，挂了啊，再见。"]
# Last words that are no 结束语 (closing fail material).
NOT_CLOSINGS = ["嗯，好。", "行，就这样处理。", "嗯，那你看着办吧。", "好的，已经记录了。", "嗯。", "对，就是这样的流程。"]

SURVEY = ["稍后会有一条短信邀请您评价本次服务，麻烦您抽空给个评价。", "挂机后请您对我的服务做个满意度评价。",
          "等会儿页面会弹出评价窗口，麻烦您帮我点个评价。", "一会儿请您对本次服务打个分，您的意见对我们很重要。",
          "结束后系统会推送满意度调查，劳烦您填一下。"]

# 服务忌语, grouped by kind; (kind, text, rude) — rude ones also make politeness fail.
FORBIDDEN = [
    ("buck-passing", "这个不归我们管，你找别人去。", False),
    ("buck-passing", "这事儿你去问网点，别问我们。", False),
    ("buck-passing", "这不是我们部门的事，你自己打别的电话问。", False),
    ("impatience", "哎呀你快点说行不行，后面还有人排队呢。", False),
    ("impatience", "怎么这么啰嗦，挑重点说。", False),
    ("already-told", "我刚才不是已经跟你说过了吗？", False),
    ("already-told", "都讲了好几遍了，你怎么还问。", False),
    ("blaming", "这是你自己操作错了，怪不得别人。", False),
    ("blaming", "谁让你当时不看清楚的。", False),
    ("refusal", "不行，办不了，没有别的办法。", False),
    ("refusal", "规定就是规定，我不能给你办。", False),
    ("cold", "不知道，系统就这么显示的。", False),
    ("cold", "反正就这样，你爱信不信。", True),
    ("ordering", "你先给我把话听完！", True),
    ("ordering", "你到底办不办？不办就挂了。", True),
    ("sarcasm", "这么简单的东西都看不懂啊？", True),
    ("sarcasm", "您可真行，字都不认识吗。", True),
    ("dare-complain", "你要投诉就去投诉好了，随便你。", True),
    ("dare-complain", "有本事你去告啊，我不怕。", True),
    ("vulgar", "你脑子有病吧。", True),
    ("buck-passing", "你问我我问谁去？找管事的去。", False),
    ("cold", "爱咋咋地吧，反正系统就这样。", True),
    ("impatience", "行了行了，听得懂不？", True),
    ("blaming", "这不明摆着是你自己没弄对嘛。", False),
    ("refusal", "没这个政策，别想了。", False),
    ("sarcasm", "哟，这会儿知道着急了？", True),
]
# Polite look-alikes: share words with the forbidden ones and are clean (hard negatives).
LOOKALIKES = [
    "这个需要到线下网点办理，我把地址和要带的材料给您发短信，您看可以吗？",
    "不好意思，可能是我刚才没讲清楚，我再跟您说一遍。",
    "按规定确实不能线上办，不过您可以先在小程序上预约，我教您怎么操作。",
    "这个情况我理解，不是您操作的问题，是系统同步慢了。",
    "如果您对处理结果不满意，也可以拨打12345反映，这是您的权利，我这边也会跟进。",
    "您说的我都听明白了，您慢慢说，不着急。",
    "这个不归我们直接处理，但我可以帮您转到对应的部门，并把情况先记下来。",
    "您别急，慢慢说，不知道具体是哪一步卡住了？",
]

# Rude single lines that make politeness fail while carrying no listed 忌语 kind already used.
CUSTOMER_APOLOGIES = ["不好意思啊，我刚才没听清，您再说一下？", "抱歉抱歉，我这边有点吵。", "哎不好意思，我刚刚在开车。",
                      "对不起啊我记性不好，您再说一遍数字。"]
CUSTOMER_THANKS = ["好的，谢谢啊。", "行，明白了，谢谢您。", "哦哦好的，那我知道了。", "好，麻烦你了。", "嗯嗯，清楚了。"]
CUSTOMER_NO_MORE = ["没有了，就这些。", "没了没了。", "暂时没有了。", "没别的了，谢谢。"]
CUSTOMER_BYE = ["好，拜拜。", "嗯，再见。", "行，挂了啊。", "好的，拜拜~"]
CUSTOMER_LEAVES = ["行了我知道了，先挂了啊。", "好好，我有事先不说了。", "那我自己去弄吧，挂了。"]
CUSTOMER_REPEAT_COMPLAINT = ["你们上次也说会有人回电话，结果等了一个礼拜都没人理。", "我已经打了三次电话了，每次都说在处理！",
                             "这都第几回了，到底有没有人管啊？", "再这样我就去12315投诉你们了。"]
CURT_ACKS = ["说。", "嗯。", "知道了。", "行。", "然后呢？"]
