"""Shared agent and customer wording, many variants per behaviour. Domain files add the trade words.

Every list here is written by hand for this set. Placeholders: {ORG} centre name, {ID} staff number,
{NICK} agent's service name (小王…), {WISH} a domain wish (祝您旅途愉快…), {CUST} the customer's form
of address (周女士…)."""

# Agent's first turn: greeting AND self-introduction (agent-id pass in turn 1).
GREET_ID = {
    'voice': ['您好，{ORG}，工号{ID}，很高兴为您服务。',
              '您好，欢迎致电{ORG}，{ID}号为您服务，请问有什么可以帮您？',
              '您好，这里是{ORG}，我是客服{NICK}，请问您有什么需要？',
              '上午好，{ORG}，我是服务专员{NICK}，您请讲。',
              '您好，{ORG}，我是{ID}号话务员，请问有什么可以帮到您？',
              '你好，{ORG}，工号{ID}，请问您哪里需要帮助？'],
    'webchat': ['您好，我是{ORG}在线客服{NICK}，很高兴为您服务~',
                '您好~ 客服{NICK}为您服务，请问有什么可以帮您的呢？',
                '哈喽您好，{ORG}在线客服，工号{ID}，在的哈~',
                '您好呀，我是{NICK}，很高兴为您服务，请问有什么可以帮您？',
                '欢迎咨询{ORG}，{ID}号客服为您服务，请问遇到什么问题了呢？'],
}
# Greeting without any self-introduction (agent-id then depends on turn 2 or later).
GREET_ONLY = {
    'voice': ['您好，{ORG}，请讲。', '您好，很高兴为您服务，请问有什么可以帮您？', '您好，请问有什么需要帮助的？',
              '下午好，请问有什么可以帮您？'],
    'webchat': ['您好，请问有什么可以帮您？', '您好~ 在的，请问有什么问题呢？', '您好，欢迎咨询，请问有什么需要？'],
}
# Greeting with the centre's name only: the agent never introduces itself (agent-id fail).
GREET_ORG_ONLY = {
    'voice': ['您好，这边是{ORG}，请问有什么可以帮您？', '您好，{ORG}，请问您有什么事？'],
    'webchat': ['您好，这里是{ORG}官方客服，请问有什么可以帮您？', '您好，欢迎来到{ORG}，请问有什么需要？'],
}
# No greeting but a staff number (greeting fail, agent-id pass).
ID_NO_GREET = {
    'voice': ['{ORG}，工号{ID}，您讲。', '嗯，{ID}号，您说。', '{ORG}，我是{ID}号，请讲。'],
    'webchat': ['客服{NICK}，请讲。', '{ID}号客服，您说。', '在的，客服{NICK}，请说一下问题。'],
}
# No greeting, no introduction.
NO_GREET = {
    'voice': ['请讲。', '嗯，您说。', '请讲，是什么问题？'],
    'webchat': ['在的，您说。', '请讲。', '请问是什么问题？'],
}
CURT_OPEN = {'voice': ['说吧。', '嗯，你说。', '讲。'], 'webchat': ['说', '嗯 你说', '问题']}

# Self-introduction given in the agent's second turn (agent-id pass) or later (fail when turn >= 3).
ID_LATER = ['好的，我是{ID}号客服，这个问题我来帮您处理。', '嗯好的，我是客服{NICK}，我来帮您看一下。',
            '明白了，我是服务专员{NICK}，这边为您跟进。']
ID_LATE_TAG = ['对了，我是{ID}号，后面有问题您可以报我的工号。', '顺便说一下，我是客服{NICK}，有问题您再找我。']

# Agent acknowledgement of the customer's request (neutral, polite, never a closing or an apology).
ACK = {'voice': ['好的，明白。', '好的，了解了。', '嗯嗯好的。', '您这个情况我清楚了。'],
       'webchat': ['好的，收到~', '明白了哈', '好的呢', '了解~']}
ACK_CURT = ['嗯。', '知道了。', '行。']

HOLD_ANNOUNCE = {
    'voice': ['好的，我这边帮您查一下，请您稍等。', '您稍等一下，我看一下系统。', '您先别挂，我核实一下，大概需要一两分钟。',
              '我去跟同事确认一下，您稍等片刻哈。', '我帮您查一下，请稍等。', '好，我调一下记录，您稍等啊。'],
    'webchat': ['请稍等，正在为您查询~', '好的，我帮您查一下，稍等哦', '收到，我这边核实一下，需要一点时间，请您稍等',
                '亲稍等一下，我去问下同事~'],
}
HOLD_ANNOUNCE_CURT = ['等下。', '等着，我查查。']
HOLD_THANKS = {'voice': ['感谢您的耐心等待，', '让您久等了，', '不好意思让您等了这么久，', '久等了哈，', '谢谢您的等待，'],
               'webchat': ['感谢您的耐心等待~', '让您久等啦，', '久等了亲，', '谢谢您耐心等待，']}
# First words after a hold when the agent does NOT thank/apologise for the wait.
HOLD_RESUME_BARE = {'voice': ['查到了，', '嗯，系统显示，', '好，', '那个，'],
                    'webchat': ['查到了，', '系统显示，', '好的，']}
