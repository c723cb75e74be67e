/**
 * Test fixtures: the customer's side of one conversation per topic, the same lines the demo
 * scenarios use (for the exemplary path).
 */
import type { TopicId } from '../../../mocks/centre/knowledge-base.js';

export const CONVERSATIONS: Record<TopicId, string[]> = {
  'card-loss': [
    '你好，我的信用卡丢了，麻烦帮我办理一下挂失。',
    '身份证后四位是0817，预留手机号是13800138000。',
    '需要补办，补卡要收费吗？新卡大概多久能寄到？',
    '好的，谢谢，没有其他问题了，再见。',
  ],
  broadband: [
    '你好，我想咨询一下家里装宽带，现在有哪些套餐？',
    '地址是北京市朝阳区望京西园三区。',
    '安装需要多长时间？要收安装费吗？',
    '那我办1000M的吧，孩子要上网课，网速快一点好。',
    '好的，没有其他问题了，谢谢，再见。',
  ],
  'return-complaint': [
    '你好，我要投诉！上周在你们店买的电热水壶，收到就是坏的，一通电就跳闸，申请退货三天了都没人处理。',
    '订单号是360955218874。',
    '那退款大概多久能到账？运费要我自己出吗？',
    '行，那我等快递上门取件。谢谢，再见。',
  ],
};
