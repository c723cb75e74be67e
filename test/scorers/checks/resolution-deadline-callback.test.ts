/**
 * resolution: a non-answer followed by a callback bounded by a deadline (十分钟内给您回电 / 本周五前给您答复) keeps
 * ownership (首问负责, 限时回复) whatever the agent does first; a callback with no deadline (后面会有人联系您) or a
 * deadline for something else (三天内会到账) does not. Wordings are our own, in trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const contact = (reply: string) =>
  chat([
    ['customer', '宠物寄养能带自己的猫粮吗？', 1000],
    ['agent', reply, 2000],
  ]);

describe('resolution: a callback by a deadline after a non-answer', () => {
  it('passes when the non-answer is followed by a callback within a span or before a date', () => {
    for (const reply of [
      '这个我一时答不上来，我让专员二十分钟内给您回电',
      '这个我这边不清楚，门店两个小时之内回复您',
      '具体我说不好，3月9号前给您答复',
    ]) {
      expect(only(resolution(contact(reply), scenario(), rubric)).pass, reply).toBe(true);
    }
  });

  it('fails when the callback has no deadline or the deadline is for something else', () => {
    for (const reply of ['这个我一时答不上来，后面会有人联系您', '这个我不清楚，押金三天内会退回']) {
      expect(only(resolution(contact(reply), scenario(), rubric)).pass, reply).toBe(false);
    }
  });
});

describe('resolution (round 12): a call timed by the event the customer waits for', () => {
  it('passes: the when not said, a call before it promised', () => {
    for (const reply of ['具体几点到我说不准，不过会让司机发车前二十分钟给您打电话', '这个不好说，安装师傅上门前一小时给您致电']) {
      expect(only(resolution(contact(reply), scenario(), rubric)).pass, reply).toBe(true);
    }
  });

  it('fails when the event is named with no call to the customer', () => {
    expect(only(resolution(contact('具体几点到我说不准，司机发车前二十分钟会出库'), scenario(), rubric)).pass).toBe(false);
  });
});
