/**
 * round 23: agent-id — 我是/我叫 + a role of up to four characters + a working nickname 小X / 老X / 阿X (or 小/老/阿 + Latin
 * letters). The nickname is two characters exactly, so its end is known without a pause: in an unpunctuated call the next
 * clause may follow at once (…小X您请讲 / …阿X有事找我 / …小X负责…). Look-alikes: the second character making a word
 * (老师 / 小区 / 小时 / 阿姨), a word run on after the nickname, no frame. Wordings are our own (a bike repair shop, a
 * laundry, a ferry ticket office).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: role + a working nickname run into the next clause', () => {
  it('a role the lists do not know, then 小X / 老X / 阿X and the next clause at once', () => {
    for (const line of ['您好 车行这边 我是修车学徒小谷您说', '我是收衣员阿满有事尽管找我', '您好我是售票窗口小迟负责今天的船票', '我是值守老乔请讲']) {
      expect(saysOnCall(line), line).toBe(true);
    }
  });
  it('小 / 老 / 阿 + Latin letters, ended by the change of script', () => {
    for (const line of ['我叫老J是这家车行的技师', '您好 我是店长阿Q 您请讲']) {
      expect(saysOnCall(line), line).toBe(true);
    }
  });
});

describe('agent-id: still no nickname', () => {
  it('the second character makes a word, or a word runs on after it', () => {
    for (const line of ['我是老师', '我是小区里的住户', '我是前台阿姨请讲', '我是说小时工您要吗', '我是想问老规矩还在吗', '我是门店小样有没有']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
});
