"""Third batch, per scenario: a real answer that sounds vague (it states the value: resolution and
fact-accuracy pass) and one more non-answer in unusual wording (no value, no look-up: resolution fails)."""
from material_a import OPTICAL, ESTATE, PARK
from material_b import FLOWER, AUDIO, AIRPORT

MORE_BY_SCENARIO = {
    'opt-remake': ('这个嘛，您这种情况应该是免费的，一般不会收您钱。', '收不收钱得看门店，我这说不准。'),
    'opt-booking': ('看情况吧，一般四十分钟上下，老人家可能稍微慢点。', '时间长短因人而异，没法说。'),
    'opt-warranty': ('膜层的话，原则上是一年吧，您这个应该还在。', '质保多久要看厂家，我这边没数。'),
    'est-fee': ('按理说是百分之一点五，合同上应该也是这么写的。', '比例的事各家不一样，我没法给您准话。'),
    'est-transfer': ('顺利的话十五个工作日吧，也看银行那边快慢。', '过户时间说不好，谁也打不了包票。'),
    'est-deposit': ('原则上七个工作日内，一般不会拖太久。', '押金啥时候到，这个真没个准。'),
    'park-annual': ('应该可以的，最多给您顺延三十天。', '延期这块规定我没看到过。'),
    'park-rain': ('闭园那天的票呢，一般是全额退款的，您放心。', '闭园的票怎么处理，我没法表态。'),
    'park-booking': ('差不多提前七天吧，早上放名额。', '放票规律我也摸不准。'),
    'fl-eta': ('超时的话，一般会补一张20元优惠券给您。', '补偿的话，我没法承诺。'),
    'fl-damage': ('应该三小时内能给您补送过去，尽量吧。', '补送要多久，我这边说不好。'),
    'fl-card': ('一般出单前两小时都还能改，应该来得及。', '能改到什么时候，我也说不清。'),
    'au-renew': ('大概七天内吧，七天内申请一般都能退。', '退款期限我这边查不到。'),
    'au-download': ('下架之后嘛，下载的那些一般就无法播放了。', '下架以后怎么样，我也说不清楚。'),
    'au-share': ('应该是两台，多了就会互相挤。', '设备数这个我没查到。'),
    'ap-baggage': ('正常来说二十四小时内吧，找到就给您送。', '几点能送到，这个没法说。'),
    'ap-delay': ('一般延误两小时以上就有餐了。', '餐食的事，我这儿没有信息。'),
    'ap-lost': ('好像是保管90天，您尽早来就行。', '保管期限我这边没有数据。'),
}
for _d in (OPTICAL, ESTATE, PARK, FLOWER, AUDIO, AIRPORT):
    for _sc in _d['scen']:
        _right, _nonans = MORE_BY_SCENARIO[_sc['id']]
        _sc['right'].append(_right)
        _sc['nonans'].append(_nonans)
