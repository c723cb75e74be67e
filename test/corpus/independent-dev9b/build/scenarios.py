"""The 18 scenarios of independent-dev9b (3 per domain), written by hand."""

def F(key, label, expected, variants, wrong, cues):
    return {'key': key, 'label': label, 'expected': expected, 'variants': variants, 'wrong': wrong, 'cues': cues}

def R(key, label, *patterns):
    return {'key': key, 'label': label, 'patterns': list(patterns)}

SLA = {'firstResponseMs': 6000, 'responseLatencyMs': 20000, 'handleTimeMs': 900000}

DOMAINS = {
    'tx': ('transport-12328', '某市12328交通运输服务监督热线', '+861055512328'),
    'my': ('maternal-ecommerce', '贝瑞安奶粉官方商城', '+864005551018'),
    'el': ('eldercare', '幸福里居家养老服务热线', '+862155596780'),
    'saas': ('enterprise-saas', '云简协同企业服务中心', '+864005552266'),
    'md': ('clinic-chain', '皓齿口腔·颜究医美连锁', '+867555583300'),
    'vs': ('visa-study', '环宇签证留学服务中心', '+861055567890'),
}

SCENARIOS = [
    dict(id='tx-taxi-detour', dom='tx', title='出租车绕路投诉', persona='周先生',
         facts=[F('reply-deadline', '投诉办结答复时限', '5个工作日', ['五个工作日'], ['3个工作日', '三个工作日', '7个工作日', '七个工作日', '15个工作日', '十五个工作日'], ['答复', '回复', '办结', '处理结果'])],
         info=[R('plate', '车牌号', '车牌'), R('ride-time', '乘车时间', '(几点|什么时间|什么时候|哪天|几号).{0,5}(上车|上的车|坐的|打的车|乘车|打车)|乘车时间|上车时间')],
         requires=dict(verification=False, reference=True, empathy=True, survey=True)),
    dict(id='tx-coach-refund', dom='tx', title='客运班车退票', persona='马女士',
         facts=[F('refund-fee', '发车前2小时以上退票手续费', '百分之五', ['5%', '百分之5'], ['百分之十', '10%', '百分之二十', '20%', '百分之五十'], ['手续费', '退票费']),
                F('refund-days', '退款到账时间', '7个工作日', ['七个工作日'], ['3个工作日', '三个工作日', '15个工作日', '十五个工作日', '马上到账'], ['到账', '退回', '退款'])],
         info=[R('ticket', '车票订单号', '(车票|订单|取票)(号|编号|码)|票号')],
         requires=dict(verification=True, reference=False, survey=True)),
    dict(id='tx-ridehail-lost', dom='tx', title='网约车失物', persona='韩女士',
         facts=[F('platform-reply', '平台反馈时限', '24小时', ['二十四小时'], ['48小时', '四十八小时', '72小时', '七十二小时', '三个工作日'], ['反馈', '回复', '联系您'])],
         info=[R('platform', '网约车平台', '哪个平台|什么平台|哪家平台|哪个软件|什么软件|哪个app'), R('item', '遗失物品', '(丢|落|忘|遗失|丢失)(的|了|在车上的)?(是)?(什么|啥)|(丢|落|忘)的.{0,6}(什么样|什么颜色)|什么东西|物品')],
         requires=dict(verification=False, reference=True, survey=True)),

    dict(id='my-batch', dom='my', title='奶粉批次溯源', persona='林女士',
         facts=[F('milk-origin', '该批次奶源地', '新西兰', [], ['澳大利亚', '澳洲', '荷兰', '爱尔兰'], ['奶源', '产地']),
                F('open-use', '开罐后食用期限', '4周', ['四周', '28天', '二十八天'], ['8周', '八周', '两个月', '3个月', '三个月'], ['开罐', '开封', '吃完'])],
         info=[R('batch', '罐底批次号', '批次|罐底|喷码')],
         requires=dict(verification=False, reference=False, survey=False)),
    dict(id='my-allergy-return', dom='my', title='奶粉过敏退货', persona='吴女士',
         facts=[F('return-window', '过敏退货时限', '15天', ['十五天'], ['7天', '七天', '30天', '三十天'], ['签收', '退货', '期限']),
                F('refund-path', '退款方式', '原路退回', ['原路退', '原路返回'], ['退到账户余额', '退成积分', '退到余额'], ['退款', '退回', '退到'])],
         info=[R('order', '订单号', '订单(号|编号)'), R('symptom', '宝宝症状', '症状|什么反应|哪里不舒服|(起|出)(了)?疹|表现')],
         requires=dict(verification=True, reference=True, empathy=True, survey=True)),
    dict(id='my-points', dom='my', title='会员积分清零与到账', persona='孙先生',
         facts=[F('points-expiry', '积分清零日', '12月31日', ['十二月三十一号', '12月31号', '十二月三十一日'], ['6月30日', '六月三十号', '6月30号', '1月1日'], ['清零', '过期', '作废']),
                F('points-arrival', '积分到账时间', '确认收货后7天', ['确认收货7天', '收货后七天', '确认收货后七天'], ['确认收货后3天', '收货后三天', '下单当天', '确认收货后15天'], ['到账', '积分'])],
         info=[R('member-phone', '会员手机号', '(会员|注册|绑定)的?手机')],
         requires=dict(verification=True, reference=False, survey=True)),

    dict(id='el-visit-booking', dom='el', title='居家上门服务预约', persona='赵阿姨',
         facts=[F('advance', '预约提前量', '提前一天', ['提前1天', '头一天', '前一天'], ['提前三天', '提前3天', '当天约', '提前一周'], ['提前', '预约']),
                F('bath-price', '上门助浴单次价格', '60元', ['六十元', '六十块', '60块'], ['80元', '八十元', '八十块', '40元', '四十元', '四十块'], ['助浴', '洗澡', '价格', '多少钱'])],
         info=[R('address', '上门地址', '地址|住址|住在哪|住哪|哪个小区|家在哪'), R('elder-name', '老人姓名', '老人(家)?(的)?(姓名|名字|叫什么|怎么称呼)|老爷子叫|老太太叫')],
         requires=dict(verification=True, reference=False, survey=True)),
    dict(id='el-subsidy', dom='el', title='高龄居家养老补贴申请', persona='钱先生',
         facts=[F('age-line', '高龄补贴年龄线', '80周岁', ['八十周岁', '满80', '满八十'], ['70周岁', '七十周岁', '60周岁', '六十周岁', '65周岁'], ['周岁', '年龄', '岁']),
                F('amount', '每月补贴金额', '200元', ['二百元', '两百元', '两百块', '200块', '二百块'], ['100元', '一百元', '300元', '三百元', '500元', '五百元'], ['补贴', '每月', '发放'])],
         info=[R('hukou', '户籍所在地', '(户籍|户口)[^，。？]{0,6}(哪|吗|吧)')],
         requires=dict(verification=True, reference=True, survey=True)),
    dict(id='el-carer-complaint', dom='el', title='护理员服务投诉', persona='郑先生',
         facts=[F('callback', '投诉回访时限', '48小时', ['四十八小时', '两天内'], ['24小时', '二十四小时', '一周', '七天'], ['回访', '答复', '回复'])],
         info=[R('carer', '护理员是谁', '护理员.{0,6}(叫|姓|名字|哪位|是谁)|哪位护理员|哪个护理员'), R('visit-date', '服务日期', '(哪天|几号|什么时候|哪一天).{0,6}(上门|来的|服务|来家)')],
         requires=dict(verification=False, reference=True, empathy=True, survey=True)),

    dict(id='saas-invoice', dom='saas', title='SaaS订阅发票开具', persona='何经理',
         facts=[F('issue-time', '开票时效', '3个工作日', ['三个工作日'], ['当天', '24小时内', '7个工作日', '七个工作日', '一周'], ['开票', '开出', '发票'])],
         info=[R('title', '发票抬头', '抬头'), R('tax-id', '税号', '税号|纳税人识别号|信用代码')],
         requires=dict(verification=True, reference=True, survey=True)),
    dict(id='saas-permission', dom='saas', title='账号权限开通', persona='刘工',
         facts=[F('who-grants', '谁能授予管理员权限', '超级管理员', ['超管', '主管理员'], ['普通成员就能', '普通成员也能', '任何成员都可以', '部门主管就能', '部门主管可以'], ['权限', '授予', '管理员'])],
         info=[R('tenant', '企业ID/名称', '企业(ID|id|号|编号|名称|名字)|租户|公司(全称|名称|名字)')],
         requires=dict(verification=True, reference=False, survey=False)),
    dict(id='saas-ticket', dom='saas', title='系统故障报障工单', persona='陈主管',
         facts=[F('p1-response', '一级故障响应时限', '2小时', ['两小时', '两个小时', '2个小时'], ['24小时', '二十四小时', '4小时', '四小时', '48小时', '半小时'], ['响应', '工程师', '联系'])],
         info=[R('error', '报错信息', '报错|错误(码|提示|信息)|截图|截个图'), R('scope', '影响范围', '影响(了)?(多少|几个|范围|哪些)|影响的?是|多少(人|用户|账号)|几个(人|用户|账号)|范围')],
         requires=dict(verification=False, reference=True, empathy=True, survey=True)),

    dict(id='md-reschedule', dom='md', title='诊所预约改期', persona='杨小姐',
         facts=[F('free-change', '免费改期须提前', '24小时', ['二十四小时'], ['12小时', '十二小时', '48小时', '四十八小时', '2小时', '两小时'], ['改期', '提前', '取消'])],
         info=[R('orig-time', '原预约时间', '(原来|原先|之前|本来)(约|预约)?的?(是)?(哪天|几号|什么时间|时间|几点)|预约(的)?(时间|日期)'), R('store', '门店', '门店|分院|哪家店|哪个店|哪个院')],
         requires=dict(verification=True, reference=False, survey=True)),
    dict(id='md-postop', dom='md', title='术后不适咨询', persona='许女士',
         facts=[F('swelling', '术后肿胀正常持续', '3到7天', ['三到七天', '三至七天', '3至7天'], ['一两天', '两周', '半个月', '一个月'], ['肿', '消'])],
         info=[R('procedure', '所做项目', '(做|做的)(的)?(是)?(什么|哪个)(项目|手术)|什么项目|哪个项目|手术(日期|时间)|哪天做的'), R('symptom', '现在的症状', '发烧|体温|渗血|渗液|红肿|什么症状|哪里不舒服|怎么个(疼|痛)法|疼得')],
         requires=dict(verification=False, reference=True, empathy=True, survey=True)),
    dict(id='md-installment-refund', dom='md', title='分期付款与疗程退费', persona='冯女士',
         facts=[F('refund-days', '退费到账时间', '10个工作日', ['十个工作日'], ['3个工作日', '三个工作日', '30天', '三十天', '一个月'], ['到账', '退费', '退款']),
                F('installment-fee', '分期手续费', '免息', ['零手续费', '0手续费', '不收手续费'], ['百分之三', '3%', '百分之五', '5%'], ['分期', '手续费', '利息'])],
         info=[R('lender', '分期平台', '(分期|贷款)(的)?(平台|机构)|哪家(分期|平台)|什么分期|哪个平台'), R('progress', '疗程进度', '做了几次|做到第几|疗程(进度|做了)|已经做了')],
         requires=dict(verification=True, reference=True, survey=True)),

    dict(id='vs-submit', dom='vs', title='签证材料递交', persona='宋同学',
         facts=[F('statement', '银行流水要求', '近6个月', ['近六个月', '最近半年', '最近六个月'], ['近3个月', '近三个月', '近一年', '近12个月', '最近三个月'], ['流水', '银行']),
                F('service-fee', '递交服务费', '260元', ['二百六十元', '二百六', '260块'], ['360元', '三百六十元', '三百六', '200元', '二百元'], ['服务费', '收费', '费用'])],
         info=[R('country', '申请国家/签证类型', '哪个国家|哪国|什么国家|签证类型|什么签证|(旅游|学生|商务|工作)签'), R('date', '出行日期', '(出行|出发|入学|开学)(日期|时间)|(什么时候|哪天)(走|出发|开学|入学|出行|飞)')],
         requires=dict(verification=False, reference=False, survey=True)),
    dict(id='vs-progress', dom='vs', title='签证进度查询', persona='唐女士',
         facts=[F('processing', '常规审理时长', '15个工作日', ['十五个工作日'], ['5个工作日', '五个工作日', '10个工作日', '十个工作日', '一个月'], ['审理', '审核', '出签', '工作日'])],
         info=[R('app-no', '申请编号/护照号', '护照号|申请(编号|号)|参考号|GWF|受理编号')],
         requires=dict(verification=True, reference=False, survey=False)),
    dict(id='vs-refund', dom='vs', title='拒签后服务费退款', persona='蒋先生',
         facts=[F('refund-share', '拒签后服务费退还比例', '百分之八十', ['80%', '八成'], ['全额', '百分之五十', '50%', '一半', '百分之三十'], ['退还', '退', '比例']),
                F('refund-arrival', '退款到账时限', '20个工作日', ['二十个工作日'], ['7个工作日', '七个工作日', '3个月', '三个月', '一周'], ['到账', '退款'])],
         info=[R('refusal-letter', '拒签信', '拒签(信|通知|函|页)|拒(签)?的?(理由|原因)'), R('contract', '服务合同编号', '合同(号|编号)|协议(号|编号)')],
         requires=dict(verification=True, reference=True, empathy=True, survey=True)),
]
for s in SCENARIOS:
    s['sla'] = dict(SLA)
