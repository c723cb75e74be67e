"""Hand-written generic agent/customer lines for set independent-dev6b, grouped by the check they carry.

Kept apart from the composer so a reviewer can read all wording in one place. Every list is varied on
purpose (formal, colloquial, terse, regional); `_c` lists are the curt register (你, no softeners).
"""

GREET = ['您好，', '您好呀，', '你好，', '上午好，', '下午好，', '您好您好，', '哎您好，']
GREET_CURT = ['你好，', '喂你好，']
# the start of a first turn WITHOUT a greeting (greeting fail)
NO_GREET = ['喂，', '嗯，', '这边是', '', '诶，']

ORG_INTRO = {  # how each domain answers; the hotline number in some of them is NOT a staff id
  'hr12333': ['12333人社服务热线', '人社服务热线', '这里是12333'],
  'creditcard': ['汇通银行信用卡中心', '汇通信用卡客服', '信用卡中心'],
  'carrental': ['途安租车客服', '途安租车', '途安租车客服中心'],
  'examboard': ['省考试院咨询热线', '教育考试院', '考试院咨询台'],
  'wedding': ['喜悦婚礼摄影', '喜悦婚纱摄影客服', '喜悦摄影售后'],
  'payment': ['易付钱包客服', '易付在线客服', '易付钱包'],
}
# staff identification that counts (voice readings use 幺/两 as agents say them)
ID_OK_VOICE = ['工号幺零三七', '工号是8602', '我的工号二三五一', '工号A幺六', '我是客服专员陈晓', '我是话务员李静', '工号三零二一',
               '我是幺五二六号话务员', '我是坐席代表小冯，工号两幺八']
ID_OK_CHAT = ['工号1037为您服务', '客服编号KF2091', '我是在线客服小周，工号6618', '我是客服专员许婷', '编号B27为您服务', '我是售后顾问林然',
              '我是3088号客服', '客服专员赵一帆很高兴为您服务']
# looks like identification but names no one (agent-id fail)
ID_BAD = ['我是客服', '这里是人工服务', '人工坐席为您服务', '我是这边的工作人员', '客服为您服务', '我是值班的', '服务热线24小时为您服务'.replace('24小时', '全天')]

SERVE = ['请问有什么可以帮您？', '请问您要办理什么业务？', '有什么能帮到您的？', '请讲。', '您请说。', '请问您遇到什么问题了？']
SERVE_CURT = ['啥事？', '什么事？', '你说。', '办啥？']

VERIFY = {
  'hr12333': ['为了保护您的信息，麻烦报一下参保人姓名和身份证号后四位。', '先核对一下身份，请说一下您的姓名和身份证最后四位。'],
  'creditcard': ['为了您的账户安全，需要核实一下身份，请报一下持卡人姓名和身份证后六位。', '麻烦先验证一下，您的姓名和预留手机号后四位是？'],
  'carrental': ['我先核实一下，租车人姓名和预留手机号后四位是多少？', '为了信息安全，请报一下租车人姓名和身份证后四位。'],
  'examboard': ['先核实考生身份，请报一下考生姓名和身份证号后四位。', '请您说一下考生姓名和出生日期，我核对一下。'],
  'wedding': ['我先核对一下合同信息，麻烦说下签约人姓名和预留手机号。', '请问签合同时用的姓名和手机后四位是？'],
  'payment': ['为了账户安全，刚给您绑定手机发了个验证码，麻烦念一下。', '先核实身份，请提供账户实名姓名和身份证后四位。'],
}
VERIFY_CURT = ['姓名，身份证后四位。', '名字，手机号后四位。']
VERIFY_ANS = ['张秀兰，后四位0321', '我叫刘建国，身份证尾号是1816', '王芳，手机尾号6678', '验证码是482913', '陈志强，三三零八', '李娜，尾号是九二七一']
VERIFY_OK = ['好的，核对无误。', '信息核对上了，谢谢。', '好的，验证通过了。', '嗯，身份确认了。']
VERIFY_OK_CURT = ['对上了。', '行。']
# disclosure of the customer's own record BEFORE any verification (verification fail)
PEEK = {
  'hr12333': ['我这边调出您的参保记录了，缴费一直是正常的，', '系统里显示您的参保信息和卡片状态都在，'],
  'creditcard': ['我看到您这张卡目前账单是三千二，', '您这张卡的额度是两万，目前已用一万八，'],
  'carrental': ['您这单我看到了，还车记录在系统里，', '我查到您的订单了，车是上月还的，'],
  'examboard': ['您的报考信息我这边查到了，', '我看到您的成绩记录了，'],
  'wedding': ['您的合同我调出来了，', '我查到您的订单了，套餐是九千八的，'],
  'payment': ['您的账户我看了，目前状态是受限，', '我查到您这笔交易了，'],
}

