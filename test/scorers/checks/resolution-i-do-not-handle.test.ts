/** resolution: "I don't handle that" as the whole reply (这个我管不了。) is a non-answer; 您不用管，我来处理 is not. */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const reply = (said: string) => chat([['agent', '您好，工号3307为您服务', 500], ['customer', '那押金谁来退？', 1000], ['agent', said, 3000]]);

describe('"I don\'t handle that"', () => {
  it('is a non-answer', () => {
    for (const said of ['押金的事我不管。', '这个我们管不了啊']) expect(only(resolution(reply(said), S, rubric)).pass, said).toBe(false);
  });
  it('"you need not handle it, I will" answers', () => {
    for (const said of ['这个您不用管，我来处理就好', '押金由财务原路退回，您不用管']) expect(only(resolution(reply(said), S, rubric)).pass, said).toBe(true);
  });
});

describe('"I can\'t see it here"', () => {
  it('is a non-answer, from 这里 as from 这边', () => {
    for (const said of ['这个信息我这里看不到，抱歉', '我这儿暂时看不到']) expect(only(resolution(reply(said), S, rubric)).pass, said).toBe(false);
  });
  it('not seeing what the customer describes asks for it', () => {
    expect(only(resolution(reply('我这里看不到您说的页面，您发个截图？'), S, rubric)).pass).toBe(true);
  });
});
