/**
 * Round 20 (scorers/text/fuzzy.ts heardAs): a phrase found by sound is the phrase misheard only as ONE word — inside one
 * clause and keeping at least one of its own characters. So the rating word 点评 is not heard in 电瓶 (battery) nor across
 * a sentence end (…回电。凭…), which made a walk-out look like a contact that reached its survey (closing failed instead of
 * N/A), and 不可能 is not heard across a comma (…东部，可能…). Sound-alikes that keep a character still count (做个平价,
 * 服务平价). Our own wordings (an e-bike repair shop, a museum desk).
 */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { closing, forbiddenWords } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
type Line = ['agent' | 'customer', string, number];
const survey = (line: string) =>
  only(surveyOffered(chat([['agent', '您好，电动车维修客服', 500], ['customer', '刹车不灵了', 1500], ['agent', line, 2500]]), S, rubric)).pass;

describe('sound-alikes: one word, a character kept', () => {
  it('a rating word misheard in one syllable still invites', () => {
    expect(survey('刹车片换好了，稍后请您对本次服务做个平价')).toBe(true);
    expect(survey('刹车片换好了，稍后短信里有个服务平价，麻烦点一下')).toBe(true);
    expect(survey('刹车片换好了，欢迎给我们点评')).toBe(true);
  });
  it('another word with the same sounds, or the sounds across a sentence end, do not', () => {
    expect(survey('您的电瓶是哪一年买的')).toBe(false);
    expect(survey('师傅修好会给您回电。凭取车单到店里取车')).toBe(false);
  });
  it('closing: a customer who walks out after such a line left before the wrap-up (N/A)', () => {
    const lines: Line[] = [
      ['agent', '您好，电动车维修客服', 500],
      ['customer', '我的车充不进电了', 1500],
      ['agent', '您的电瓶是哪一年买的', 2500],
      ['customer', '前年买的', 3500],
      ['agent', '师傅明天上午会给您回电。凭取车单到店里检测', 4500],
      ['customer', '哎我这边来客人了，先挂了', 5500],
    ];
    expect(only(closing(chat(lines), S, rubric)).pass).toBe('na');
  });
  it('forbidden-words: 不可能 said is a refusal; the sounds across a comma are not', () => {
    const said = (line: string) =>
      only(forbiddenWords(chat([['agent', '您好，博物馆服务台', 500], ['customer', '周一开馆吗', 1500], ['agent', line, 2500]]), S, rubric)).pass;
    expect(said('周一开馆？不可能')).toBe(false);
    expect(said('周一闭馆，恐龙展在东部，可能要排队')).toBe(true);
  });
});
