import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { parseTwiml, TwimlParseError } from '../../../mocks/twilio/twiml.js';

describe('parseTwiml', () => {
  it('reads the verbs the SDK writes, nested Gather content and entities included', () => {
    const r = new twilio.twiml.VoiceResponse();
    r.say({ language: 'cmn-CN', voice: 'Polly.Zhiyu' }, '你好 & "再见" <测试>');
    r.play({ digits: '1w2' });
    r.pause({ length: 2 });
    const g = r.gather({ input: ['speech'], language: 'cmn-Hans-CN', action: '/next', timeout: 7, actionOnEmptyResult: true });
    g.say('请讲');
    r.redirect({ method: 'GET' }, '/again');
    r.hangup();
    expect(parseTwiml(r.toString())).toEqual([
      { verb: 'Say', text: '你好 & "再见" <测试>', language: 'cmn-CN', voice: 'Polly.Zhiyu' },
      { verb: 'Play', digits: '1w2', url: undefined },
      { verb: 'Pause', lengthSec: 2 },
      {
        verb: 'Gather',
        input: 'speech',
        action: '/next',
        method: 'POST',
        timeoutSec: 7,
        language: 'cmn-Hans-CN',
        actionOnEmptyResult: true,
        nested: [{ verb: 'Say', text: '请讲', language: undefined, voice: undefined }],
      },
      { verb: 'Redirect', url: '/again', method: 'GET' },
      { verb: 'Hangup' },
    ]);
  });

  it('keeps unknown verbs as unsupported', () => {
    expect(parseTwiml('<Response><Dial>+8610</Dial></Response>')).toEqual([{ verb: 'unsupported', name: 'Dial' }]);
  });

  it('rejects malformed documents', () => {
    expect(() => parseTwiml('<Response><Say>hi</Response>')).toThrow(TwimlParseError);
    expect(() => parseTwiml('<Say>no response</Say>')).toThrow(/no <Response>/);
    expect(() => parseTwiml('<Response><Say>open')).toThrow(TwimlParseError);
  });
});
