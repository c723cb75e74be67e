/**
 * Who is speaking on the centre's side: the IVR or an agent. A recording (or a Gather result) only
 * says "the centre"; real IVRs use a small, recognisable vocabulary (menus, transfers, queue
 * announcements), so everything is IVR until the first line that is not, and agent from then on (an
 * agent never hands the call back to the menu in the scenarios we place).
 */
const IVR_PHRASES = /请按|按\s*[0-9*#]|欢迎致电|欢迎来电|转接|请稍候|排队|前面还有|繁忙|坐席|人工服务|English|press\s*\d|您的输入有误|重新选择|本次通话可能会被录音|通话将被录音/iu;

export function isIvrPhrase(text: string): boolean {
  return IVR_PHRASES.test(text.replace(/\s+/gu, ''));
}

/** Stateful classifier: feed centre lines in time order. */
export function createCentreSpeakerClassifier(): (text: string) => 'ivr' | 'agent' {
  let agentJoined = false;
  return (text) => {
    if (!agentJoined && isIvrPhrase(text)) return 'ivr';
    agentJoined = true;
    return 'agent';
  };
}

/** ASR output puts spaces between Chinese words; the turns keep readable text without them. */
export function tidyTranscript(text: string): string {
  return text
    .replace(/(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])\s+|\s+(?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
