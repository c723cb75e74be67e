/**
 * round 24 (reading): agent-id — 我是 + a title the lists may not know + a full name (listed surname + given name), or 我是 + a
 * unit + 的 + a title + a full name, run straight into the agent's turn to the customer in a call with no punctuation
 * (…X有什么… / …X您好 / …X您请讲 / …X麻烦… / …X这边…). With a comma after the name the clause ended it; without one the
 * verdict flipped, though the line says the same. Wordings are our own (a ferry wharf ticket office, a city archive,
 * a driving school).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: a full name run into the turn to the customer', () => {
  it('reads the same with and without the comma after the name', () => {
    for (const [said, unpunctuated] of [
      ['我是码头售票点负责人潘勇，有什么能帮您？', '我是码头售票点负责人潘勇有什么能帮您'],
      ['您好，我是档案查阅受理人谢婷，您好，请问查哪年的档案？', '您好我是档案查阅受理人谢婷您好请问查哪年的档案'],
      ['我是报名登记人何军，您请讲。', '我是报名登记人何军您请讲'],
      ['我是驾校的报名专干吴迪，麻烦报一下学员编号。', '我是驾校的报名专干吴迪麻烦报一下学员编号'],
      ['我是这里的值守人钱浩，这边先帮您查一下。', '我是这里的值守人钱浩这边先帮您查一下'],
    ]) {
      expect(saysOnCall(said!), said).toBe(true);
      expect(saysOnCall(unpunctuated!), unpunctuated).toBe(true);
    }
  });
});

describe('agent-id: still no name', () => {
  it('a title with no name before the turn to the customer, or no frame', () => {
    for (const line of ['我是码头售票点有什么能帮您', '我是这边的值守人有什么能帮您', '我是想问一下有什么班次', '售票点负责人潘勇有什么能帮您', '我是来办理补办手续的您好']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
  it('a word that starts like a surname, not a name', () => {
    for (const line of ['我是售票点值守方面有什么问题您问', '我是档案查阅万一有什么事您再打']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
});
