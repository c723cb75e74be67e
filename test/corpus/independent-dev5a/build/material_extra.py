"""More hand-written variants per scenario / domain (independent-dev5a), merged into the base
material by merge_extra() so that the ~8 contacts of a scenario do not share their wording.
Regional and register variety on purpose (北方口语, 川渝, 粤语腔普通话, terse typing)."""

SCENARIO_EXTRA = {
    "ev-failed-charge": {
        "open": ["师傅，我在高速服务区那个桩，扫了码转半天圈，最后提示失败，钱给扣走了。", "扣费了但是一度电没充进去，订单显示已完成，咋回事？"],
        "ask": ["桩体侧面有个编号，{you}方便念一下吗？是桩的编号。"],
        "give": ["编号……07号桩，全称是HZ-NB-0107。"],
        "fact_ok": ["{you}放心，这笔会原路退回，三个工作日内到账，不用另外申请。"],
        "followq": ["退款会有短信通知我吗？"], "followa": ["会的，钱退回的时候APP和短信都会提醒{you}。"]},
    "ev-charge-card": {
        "open": ["我那张充电卡好像掉车上找不到了，能先冻结吗？", "卡丢了咋整，里面钱还多着呢。"],
        "ask": ["{you}的卡号还有印象吗？或者卡背面的数字拍过照也行。"],
        "give": ["我手机里有照片，卡号88017790。"],
        "fact_ok": ["补卡工本费20元，新卡出来后旧卡自动作废。"],
        "followq": ["挂失以后别人捡到还能刷吗？"], "followa": ["挂失生效后那张卡就刷不了了，{you}放心。"]},
    "ev-pile-repair": {
        "open": ["你们那个快充桩，枪线都被人扯断了，赶紧找人来修一下。", "喂，我报修，小区门口那排桩全部显示故障码E07。"],
        "ask": ["麻烦{you}说下具体位置，是哪个充电站？"],
        "give": ["城东客运站旁边那个站，三号车位。"],
        "fact_ok": ["报修已经派给运维了，师傅二十四小时内上门维修，修好会更新状态。"],
        "followq": ["修的这段时间会不会有人还去扫码扣钱？"], "followa": ["故障桩我们这边先下线，扫码会提示不可用，不会扣钱。"]},
    "bike-return-fail": {
        "open": ["锁我都按下去了，车还在计费，这都半个钟了！", "我在地铁口还的车，APP一直转圈说网络异常，现在还扣着钱呢。"],
        "ask": ["{you}方便看一下车把上的编号吗？就是车辆编号。"],
        "give": ["车把上写着QX-30218。"],
        "fact_ok": ["核实是系统没收到关锁信号，多扣的费用全额退还，一般当天处理。"],
        "followq": ["那这次会影响我的信用分吗？"], "followa": ["不会影响，这种系统原因我们会备注，信用分不扣。"]},
    "bike-deposit": {
        "open": ["我那个押金，点了退以后一直显示处理中。", "请问押金退到哪一步了，我不打算用了。"],
        "ask": ["{you}当时是用什么方式交的押金，微信还是支付宝？"],
        "give": ["好像是云闪付？不对，是微信。"],
        "fact_ok": ["押金申请后七个工作日内到账，节假日顺延。"],
        "followq": ["可以退到银行卡吗？"], "followa": ["只能原路退回到{you}当时付款的账户，银行卡付的就退回银行卡。"]},
    "bike-ride-card": {
        "open": ["我刚买了个季卡，点错了，想退掉。", "骑行卡能退不，买了还没骑过。"],
        "ask": ["{you}说下买的哪种卡，月卡还是季卡？"],
        "give": ["就那个次卡……哦不是，是月卡。"],
        "fact_ok": ["规则是购买7天内未使用可退，{you}这张符合，可以给{you}退。"],
        "followq": ["退了能再买吗？"], "followa": ["可以，之后想用随时再买就行。"]},
    "video-autorenew": {
        "open": ["我没印象开过连续包月啊，怎么每个月都扣钱？", "我想退这个月的会员费，一次都没看过。"],
        "ask": ["{you}查一下扣款记录，是微信、支付宝还是苹果那边扣的？"],
        "give": ["支付宝账单里看到的，写的星河视频连续包月。"],
        "fact_ok": ["按规则续费后未观看可全额退款，我看了您这期没有播放记录。"],
        "followq": ["钱退到哪里？"], "followa": ["原路退回到扣款的那个账户，一般一到三天。"]},
    "video-sharing": {
        "open": ["我妈在老家用我的会员，老是把我挤下去，能不能多加一台？", "为什么电视一开，我手机就被踢了？"],
        "ask": ["{you}说的被踢的是什么设备？"],
        "give": ["我手机，华为的。"],
        "fact_ok": ["{you}这个等级同时在线设备是2台，超过就会挤掉最早登录的那台。"],
        "followq": ["升级能多几台吗？"], "followa": ["升级到更高等级可以增加同时在线的设备数，页面上有对比。"]},
    "video-benefits": {
        "open": ["会员每个月送的券在哪里看？", "我开了年卡，想知道都送啥。"],
        "ask": ["{you}现在是什么会员，年卡还是月卡？"],
        "give": ["年卡，黄金的。"],
        "fact_ok": ["观影券每月2张，在我的-卡券里能看到。"],
        "followq": ["券能送给别人用吗？"], "followa": ["券是绑定账号的，不能转赠。"]},
    "h12315-accept": {
        "open": ["我要投诉，一家装修公司收了定金不干活了。", "喂，是12315吧，我买的奶粉过期了，商家不认。"],
        "ask": ["{you}说下商家的名称，全称最好。"],
        "give": ["叫家和美装饰工程有限公司。"],
        "fact_ok": ["您的投诉提交以后，七个工作日内会告知您是否受理。"],
        "followq": ["受理了以后会有人联系我吗？"], "followa": ["会的，承办的市场监管所会直接电话联系您。"]},
    "h12315-progress": {
        "open": ["我去年底投诉的那个美容院的事，查一下现在咋样了。", "帮我看下我的投诉办到哪了。"],
        "ask": ["{you}手上有投诉编号吗？短信里的编号。"],
        "give": ["编号TS20251103117。"],
        "fact_ok": ["按规定受理之日起六十日内办结，您这件还在期限内。"],
        "followq": ["过了期限还没结果怎么办？"], "followa": ["超期的话您再来电，我们会按超期督办处理。"]},
    "h12315-mediation": {
        "open": ["我收到电话说调解完了，结果是啥？", "那件洗衣机的投诉，调解好了吗？"],
        "ask": ["我先把调解方案跟您说一下，说完您看接受吗？"],
        "give": ["嗯，我听着。"],
        "fact_ok": ["调解结果是商家同意退货退款，上门取件。"],
        "followq": ["商家要扣折旧费吗？"], "followa": ["调解协议里写明不扣折旧费，全额退。"]},
    "home-install": {
        "open": ["哎你好，我在你们旗舰店买的猫眼门锁，约个安装。", "门锁啥时候能上门装？我这周末在家。"],
        "ask": ["{you}把上门安装的地址跟我说一下，小区加门牌号。"],
        "give": ["翠湖苑南区5栋601。"],
        "fact_ok": ["我们是免费上门安装的，{you}不用额外付费。"],
        "followq": ["能约晚上吗？"], "followa": ["最晚可以约到晚上八点，我给{you}备注。"]},
    "home-offline": {
        "open": ["那个摄像头，昨晚开始一直灰着，显示设备离线。", "智能插座连不上网了，APP里控制不了。"],
        "ask": ["{you}看一下产品型号，在机身背面的标签上有。"],
        "give": ["背面写着型号HS-C2。"],
        "fact_ok": ["这个设备只支持2.4G频段的WiFi，您路由器要是合并了双频，建议单独开一个2.4G。"],
        "followq": ["离线的时候录像还在吗？"], "followa": ["有SD卡的话本地录像照常，只是手机看不了。"]},
    "home-return": {
        "open": ["这个门锁我不想要了，能退吗？还没装。", "扫地机器人收到了，跟描述不一样，想退。"],
        "ask": ["{you}是什么原因要退，方便说下吗？"],
        "give": ["功能跟页面写的不一样，没有拖地。"],
        "fact_ok": ["无理由退货是签收后7天，您是前天签收的，可以退。"],
        "followq": ["包装拆了还能退吗？"], "followa": ["包装拆了不影响，配件齐全、没激活就行。"]},
    "clinic-booking": {
        "open": ["孩子半夜咳嗽，想在线约个儿科医生。", "我想约皮肤科的专家，图文问诊那种。"],
        "ask": ["{you}要看哪个科，儿科还是呼吸科？"],
        "give": ["呼吸科吧，大人看。"],
        "fact_ok": ["下单后医生三十分钟内接诊，超时没接会自动退。"],
        "followq": ["能指定医生吗？"], "followa": ["可以，在医生主页直接点图文问诊就是指定他。"]},
    "clinic-delivery": {
        "open": ["我的处方药显示待发货，啥时候能寄？", "药能不能送到我老家，我在外地。"],
        "ask": ["药寄到哪里？地址{you}跟我核对一下。"],
        "give": ["寄到我妈家，县城那个地址。"],
        "fact_ok": ["处方审方通过后二十四小时内发货，发货后有物流短信。"],
        "followq": ["可以加急吗？"], "followa": ["可以选同城急送，下单页面有这个选项，费用另算。"]},
    "clinic-refund": {
        "open": ["医生一直没回消息，我想把问诊费退了。", "昨天付了问诊费，医生没接，钱能退吗？"],
        "ask": ["{you}把问诊单号给我一下，在订单详情里。"],
        "give": ["单号WZ88120411。"],
        "fact_ok": ["未接诊的问诊费全额退回，不扣手续费。"],
        "followq": ["多久能退回来？"], "followa": ["一般一到三个工作日原路退回。"]},
}

