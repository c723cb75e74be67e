# -*- coding: utf-8 -*-
"""All hand-written material, one module per domain, plus a few non-decisive shared customer fillers."""
from mat_cj import D as CJ
from mat_gas import D as GAS
from mat_early import D as EARLY
from mat_lux import D as LUX
from mat_pv import D as PV
from mat_laundry import D as LAUNDRY

DOMAINS = [CJ, GAS, EARLY, LUX, PV, LAUNDRY]

# Non-decisive agent/customer connective lines (no label depends on them).
AGENT_NEUTRAL = ['好的。', '明白了。', '好的，收到。', '嗯，我记下了。', '了解。']
AGENT_NEUTRAL_COLD = ['嗯。', '知道了。', '收到。']
CUST_OK = ['对，是的。', '嗯，没错。', '对对。', '是这样。']
CUST_NOTED = ['哦，好的，我记一下。', '嗯嗯，知道了。', '哦这样啊。']
CUST_CONFIRM = ['我再确认一下，', '我没记住，再问一遍，', '我跟家里人说一下，你再讲一遍，']
CUST_PUSH = ['你能直接告诉我吗？', '那你这边知道吗？', '你帮我看看呗。']
CUST_MEH = ['哦，好吧。', '行吧。', '那好吧。']
CUST_THANKS_MID = ['好的，那就麻烦你们了。', '行，那就这样办吧。', '好，我知道了。']
BACKCHANNEL = ['嗯', '嗯嗯', '好的', '对']
FILLERS = ['呃', '那个', '嗯', '就是']
SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '吴', '何']
BABIES = ['乐乐', '朵朵', '小满', '豆豆', '糖糖']
AGES = ['一岁半', '十四个月', '两岁', '二十个月']
MODELS = ['香奈儿CF中号', '爱马仕Picotin18', 'LV老花Speedy30', '卡地亚蓝气球']
YEARS = ['2021年', '2022年', '前年']
