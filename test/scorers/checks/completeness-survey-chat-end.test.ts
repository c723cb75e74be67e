/**
 * survey-offered: the chat's end named as the moment a rating comes (会话结束后会推送评价 / 对话结束会有个打分), as the call's
 * 通话结束 already was. Our own wordings (a bike-sharing app).
 */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(surveyOffered(chat([['agent', line, 1000]]), S, rubric)).pass;

describe('survey-offered: the chat ending as the rating\'s moment', () => {
  it('invites when the rating follows the chat\'s end', () => {
    for (const line of ['会话结束后会推送一个评价，麻烦您顺手点一下', '对话结束会有个打分，辛苦您了']) expect(says(line), line).toBe(true);
  });
  it('the chat ending alone invites nothing', () => {
    expect(says('对话结束后您就可以直接去取车了')).toBe(false);
  });
});