DOMAIN_EXTRA = {
    "ev-charging": {"complaints": ["你们这桩三天两头坏，我都快被你们搞疯了！", "我在你们这充了好几年电了，就这服务？"], "verify_ask": ["{you}好，先核对下身份，报一下注册手机尾号。"], "verify_give": ["尾号是7702。"]},
    "shared-bike": {"complaints": ["我都没骑，扣了我二十多，你们这是抢钱咩？"], "verify_ask": ["{pls}说一下注册手机的尾号，核实一下是本人。"], "verify_give": ["尾号9031。"]},
    "video-membership": {"complaints": ["客服每次都让我等，等了半天又没下文，真是服了。"], "verify_ask": ["核对一下账号，{pls}说一下绑定手机的尾号。"], "verify_give": ["后四位是7734。"]},
    "12315-hotline": {"complaints": ["我跑了好几趟了，商家、商场都踢皮球，实在没办法才打的。", "这事拖了这么久，我真是心累。"], "verify_ask": ["{pls}提供一下投诉人的姓名和登记手机的尾号。"], "verify_give": ["何秀英，手机尾号5520。"]},
    "smart-home": {"complaints": ["说好的上门，改了三次时间了，你们到底靠不靠谱？"], "verify_ask": ["{pls}说一下下单手机的尾号和收货人姓名，我核对订单。"], "verify_give": ["邓强，尾号8261。"]},
    "online-hospital": {"complaints": ["孩子烧到三十九度，你们这边半天没人理，太让人寒心了。"], "verify_ask": ["麻烦{you}说一下就诊人姓名和身份证后四位。"], "verify_give": ["许桂芳，后四位5108。"]},
}