# Agent turns that neither hand over the word nor announce a wait (used before dead air).
FILLER_NO_HANDOVER = {'voice': ['嗯，好的。', '嗯嗯。', '好，我看看。。。嗯。'], 'webchat': ['收到。', '嗯嗯', '好的']}

EMPATHY = {'voice': ['非常抱歉给您带来不便，', '真的很抱歉，您的心情我理解，', '您先别着急，给您添麻烦了，',
                     '这确实是我们的问题，实在对不起，', '理解理解，换谁都着急，不好意思啊，', '让您跑了好几趟，真的很抱歉，'],
           'webchat': ['非常抱歉给您带来困扰，', '实在不好意思，您的心情我们非常理解，', '给您添麻烦了，真的抱歉，',
                       '抱歉抱歉，这个确实是我们没做好，']}
# Business-as-usual replies to a complaint: no apology, no acknowledgement (empathy fail).
COLD_AFTER_COMPLAINT = {'voice': ['您说一下具体情况。', '嗯，您继续说。', '您先说一下是什么情况。'],
                        'webchat': ['您具体说一下情况', '您把情况说一下', '请描述一下问题']}

ANYTHING_ELSE_CURT = ['还有事吗？', '还有别的没？']
ANYTHING_ELSE = {'voice': ['请问还有其他可以帮您的吗？', '您看还有别的问题吗？', '还有其他需要吗？'],
                 'webchat': ['请问还有其他问题吗？', '还有什么可以帮您的吗~', '还有别的需要吗亲？']}
SURVEY = {'voice': ['稍后会有一条满意度短信，麻烦您给我打个分。', '一会儿挂机后请您对我的服务做个评价。',
                    '待会儿系统会转满意度评价，您按一下键就行。', '如果对我的服务满意，挂机后请按1。'],
          'webchat': ['会话结束后会弹出评价，麻烦您给我的服务打个分~', '麻烦亲点一下右上角的评价，给个五星哦~',
                      '您可以对本次服务进行评价哈~']}
CLOSING = {'voice': ['感谢您的来电，{WISH}，再见！', '好的，那就不打扰您了，{WISH}，再见。', '感谢来电，再见。',
                     '行，那您先忙，有事再打过来，拜拜。', '那先这样，{WISH}，拜拜~', '好嘞，{WISH}，再见哈。'],
           'webchat': ['感谢您的咨询，{WISH}~', '好的亲，那就不打扰您啦，有需要随时找我哦，拜拜~', '感谢您的咨询，再见！',
                       '好的，{WISH}，再见~', '嗯嗯，{WISH}，再会~']}
CLOSING_CURT = ['行，就这样，再见。', '没事了就挂了，再见。']
# Last agent words without any closing phrase (closing fail). No thanks / wishes / goodbye inside.
END_NO_CLOSING = {'voice': ['好的。', '嗯，行。', '好，那您等通知吧。', '嗯那就这样。'],
                  'webchat': ['好的', '嗯嗯', '好', '那就这样哈']}

# Customer wording.
C_ACK = {'voice': ['好的。', '嗯。', '行。', '好嘞。', '哦哦好。', '中。', '要得。'], 'webchat': ['好的', '嗯嗯', '好滴', 'ok', '行', '晓得了']}
C_THANKS = {'voice': ['哦，明白了，谢谢啊。', '行，那我知道了。', '好的好的，谢谢你啊姑娘。', '嗯，那行吧。', '好，清楚了。',
                      '要得要得，晓得了。', '中，那我知道了，谢谢恁啊。', '哦哦这样子啊，好嘞。'],
            'webchat': ['明白了 谢谢', '好的 了解了', '哦哦 知道了', '好吧', '懂了 谢谢啦', '晓得了 谢谢哈', 'get了']}
C_NO_MORE = {'voice': ['没了没了。', '没有了，谢谢。', '暂时没有了。', '就这个事。'],
             'webchat': ['没了', '没有了 谢谢', '暂时没有', '没了哈']}
C_BYE = {'voice': ['好，拜拜。', '再见。', '嗯，拜拜。'], 'webchat': ['拜拜', '好的 再见', '88']}
C_LEAVE = {'voice': ['好，我知道了，那我先去弄了啊。', '行，明白了，我这边还有事先挂了。'],
           'webchat': ['好的 我先去准备了', '嗯嗯知道了 先不聊了']}
C_PAUSE_LEAD = {'voice': ['呃……等一下啊，我找找……', '你等会儿啊，我看一下……', '嗯……那个……我翻一下短信……'],
                'webchat': ['等下我找找', '稍等我翻下记录']}
C_HELLO = {'voice': ['喂？', '喂，有人吗？', '喂喂？听得到吗？'], 'webchat': ['在吗？', '有人吗', '你好 在吗']}
# Complaints in mild words: still complaints (repeat contact, dissatisfaction) → empathy applies.
C_MILD_COMPLAINT = {'voice': ['说实话有点失望，这个事我上礼拜就打过一次电话了。', '这已经是我第二次打过来问了。',
                              '上回问的那个也没说清楚，搞得我挺烦的。'],
                    'webchat': ['说实话有点失望 上周就问过一次了', '这是我第二次来问了', '上次问了半天也没说清楚 挺无语的']}

# Agent backchannels heard while the customer is still talking (short, < 800 ms overlap).
BACKCHANNEL = ['嗯', '嗯嗯', '对', '好']
