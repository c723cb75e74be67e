import { describe, expect, it } from 'vitest';
import { createCentreSpeakerClassifier, tidyTranscript } from '../../../harness/transcribe/centre-speaker.js';

describe('centre speaker classification', () => {
  it('treats menu and transfer prompts as IVR until the first agent line, then agent', () => {
    const classify = createCentreSpeakerClassifier();
    expect(classify('您好，欢迎致电星海银行。普通话服务请按1')).toBe('ivr');
    expect(classify('正在为您转接人工服务，请稍候。')).toBe('ivr');
    expect(classify('您好，工号1023，很高兴为您服务')).toBe('agent');
    // An agent asking the caller to wait is still the agent.
    expect(classify('请稍候，我帮您转接到信用卡部门')).toBe('agent');
  });

  it('survives the spaces ASR puts between Chinese words', () => {
    expect(createCentreSpeakerClassifier()('普通话 服务 请 按 1')).toBe('ivr');
  });
});

describe('tidyTranscript', () => {
  it('removes spaces around Chinese words and punctuation, keeps them between Latin words', () => {
    expect(tidyTranscript('您好 ， 工号 1023 为 您 服务 。 English service please press 2')).toBe('您好，工号1023为您服务。English service please press 2');
  });
});