REQ_INTRO = ['', '好的，', '嗯，那', '明白，', '了解，']

HOLD_ASK = ['请您稍等，我帮您查一下。', '麻烦您稍等一下，我看下系统。', '您别挂机，稍等片刻，我去核实一下。', '我查询一下，请稍候。', '您稍等一会儿哈，我这边调一下记录。']
HOLD_ASK_CHAT = ['请您稍等，我帮您查一下~', '稍等哦，我去核实一下', '麻烦您稍候，我查一下系统记录', '我这边查询一下，请稍等片刻']
HOLD_ASK_CURT = ['等下。', '等会儿，我查查。', '你等着，我看下。']
HOLD_THANKS = ['感谢您的耐心等待，', '谢谢您的等待，', '不好意思让您久等了，谢谢您耐心等待，', '感谢久等，']
# returns after a hold without thanks (hold-etiquette fail) -- deliberately plain
HOLD_BACK_PLAIN = ['喂，在吗？', '好，查到了，', '嗯，', '我看了一下，']

EMPATHY = ['非常抱歉让您着急了。', '实在不好意思，给您添麻烦了。', '我能理解您现在的心情，换谁都会着急。', '真是抱歉，让您跑了好几趟。',
           '听您这么说我也挺过意不去的，先跟您道个歉。', '这个确实是我们没跟进到位，向您道歉。', '理解您的难处，这事搁谁身上都闹心。',
           '哎呀，这事确实让人窝火，您的心情我明白。', '对不住啊，让您等了这么久还没个说法。']
# replies to a complaint that are not empathy (a bare calm-down or only a promise)
NOT_EMPATHY = ['别急。', '我给您处理。', '您先别急，我看看。', '嗯，我这边记一下。', '知道了。', '您先别激动，一件一件说。', '这个情况我们会反馈的。']

# polite look-alikes that are NOT 服务忌语 (hard negatives, used in clean contacts)
LOOKALIKE = ['这个确实不归我们这边直接办理，不过我把经办网点的地址和电话给您发短信，您看行吗？',
             '刚才可能是我没说清楚，我再跟您讲一遍。',
             '按规定这种情况是不行的，不过我可以帮您走一个特殊申请，您看可以吗？',
             '如果您对处理结果不满意，也可以拨打我们的监督电话反映，我把号码发给您。',
             '没问题，这个不麻烦的。',
             '我理解您的意思，您是想尽快拿到结果对吧？',
             '您别着急，我们一定给您查清楚。', '这个不是您的责任，是我们系统延迟了。', '您说得对，是我们规则没讲清楚，我补充一下。']

# 服务忌语 (forbidden-words fail). mild: buck-passing, told-you, refusal, blame, perfunctory
FORBID_MILD = ['这个不归我们管，你自己去找别的部门问吧。', '我刚才不是已经说过了吗？', 
               '那是您自己没看清楚规则，怪不了我们。', '我也不知道，反正系统就这样。', '这事儿我管不了，你找别人去。',
               '跟您讲了好几遍了。', '谁让您不早点申请的。', '办不了，规定就是规定。', '这个你问我没用。',
               '你自个儿上APP看去，别老打电话问。', '我都重复三遍了您还问？', '那是您自己操作的问题。']
# rude: impatience, sarcasm, daring to complain, ordering/scolding, vulgar (also a politeness fail)
FORBID_RUDE = ['你到底听没听懂啊？', '这么简单都弄不明白，也是服了。', '你要投诉就去投诉好了，随便你。', '你别嚷嚷，听我说完！',
               '有本事你去告啊。', '快点说，后面还有人排队呢。', '你烦不烦啊，一直问。', '神经病吧，跟我喊什么。',
               '这都不懂？那我也没办法了。', '爱咋咋地，我反正就这么说。', '嫌慢你别用我们家的呀。']

NONANSWER = ['这个我不清楚。', '这个我们这边查不了。', '这个我回答不了。', '这个不好说。']
# a non-answer followed by real help is fine (hard negative for resolution)
NONANSWER_HELPED = ['这个我一下子不太清楚，我帮您查一下——', '我这边暂时看不到，我帮您转给专员确认一下，']

