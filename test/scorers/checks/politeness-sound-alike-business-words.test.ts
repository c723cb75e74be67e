/**
 * A business word that sounds like a vulgar one in recognised speech: 批 (pī) of 批次 / 批号 / 批准 reads as 屁 by
 * sound, so 这个批次 matched the vulgar V个屁. The written business word is no insult; the vulgar word written is
 * still one. Wordings are our own (a pharmacy's batch look-up), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { call as voiceCall, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (said: string) =>
  voiceCall(
    [
      ['agent', '您好 康健大药房 请问有什么可以帮您', 1000],
      ['customer', '我想查一下这盒药是哪天生产的', 2000],
      ['agent', said, 3000],
      ['customer', '好的', 4000],
      ['agent', '感谢您的来电 祝您早日康复 再见', 5000],
    ],
  );
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;

describe('politeness: a batch number is not a vulgar word by sound', () => {
  it('这个批次 / 那个批号 / 这个批准文号 in a voice line stay courteous', () => {
    for (const said of ['您稍等 这个批次是今年三月生产的', '您报的那个批号我查到了 有效期到后年', '这个批准文号是国药准字的 您放心']) {
      expect(rude(said), said).toBe(false);
    }
  });

  it('the vulgar word written stays rude', () => {
    expect(rude('你懂个屁')).toBe(true);
  });
});
