/**
 * agent-id, round 26: a name run, unpunctuated, into the next clause opening with a time adverb (…的小X今天由我… /
 * …调度小X现在帮您…): 今天 / 现在 / 这次 / 本次 end the name as the turn to the customer does — no given name ends so. A bare
 * role before the same words still names no one. Our own wordings (a kayak club, a hearing-aid shop).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: a name run into a clause opening with a time word', () => {
  it('ends the name there, for a unit member and a titled name alike', () => {
    for (const line of ['您好我是皮划艇俱乐部的小蔡今天由我来帮您', '您好 听力中心呃我是验配调度小邹现在帮您看一下', '我是门店跟单蒋立这次给您跟进', '我是前台的小潘本次由我接待']) {
      expect(says(line), line).toBe(true);
    }
  });
  it('a bare role, or a word that is no name, before the same words names no one', () => {
    for (const line of ['我是这边的工作人员今天人比较多', '我是前台今天值班', '我是验配部门现在帮您查', '您好我是俱乐部的今天有活动']) {
      expect(says(line), line).toBe(false);
    }
  });
});
