"""Hand-written, cross-domain line pools for the independent-dev7a corpus.

Every line here was written for this set. Pools are grouped by the label they decide, so the
generator can pick a line that carries (or lacks) exactly what the label says.
"""

# --- greeting (first agent turn). {org} = the centre's name, {id} = the identity part (may be '') ---
GREET_VOICE = [
    "您好，{org}{id}，请问有什么可以帮您",
    "喂您好，这里是{org}，{id}请讲",
    "您好您好，{org}客服中心{id}，您请说",
    "早上好，{org}{id}，很高兴为您服务",
    "下午好，欢迎致电{org}，{id}请问您要办理什么业务",
    "您好，感谢您的耐心等待，{org}{id}，请问您遇到什么问题了",
    "您好，{id}{org}，您这边是咨询还是办理",
]
GREET_CHAT = [
    "您好～欢迎来到{org}在线客服，{id}请问有什么可以帮您？",
    "亲，您好！{id}很高兴为您服务😊",
    "您好，{org}人工服务已接入，{id}请描述一下您的问题",
    "Hi，您好呀，{id}有什么需要尽管说～",
    "晚上好！{org}在线{id}，请问今天想咨询点什么",
    "您好，{id}您的会话已由人工接入，请讲",
]
# no greeting: the first turn goes straight to business
NOGREET_VOICE = [
    "{org}{id}，请问您需要办理什么业务",
    "{id}请问有什么能帮到您",
    "{org}{id}，您请讲",
    "{id}请问您是咨询还是报障",
    "{org}人工服务{id}，麻烦您说一下问题",
]
NOGREET_CHAT = [
    "{id}请您描述一下遇到的问题",
    "已为您接入人工。{id}请问需要咨询什么？",
    "{id}请问您想了解哪方面呢",
    "{id}您请说，我在的",
    "{id}麻烦您把订单截图发过来看看",
]
# the curt register has its own openings (no greeting, no softeners)
CURT_NOGREET = ["{org}{id}，说吧什么事", "喂？{id}哪位", "{id}{org}，讲", "嗯，{id}什么问题", "{id}问题？", "在。{id}说"]

# --- agent-id. {n} = staff number as written/spoken, {name} = a surname/name ---
ID_PASS_VOICE = [
    "工号{n}为您服务，", "{n}号话务员，", "我是客服专员{name}，工号{n}，", "我是{n}号，",
    "我是{name}，客服代表，", "坐席{n}，", "员工编号{n}很高兴为您服务，",
    "我是今天的值班组长{name}，", "服务代表{name}，工号{n}，", "{n}号客服代表为您服务，", "话务员{name}，",
]
ID_PASS_CHAT = [
    "客服{name}（工号{n}）", "我是在线顾问{name}，", "工号{n}为您服务，", "我是{name}，您的专属客服，",
    "客服编号{n}，", "值班客服{name}在这儿，",
    "工号：{n}｜{name}", "客服代表{name}（编号{n}）", "我是售后专员{name}，", "{name}，您的专属服务顾问，",
]
# look-alikes that name no one: a bare role, the hotline number, the customer's own number
ID_FAIL = [
    "", "", "我是人工客服，", "这里是{hotline}服务热线，", "我是客服，", "", "本次由人工坐席为您服务，",
    "我们是{hotline}，",
    "看到您是尾号{tail}的号码来电，", "您的来电已进入{hotline}人工台，", "我是这边的工作人员，", "今天是由人工为您服务，",
]

