/**
 * empathy (round 8): 莫名其妙 as the adverb of a fault reported (卡里的钱莫名其妙被划走了，帮我查一下) tells what happened, it is
 * no grievance word — the exclamation (真是莫名其妙！) still is; and acknowledgements said in other orders: the matter
 * named as what made the customer feel it (这事让您心里不舒服), the feeling put with a time in between (您这几天肯定睡不踏实),
 * the fault owned as what we did too slowly (是我们回复慢了), the customer's point granted (您反映得对), the feeling named
 * with 这个 (这个心情我明白). Our own wordings (a parking app, a language school, a bakery).
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

const S = scenario();

describe('empathy: 莫名其妙 reporting the fault', () => {
  const verdict = (said: string) =>
    only(empathy(chat([['agent', '您好，停车服务，请问有什么可以帮您', 1000], ['customer', said, 2000], ['agent', '请问车牌号是多少？', 3000], ['customer', '浙A5K221', 4000], ['agent', '查到了，昨天的停车费已原路退回', 5000]]), S, rubric)).pass;
  it('the adverb before the happening is the fault told: no complaint (N/A)', () => {
    expect(verdict('月卡莫名其妙被停用了，帮我查一下')).toBe('na');
  });
  it('the exclamation judging the service is a complaint, unanswered here (fail)', () => {
    expect(verdict('你们这扣费真是莫名其妙！')).toBe(false);
  });
});

describe('empathy: acknowledgements in other orders', () => {
  it('each meets the grievance', () => {
    for (const reply of ['课调来调去这事让您心里不舒服，我明白，您看哪天方便？', '您这几天肯定睡不踏实，我马上安排', '是我们回复慢了，我这就催', '您反映得对，这个我们改', '这个心情我明白，我先帮您登记']) {
      expect(empathyAfter('你们这效率太差了', reply, '还有别的需要吗'), reply).toBe(true);
    }
  });
  it('look-alikes: a denial, a bare promise, a fact about someone else', () => {
    for (const reply of ['不是我们回复慢了，是系统延迟', '我这就帮您催一下', '师傅那边这几天肯定忙']) {
      expect(empathyAfter('你们这效率太差了', reply, '还有别的需要吗'), reply).toBe(false);
    }
  });
});