# which complaints (by index in the merged domain list) fit which scenario (by index): a customer
# does not complain about a deposit in a call about a broken charging pile
COMPLAINT_FIT = {
    "ev-charging": {0: [0, 1, 2, 3, 5], 1: [2, 5], 2: [2, 3, 4, 5]},
    "shared-bike": {0: [0, 2, 3, 4], 1: [1, 2, 3], 2: [2, 3]},
    "video-membership": {0: [0, 1, 3, 4], 1: [1, 4], 2: [1, 2, 4]},
    "12315-hotline": {0: [0, 2, 4, 5], 1: [1, 2, 5], 2: [3, 5]},
    "smart-home": {0: [0, 2, 3, 4], 1: [1, 2, 3], 2: [2, 3]},
    "online-hospital": {0: [0, 3, 4], 1: [1, 3], 2: [0, 2, 3]},
}


def merge_extra(domains):
    """Append the extra variants to the base material in place (question/answer pairs stay aligned)."""
    for dom in domains:
        for key, lines in DOMAIN_EXTRA.get(dom["domain"], {}).items():
            dom[key] = dom[key] + lines
        for scen in dom["scenarios"]:
            for key, lines in SCENARIO_EXTRA.get(scen["id"], {}).items():
                scen[key] = scen[key] + lines
        for i, scen in enumerate(dom["scenarios"]):
            scen["complaints"] = [dom["complaints"][k] for k in COMPLAINT_FIT[dom["domain"]][i]]
    return domains