# --- empathy after a complaint (apology or acknowledgement, varied, few stock words) ---
EMPATHY = [
    "真对不住，让您来回折腾了这么多趟",
    "这事搁谁身上都窝火，我能体会",
    "抱歉给您添麻烦了",
    "确实是我们没做到位，给您赔个不是",
    "您说的情况我听明白了，大冷天的这样确实闹心",
    "实在不好意思，让您白等了",
    "换成我也会着急的，这个责任在我们",
    "您的心情我完全理解，先跟您道个歉",
    "给您带来这么多不便，我们这边深表歉意",
    "哎呀，那确实太耽误事儿了，真是抱歉",
    "听得出您挺生气的，是我们的问题",
    "辛苦您跑了好几次，这个真的不应该",
    "您这心里肯定不踏实，换谁都一样",
    "这么一折腾确实耽误您时间了，是我们的不是",
    "唉，又让您操心了，真过意不去",
    "您反映的问题很在理，我们做得不够好",
    "先给您说声对不起，这个体验确实太差了",
    "能感觉到您这次是真的被气着了，抱歉抱歉",
    "让您家里老人跟着受累了，实在对不住",
    "确实，谁摊上都上火，我这边先跟您道歉",
]
# responses to a complaint that do not acknowledge it (only calm-down or only a fix promise)
NO_EMPATHY = [
    "别急，",
    "您先别着急，",
    "我这边给您处理，",
    "行，",
    "嗯，",
    "那我记下来，",
    "这个会处理的，",
    "",
    "您冷静一下，",
    "这种情况很正常，",
    "系统就是这么显示的，",
    "那您想怎么处理，",
]

# --- hold ask / thanks ---
HOLD_ASK = [
    "请您稍等，我帮您查一下",
    "麻烦您稍候片刻，我调一下记录",
    "您先别挂机，我这边核实一下，大概一分钟",
    "劳驾等我一会儿，我去系统里看看",
    "稍等哈，我问下后台同事",
    "您等一下下，我翻一下您的记录",
    "给我一两分钟，我这边确认一下",
    "这个我需要跟后台核实，您先别挂，请稍候",
    "我请教一下专业同事，麻烦您稍等一分钟左右",
]
HOLD_THANKS = [
    "感谢您的耐心等待，",
    "谢谢您等我，",
    "多谢您耐心等候，",
    "谢谢您的等候，",
    "感谢久等，",
    "谢谢您这么有耐心，",
    "谢谢您一直在线等着，",
    "感谢您的耐心，",
]
# back from a hold without thanks
HOLD_BACK_NOTHANKS = ["好，查到了，", "喂，还在吗，", "嗯，系统显示，", "那个，", "我看了一下，", "回来了，"]
# an apology for the wait is not a thanks (judgement call, see README)
HOLD_BACK_SORRY = ["让您久等了，", "不好意思久等了，"]

# --- forbidden words (忌语) in unusual wording, by category ---
FORBIDDEN = {
    "推诿": ["这个不归我们管，你找物业去", "这事儿你问别的部门吧，我这儿管不着", "你去找卖给你的人，跟我们没关系", "那是快递的事，跟我说没用", "你别找我，找你们物业去吧"],
    "不耐烦": ["你到底要问什么，说重点", "快点行不行，后面还排着人呢", "有完没完啊", "行了行了，听明白没有", "你能不能一次性说完"],
    "说过了": ["我刚才不是跟你讲过了吗", "同样的话我都说第三遍了", "前面已经说得很清楚了，你自己没听", "我都讲几遍了，你还问", "这个问题你已经问过了啊"],
    "指责": ["这是你自己操作错了，怪不了别人", "谁让你不看说明的", "你自己没按时交，能怪谁", "你自己当时也不看清楚", "那是你自己没保存好，我们管不了"],
    "生硬拒绝": ["不行就是不行，没得商量", "办不了，别问了", "规定就是规定，我也没办法，不办", "不可能，死了这条心吧", "这个没得退，你说啥都没用"],
    "敷衍": ["不知道，反正系统就这样", "随便你吧", "爱咋咋地", "反正就这样，你等着吧", "我也不晓得，你自己看着办"],
    "命令": ["你给我听好了", "你先闭嘴听我说完", "把电话号码报过来，快", "你给我把单号念清楚了", "少废话，直接说事"],
    "讽刺": ["这么简单都不会，你也是厉害", "哟，您可真是大忙人啊，现在才想起来", "您可真会挑时候", "这都搞不明白，真服了你了", "您这记性可真够好的"],
    "激将投诉": ["有本事你去投诉啊", "你去告好了，随便告", "想投诉就投诉，我工号报给你", "投诉也没用，你投去吧", "你爱打12315就打，吓唬谁呢"],
    "粗口": ["你脑子进水了吧", "神经病", "什么玩意儿", "有病吧你", "烦死了，滚一边去"],
}
# categories whose line is rude enough to sink politeness as well (see README)
RUDE_CATEGORIES = {"命令", "讽刺", "激将投诉", "粗口"}
# clean look-alikes: contain words found in rude lines, or refer WITH help, or explain a rule with an option
FORBIDDEN_LOOKALIKE = [
    "这个确实不归我们客服直接处理，不过我帮您把工单转给片区，他们两小时内会联系您",
    "我理解您的意思，规定上确实不能直接退，但我可以帮您申请一次特殊审批",
    "您说得对，前面已经说过的情况我再给您梳理一遍，免得漏了",
    "您别担心，没有投诉不投诉的，有意见您随时提，我们都会记录",
    "这个不是您操作的问题，是我们系统那边同步慢了",
    "规定是这样的，不过还有一个办法，您看行不行",
    "不是没办法，只是需要走个流程，我现在就帮您提交",
    "您要是觉得不满意，可以直接跟我说，我们有专门的意见反馈通道，我把号码发给您",
    "这个确实办不了加急，不过我可以帮您预约最早的时段，明早八点您看行吗",
    "我刚才可能没说清楚，我换个说法再讲一遍",
]

