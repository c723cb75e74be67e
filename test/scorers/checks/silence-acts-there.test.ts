/**
 * Round 23: a request to wait followed by the agent's action still ahead, with where it goes (我去仓库那边清点一下 / 我到前台那儿
 * 登记一下 / 我去系统里调一下) or what it handles said with 把 (我把这张单的进度刷新一下) between the 我 and any one- or two-character verb + 一下 (no 了): the
 * silence after it is an announced hold — not dead air, no unanswered customer — even when the customer's consent sits between
 * (好的，您查吧). A verb of saying (我把规则说明一下…) or the action done (…刷新了一下) answers in the turn, and the silence stays the
 * agent's. Our own wordings (a furniture store's delivery desk).
 */
import { describe, expect, it } from 'vitest';
import { deadAir, holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { responseLatency } from '../../../scorers/checks/timeliness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const after = (agentTurn: string) =>
  chat([
    ['agent', '您好，家具配送服务台，请问有什么可以帮您？', 1000],
    ['customer', '我的沙发什么时候能送到？', 5000],
    ['agent', agentTurn, 9000],
    ['customer', '好的，您查吧。', 12_000],
    ['agent', '感谢您的耐心等待，沙发后天上午送到。', 70_000],
  ]);

describe('the action still ahead, with a place or a 把-object before the verb', () => {
  it('announces the wait', () => {
    for (const said of ['请您稍等，我去仓库那边清点一下您这套沙发的件数。', '您稍候，我到调度那儿登记一下这单的送货时段。', '请稍等，我把这张配送单的进度刷新一下。', '您稍等，我去门店那边问一下沙发有没有现货。', '请稍候，我到库房系统里调一下这单的出库记录。']) {
      expect(only(deadAir(after(said), S, rubric)).pass, said).toBe(true);
      expect(only(holdEtiquette(after(said), S, rubric)).pass, said).toBe(true);
      expect(only(responseLatency(after(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('a verb of saying, or the action done, answers in the turn: the silence after it is dead air', () => {
    for (const said of ['请稍等，我把配送的规则说明一下，大件一般三到五天送到。', '请稍等，我把这张配送单的进度刷新了一下，显示后天送到。']) {
      expect(only(deadAir(after(said), S, rubric)).pass, said).toBe(false);
    }
  });
});
