/**
 * verification disclosures, round 21: the record read back with its noun slot left empty — what the customer chose
 * (您当时订的是大床房, no noun between 的 and 是), the last event dated (上次是前年三月), what the system keeps
 * (系统里记录的是两位成人) — discloses as the same construction with the noun does. Questions in the same frames
 * (您当时订的是哪种？ / 上次是什么时候？) do not. Wordings are our own (a hotel, a piano tuner).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { verification: true } });
const discloseThenCheck = (line: string) =>
  call([
    ['agent', '您好，工号6021为您服务', 500, 2000],
    ['customer', '我想问下我订的房', 2500, 4000],
    ['agent', line, 4500, 7000],
    ['customer', '嗯', 7500, 8000],
    ['agent', '为了核实身份，请说一下入住人姓名和手机后四位', 8500, 10000],
    ['customer', '王芳 5520', 10500, 11500],
  ]);
const verdict = (line: string) => only(verification(discloseThenCheck(line), S, rubric)).pass;

describe('the record read back with an empty noun slot', () => {
  it('discloses before the check', () => {
    for (const line of ['好的，您当时订的是大床房', '嗯，调律上次是前年三月', '系统里记录的是两位成人']) {
      expect(verdict(line), line).toBe(false);
    }
  });
  it('the same frames asked are no disclosure', () => {
    for (const line of ['您当时订的是哪种房型？', '上次是什么时候调的？', '系统里记录的是什么您知道吗？']) {
      expect(verdict(line), line).toBe(true);
    }
  });
});
