/**
 * Synthetic 40-turn Chinese service transcripts for the scoring throughput benchmark: scripted
 * agent lines with varying numbers, names and amounts (as real centres produce), ASR-style variants
 * (no punctuation, homophones, numerals either way), seeded so every run measures the same input.
 */
import type { Interaction, Turn } from '../harness/interaction/types.js';
import { createRng } from '../mocks/centre/prng.js';

const NAMES = ['小王', '小李', '小张', '小刘', '小陈', '小杨', '小赵', '小周'];
const CN_NUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const AGENT_MIDDLE = [
  (_r: () => number) => `好的，请您提供一下身份证号码后四位，我帮您核实一下身份`,
  (r: () => number) => `感谢您的耐心等待，补卡的手续费是${10 + Math.floor(r() * 40)}元，${Math.floor(r() * 9) + 1}个工作日内寄到`,
  (_r: () => number) => `请稍等，我帮您查一下`,
  (r: () => number) => `您的套餐月费是${CN_NUM[Math.floor(r() * 9) + 1]}十八元，包含${Math.floor(r() * 30) + 1}G流量`,
  (_r: () => number) => `非常抱歉给您带来不便，我们会尽快为您处理`,
  (r: () => number) => `已经为您登记了，工单号是${Math.floor(r() * 9e7) + 1e7}，请您留意短信通知`,
  (r: () => number) => `利率是百分之${CN_NUM[Math.floor(r() * 9) + 1]}点${CN_NUM[Math.floor(r() * 10)]}，按月计息`,
  (r: () => number) => `营业时间是早上九点到晚上${CN_NUM[Math.floor(r() * 4) + 5]}点半，周末也可以办理`,
  (_r: () => number) => `这个我这边帮您确认了 没有问题 您放心`,
  (_r: () => number) => `请问您还有其他问题吗`,
];
const CUSTOMER = [
  (_r: () => number) => `你好，我想问一下补卡要多少钱`,
  (r: () => number) => `身份证后四位是${Math.floor(r() * 9000) + 1000}`,
  (_r: () => number) => `那大概多久能办好`,
  (r: () => number) => `我上个月被多扣了${Math.floor(r() * 200) + 1}块钱，怎么回事`,
  (_r: () => number) => `好的 明白了`,
  (_r: () => number) => `能不能快一点，我等了很久了`,
  (r: () => number) => `我的手机号是一三八${Math.floor(r() * 9e7) + 1e7}`,
];

/** One transcript of `turns` turns (alternating customer/agent after the agent's greeting). */
export function syntheticInteraction(seed: number, turns = 40): Interaction {
  const rng = createRng(seed);
  const r = () => rng.next();
  const out: Turn[] = [];
  let t = 2000 + Math.floor(r() * 3000);
  const push = (speaker: Turn['speaker'], text: string) => {
    const len = Math.max(1000, text.length * 250);
    out.push({ speaker, text, startMs: t, endMs: t + len });
    t += len + 500 + Math.floor(r() * 6000);
  };
  const name = NAMES[Math.floor(r() * NAMES.length)]!;
  push('agent', `您好，很高兴为您服务，我是${Math.floor(r() * 9000) + 1000}号客服${name}，请问有什么可以帮您？`);
  while (out.length < turns - 1) {
    push('customer', CUSTOMER[Math.floor(r() * CUSTOMER.length)]!(r));
    if (out.length < turns - 1) push('agent', AGENT_MIDDLE[Math.floor(r() * AGENT_MIDDLE.length)]!(r));
  }
  push('agent', '稍后会有短信邀请您对我的服务进行评价，感谢您的来电，再见');
  return {
    schemaVersion: 1,
    contactId: `bench-${String(seed).padStart(6, '0')}`,
    scenarioId: 'bench',
    channel: r() < 0.5 ? 'voice' : 'webchat',
    startedAt: 1_700_000_000_000 + seed * 1000,
    durationMs: t,
    events: [
      { type: 'ringing', atMs: 200 },
      { type: 'answered', atMs: 1500 },
    ],
    turns: out,
    outcome: 'completed',
    transcriptSource: 'emulator',
  };
}