# --- non-answers and look-ups ---
# non-answers stated as a limit, without attitude: resolution fails, no 忌语 (see README)
NONANSWER = [
    "这个我确实不清楚", "这个我们客服这边查不了", "这个问题我这边回答不了", "这个目前没有相关信息", "这块我说不好",
    "这个我们没有权限看", "这个问题不在我们这边的范围", "这个真说不上来",
]
# a non-answer followed by a look-up or referral WITH help (resolution passes)
NONANSWER_THEN_HELP = [
    "这个我手头没有数据，我帮您提交给后台，今天下班前短信回复您",
    "这个问题我一时答不上来，我现在帮您联系专员，十分钟内给您回电",
    "这个我这儿暂时查不了，我给您登记一下，由专人在一天之内答复您",
]

# --- closing (结束语) and non-closings ---
CLOSING_VOICE = [
    "感谢您的来电，祝您生活愉快，再见",
    "好嘞，那不打扰您了，拜拜",
    "谢谢您的耐心配合，祝您一切顺利",
    "那就先这样，有需要随时打过来，再会",
    "辛苦您了，祝您周末愉快",
    "好的，谢谢您，再见",
    "感谢您对我们工作的支持，祝您身体健康",
    "那就这样，祝您家里早点来电，再见",
    "好，那您慢忙，拜拜",
    "有事儿您再找我们，再见啊",
    "不客气，祝您顺心，再会",
]
CLOSING_CHAT = [
    "感谢您的咨询，祝您生活愉快～",
    "好的，那就不打扰啦，再见👋",
    "谢谢亲的耐心，祝您一切顺利！",
    "感谢支持，有问题随时找我们哦，拜拜",
    "祝您周末愉快，再见～",
    "不客气哈，祝您一切顺利🙏",
    "那我这边先结束会话啦，感谢您的耐心～",
    "好的，祝您早日康复，再见",
]
# last agent turns that are no 结束语: a wrap-up question alone, or plain business
NOCLOSING = [
    "还有别的需要吗", "还有其他问题没有", "好的", "行，那就按这个办", "嗯，已经提交了", "那您看一下短信",
    "您那边还有别的事吗", "这个就先记录到这儿", "您注意查收短信",
]

