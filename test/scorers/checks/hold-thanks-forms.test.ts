/** hold-etiquette: thanks for the wait said with the verb (谢谢您等我 / 多谢你等了这么久) count. Wordings are our own. */
import { describe, expect, it } from 'vitest';
import { holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const heldThen = (back: string) =>
  call([
    ['agent', '您好，燃气服务热线，请讲', 1000, 3000],
    ['customer', '我家燃气表不走字了', 4000, 6000],
    ['agent', '好的，请您稍等，我查一下', 7000, 9000],
    ['agent', back, 40000, 44000],
  ]);

describe('hold-etiquette: thanks for the wait as spoken', () => {
  // (one file for the rule that two tuning rounds added in parallel)
  it('谢谢您等我 / 多谢你等了这么久 / 感谢您一直等着 thank the customer', () => {
    for (const back of ['谢谢您等我这一下，表需要上门检修', '多谢你等了这么久，表需要上门检修', '感谢您一直等着，表需要上门检修', '谢谢您等我，表需要上门检修', '感谢您等了那么久，表需要上门检修']) {
      expect(only(holdEtiquette(heldThen(back), S, rubric)).pass, back).toBe(true);
    }
  });

  it('thanks with words between it and the patience or waiting it is for (谢谢您一直在线等着 / 多谢你这么有耐心)', () => {
    for (const back of ['抱歉回复晚了，表需要上门检修', '不好意思刚才回得有点慢，表需要上门检修', '谢谢您一直在线等着，表需要上门检修', '多谢你这么有耐心，表需要上门检修', '感谢您刚才耐心地等了这么久，表需要上门检修', '谢谢你还在线上等', '谢谢您陪我等了这一会儿']) {
      expect(only(holdEtiquette(heldThen(back), S, rubric)).pass, back).toBe(true);
    }
  });

  it('…but not thanks next to a new request to wait, a later wait or a look-alike verb (登记)', () => {
    for (const back of ['谢谢您的配合请再等一下表需要上门检修', '谢谢您的配合稍后等通知就行', '谢谢您登记的信息，表需要上门检修', '谢谢您等下师傅会联系您']) {
      expect(only(holdEtiquette(heldThen(back), S, rubric)).pass, back).toBe(false);
    }
  });

  it('a thanks that is not for the wait does not', () => {
    for (const back of ['谢谢您，等会儿师傅给您打电话', '表需要上门检修，等师傅联系您', '谢谢，表需要上门检修', '查到了，您等通知就行']) {
      expect(only(holdEtiquette(heldThen(back), S, rubric)).pass, back).toBe(false);
    }
  });
  it('the formal 稍候 thanked, 亲 for 您, and a bare 久等 as the first clause back thank the customer', () => {
    for (const back of ['谢谢稍候，表需要上门检修', '感谢您的稍候，表需要上门检修', '多谢亲耐心等候，表需要上门检修', '辛苦亲等了半天，表需要上门检修', '久等，表需要上门检修', '久等久等 表需要上门检修']) {
      expect(only(holdEtiquette(heldThen(back), S, rubric)).pass, back).toBe(true);
    }
    // 久等 inside a clause is not the shortened apology, and 请稍候 is a new request
    for (const back of ['表需要上门检修，不用久等', '表需要上门检修，请稍候']) {
      expect(only(holdEtiquette(heldThen(back), S, rubric)).pass, back).toBe(false);
    }
  });
});
