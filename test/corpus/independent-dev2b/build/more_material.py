"""Extra hand-written wordings per scenario (colloquial openings and answers), merged into the
scenario material so that the same scenario is not answered in the same words every time."""

MORE = {
    "shebao-pension-condition-01": dict(
        opens=["喂，同志你好，我想问问这个养老保险啊，最少得交够几年？"],
        answers=["阿姨，只要累计缴费{min-contrib-years}，到龄了就能按月拿养老金，不够的话可以接着交。"]),
    "shebao-card-replace-02": dict(
        opens=["那个社保卡我找不到了，是不是得先挂失啊？补卡要交钱不？"],
        answers=["我这边先给您挂上失了，补卡{replace-fee}，做卡要{make-days}，做好直接寄给您。"]),
    "shebao-transfer-03": dict(
        opens=["社保转移接续是在哪里办？要多长时间？"],
        answers=["您在掌上12333里点“养老保险关系转移”提交就行，办结时限{transfer-days}。"]),
    "shebao-unemployment-04": dict(
        opens=["单位把我裁了，失业金我能不能领啊"],
        answers=["只要失业保险缴满{min-contrib}，又不是您自己要辞职的，就能申领失业金。"]),
    "gas-leak-smell-01": dict(
        opens=["你们快派人来，楼道里一股臭鸡蛋味，是不是谁家燃气漏了？"],
        answers=["您先{first-action}，把窗户都打开，千万别点火，我们的人{arrive-time}之内到。"]),
    "gas-ic-card-02": dict(
        opens=["喂，我燃气卡插上去表上没显示，充的钱是不是没进去？"],
        answers=["钱已经进去了，您那个表应该是没电了，{fix}以后重新插一下卡就行。"]),
    "heating-not-warm-03": dict(
        opens=["我们这栋楼好几家暖气都不热，交了钱跟没交一样"],
        answers=["按供热规定居室温度要达到{room-temp}，不达标的我们马上安排人上门排查。"]),
    "gas-bill-tier-04": dict(
        opens=["为啥这两个月燃气单价变高了？"],
        answers=["阶梯气价按年算，一年{tier1-volume}以内是一档价，用超了后面就按二档收了。"]),
    "ride-lost-item-01": dict(
        opens=["师傅我跟你说，我手机落车上了，这是朋友的手机打的"],
        answers=["行程结束{contact-window}以内都能在App里联系到司机，我这边也同步帮您找。"]),
    "ride-overcharge-02": dict(
        opens=["这单车费不对，导航显示十二公里，你们收了我二十公里的钱"],
        answers=["这单我们核实了是绕路，多收的钱会原路退给您，{refund-days}能到账。"]),
    "rental-deposit-03": dict(
        opens=["喂，我租车的押金到底什么时候能退给我？"],
        answers=["车辆押金已经退了，违章押金要等{hold-days}，确认没违章就自动退回。"]),
    "rental-cancel-04": dict(
        opens=["订单能退吗，临时不去了"],
        answers=["您这单离取车还早，提前24小时以上取消是{cancel-fee}的，直接在订单里点取消就行。"]),
    "game-minor-refund-01": dict(
        opens=["你好，孩子拿我的号充了钱，我是他妈妈，这钱能要回来吗？"],
        answers=["这种情况可以申请未成年人退款，您把材料交上来，{review-days}之内给您结果。"]),
    "game-account-ban-02": dict(
        opens=["客服在吗 我号怎么突然就登不上了 提示违规"],
        answers=["申诉我已经帮您交上去了，{appeal-days}内会有结果，真是误封会给您解开。"]),
    "app-auto-renew-03": dict(
        opens=["会员好像自动续上了，想了解一下"],
        answers=["以后想不被扣费的话，{cancel-before}把自动续费关掉就不会再扣了。"]),
    "game-topup-missing-04": dict(
        opens=["充值扣了钱，钻石还没到，帮我查一下"],
        answers=["这笔确实是没发货，我给您补上了，{arrive-hours}以内会到账。"]),
    "card-min-payment-01": dict(
        opens=["喂你好，信用卡这个月我还不上全部，最少还多少啊？"],
        answers=["这个月最少还账单的{min-ratio}就行，不算逾期，剩下的会产生利息。"]),
    "collection-harass-02": dict(
        opens=["你们催收的人天天给我打电话，一天打十几个，还骂人"],
        answers=["催收只能在{call-hours}联系您本人，骂人和频繁拨打都是违规的，我这边给您登记投诉了。"]),
    "loan-early-repay-03": dict(
        opens=["提前还完剩下的钱要不要额外收费"],
        answers=["提前结清{penalty}，利息只算到您还款当天。"]),
    "card-annual-fee-04": dict(
        opens=["我这个卡扣了一笔年费，能免吗？"],
        answers=["免年费的条件是一个年度里{waive-rule}，您达到了次年就免了。"]),
    "mi-outpatient-ratio-01": dict(
        opens=["喂，我是退休的，想问问去医院看门诊能报销多少钱"],
        answers=["门诊是一年先自付{deductible}，超出来的部分报{ratio}，去社区医院还能多报点。"]),
    "pharmacy-mi-card-02": dict(
        opens=["你们药店怎么回事，医保卡刷了半天说不行"],
        answers=["我们看了一下，那单里面有保健品，{not-covered}，把药品单独结算就行。"]),
    "pharmacy-rx-delivery-03": dict(
        opens=["阿莫西林网上能下单吗 多久能送到"],
        answers=["处方药{rx-needed}，药师审核通过后市区{delivery}。"]),
    "mi-remote-filing-04": dict(
        opens=["我要去北京住院，医保能直接在那边用吗？"],
        answers=["备案办好了，到了那边的定点医院可以{settle}，出院的时候直接结。"]),
}


def merge(domains):
    for dom in domains:
        for sc in dom["scenarios"]:
            extra = MORE.get(sc["id"], {})
            for key in ("opens", "answers"):
                sc[key] = sc[key] + extra.get(key, [])