# --- survey invitations and look-alikes ---
SURVEY_VOICE = [
    "稍后挂机会有一个满意度评价，麻烦您给我打个分",
    "挂机后请您对我的服务做个评价，谢谢",
    "等会儿会有短信邀请您评价本次服务，麻烦抽空点一下",
    "请您不要马上挂机，稍后为我的服务进行评价",
    "一会儿会有语音提示，请您为本次服务按键评价",
    "最后耽误您几秒钟，结束后请对本次通话打个分",
]
SURVEY_CHAT = [
    "会话结束后会弹出评价窗口，麻烦给个五星好评哦",
    "麻烦点一下右下角的【评价】，给本次服务打个分",
    "稍后请对本次服务做出评价，您的反馈对我们很重要",
    "方便的话点一下下方的满意度评价～",
    "最后麻烦您动动手指，对本次会话评价一下⭐",
]
# asks about the solution, not an invitation to evaluate the service (survey stays fail)
SURVEY_LOOKALIKE = ["这样处理您看满意吗", "您对这个方案还满意吧", "这个处理结果您能接受吗"]

# --- customer apologising / pausing (hard negatives) ---
CUSTOMER_SORRY = ["不好意思啊，我刚才没听清", "哎抱歉，我这边信号不太好", "对不起啊，我这边刚才有点吵", "sorry，刚才走神了"]
CUSTOMER_PAUSE = ["您等我一下，我找找那个单子", "等会儿啊我翻一下", "稍等，我看一下手机", "我去拿一下卡你等等"]
CUSTOMER_BACK = ["找到了", "好了好了，我念给你", "喂，我找着了", "嗯，在这儿"]

# --- customer thanks / end ---
CUSTOMER_OK = ["好的，谢谢", "行，明白了", "嗯好的", "知道了，谢了", "好，那我等着", "OK"]
CUSTOMER_NOTHING = ["没了", "没有了谢谢", "暂时没有", "就这些"]
CUSTOMER_LEAVE = ["行，我知道了，先挂了啊", "好了我这边有事先挂了", "嗯我自己去APP看吧，拜拜"]

# --- curt register replacements for generic agent lines ---
CURT_ASK_WAIT = ["等一下，查下", "稍等", "等一下"]
CURT_ACK = ["嗯", "行", "知道了", "哦"]
CURT_CLOSE = ["还有事没", "没别的了吧", "就这样"]

# voice filler and homophone noise (ASR); swapped words were chosen not to touch key phrases
FILLERS = ["呃", "嗯", "那个", "就是", "啊"]
HOMOPHONES = {"已经": "以经", "这边": "这便", "时候": "时后", "因为": "应为", "那边": "哪边", "现在": "现再"}
SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"]
GIVEN = ["静", "磊", "晓雯", "婷", "浩", "敏", "悦", "佳", "蕾", "强", "晨", "雪", "鹏", "丹", "欣"]

# the curt register's own thanks and leave-takings (still thanks or a leave-taking, said flatly)
CURT_THANKS = ["谢了，", "谢谢啊，"]
CURT_CLOSING = ["行，谢了，拜拜", "就这样，再见", "挂了啊，拜拜"]
CUSTOMER_EMOJI = ["😂", "🙏", "😤", "😓", "👍", "？？"]

# what the customer says before each kind of agent reply in the push exchange (so the reply fits)
PUSH_BY_CATEGORY = {
    "推诿": ["那你帮我想想办法嘛", "那这事到底归谁管"], "不耐烦": ["你再说一遍，我没记住", "那具体要怎么弄"],
    "说过了": ["我还是没太明白", "你再讲讲呗"], "指责": ["那怎么会弄成这样呢", "我也不知道会这样啊"],
    "生硬拒绝": ["你们能不能通融通融", "能不能给我特殊处理一下"], "敷衍": ["那到底是怎么回事啊", "那我该怎么办"],
    "命令": ["我还是没太明白", "等下，你说慢点"], "讽刺": ["我不太会弄这个", "我到现在才看到短信"],
    "激将投诉": ["那我去哪儿问呢", "那我还能找谁"], "粗口": ["那大概要多久", "你们能不能通融通融"],
    "lookalike": ["那能不能给我加急一下", "你们能不能通融通融", "我还是没太明白", "那你帮我想想办法嘛"],
}