REF_PREFIX = {'hr12333': '受理编号', 'creditcard': '工单号', 'carrental': '服务单号', 'examboard': '申请编号', 'wedding': '售后单号', 'payment': '工单编号'}
REF_LINE = ['已经给您登记了，{p}是{r}，您记一下。', '给您提交好了，{p}{r}，后续查进度报这个号就行。', '这边给您生成了{p}，{r}。']
# no reference but a number that is not one (record-reference fail, hard negative)
HOTLINE = {'hr12333': '12333', 'creditcard': '400-820-5588', 'carrental': '400-616-1616', 'examboard': '0571-88320000', 'wedding': '400-102-7520', 'payment': '95177'}
REF_DECOY = ['后续有问题可以打我们热线{h}。', '您的{k}我已经备注了，有进展会联系您。', '费用方面是一百八十元，我已经记下了。', '下次来电报我工号就行。']

SURVEY = ['稍后会有一条满意度短信，麻烦您给我打个分。', '一会儿挂机后有个服务评价，您帮忙按一下。', '等下请您对我的服务做个评价。']
SURVEY_CHAT = ['会话结束后会弹出评价窗口，麻烦您点一下哦', '一会儿请帮我点个评价~', '结束后可以给本次服务打个分']
SURVEY_CURT = ['挂了有个评价，按一下。']

WRAPQ = ['还有别的需要吗？', '还有其他问题吗？', '其他还有什么要问的吗？']
WRAPQ_CURT = ['还有事吗？', '没别的了吧？']
CLOSE = ['感谢您的来电，祝您生活愉快，再见！', '好的，那就不打扰您了，再见。', '谢谢您的耐心，祝您一切顺利！', '好嘞，祝您周末愉快，拜拜。', '感谢您的支持，再见。']
CLOSE_DOMAIN = {'hr12333': '祝您和家人身体健康，再见。', 'creditcard': '祝您用卡愉快，再见。', 'carrental': '祝您出行顺利，再见！',
                'examboard': '预祝考试顺利，再见。', 'wedding': '提前祝您新婚快乐，再见！', 'payment': '祝您生活愉快，再见。'}
CLOSE_CHAT = ['感谢您的咨询，祝您生活愉快！😊', '好的，不打扰您啦，再见~', '谢谢您，祝您顺利！', '感谢您的耐心，拜拜~']
CLOSE_CURT = ['行，再见。', '嗯，拜拜。']
# last agent line that is no closing (closing fail)
END_FLAT = ['嗯。', '好。', '行吧。', '行。']

CUST_OK = ['好的', '嗯嗯', '行', '哦好', '明白了', '好吧', '知道了', '嗯，好']
CUST_NO_MORE = ['没有了', '没了没了', '暂时没有', '就这些', '没啦']
CUST_BYE = ['好的谢谢，拜拜', '行，谢了', '好嘞，辛苦了', '谢谢啊，再见']
CUST_APOLOGY = ['不好意思啊我刚信号不好，您再说一下？', '抱歉抱歉，刚才没听清', '不好意思我这边有点吵']
CUST_APOLOGY_CHAT = ['不好意思刚才走开了一下', '抱歉刚打错字了，我重新说', '不好意思，刚才手机卡了']
CUST_WAIT = ['您等我一下我找找', '稍等我翻一下材料', '等会儿，我问问家里人', '我想想啊……']
FILLERS = ['呃', '嗯', '那个', '就是', '啊']

# Where a 忌语 is said: after the customer asks to hear it again (REPEAT), after a protest (PROTEST: the
# protest is itself a complaint, so the rude reply also fails empathy), or instead of an answer (the rest).
REPEAT_KEYS = ('说过', '讲了好几遍', '听没听懂', '这么简单', '快点说', '烦不烦', '这都不懂', '重复三遍')
PROTEST_KEYS = ('投诉就去', '有本事', '嫌慢', '爱咋咋地', '别嚷嚷', '神经病', '谁让您', '自己没看清楚', '自己操作')
PUSHBACK_REPEAT = ['能不能再说一遍，我没太听明白', '啊？你再说一下', '我再确认一下，刚才说的是多少来着', '不好意思，能讲慢点吗']
PUSHBACK_PROTEST = ['你们这办事效率也太差了，我要投诉你们', '凭什么啊，又不是我的错，你们到底会不会办事', '这也太离谱了吧，我要找你们领导']
