/**
 * A small TwiML reader: the subset of XML TwiML uses (elements, attributes, text, entities), parsed
 * into the verbs the emulator executes. Unknown verbs are kept as `unsupported` so the call logs them
 * (Twilio would reject the document with error 12100; the emulator is stricter about nothing else).
 */

export type Verb =
  | { verb: 'Say'; text: string; language?: string; voice?: string }
  | { verb: 'Play'; digits?: string; url?: string }
  | { verb: 'Pause'; lengthSec: number }
  | { verb: 'Hangup' }
  | { verb: 'Redirect'; url: string; method: string }
  | {
      verb: 'Gather';
      input: string;
      action?: string;
      method: string;
      timeoutSec: number;
      language?: string;
      actionOnEmptyResult: boolean;
      nested: Verb[];
    }
  | { verb: 'unsupported'; name: string };

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export class TwimlParseError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, ent: string) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[ent] ?? whole;
  });
}

function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[^]*?\?>|<!--[^]*?-->|([^<]+)/gu;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = tag.exec(source))) {
    if (m.index !== consumed) throw new TwimlParseError(`malformed XML near offset ${consumed}`);
    consumed = tag.lastIndex;
    const [, closing, name, attrText, selfClosing, text] = m;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      top.text += decode(text);
    } else if (name && closing) {
      if (top.name !== name) throw new TwimlParseError(`</${name}> does not close <${top.name}>`);
      stack.pop();
    } else if (name) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
        attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
      }
      const el: XmlElement = { name, attrs, children: [], text: '' };
      top.children.push(el);
      if (!selfClosing) stack.push(el);
    }
  }
  if (consumed !== source.length) throw new TwimlParseError(`malformed XML near offset ${consumed}`);
  if (stack.length !== 1) throw new TwimlParseError(`<${stack[stack.length - 1]!.name}> is never closed`);
  return root;
}

function toVerb(el: XmlElement): Verb {
  const a = el.attrs;
  switch (el.name) {
    case 'Say':
      return { verb: 'Say', text: el.text.trim(), language: a.language, voice: a.voice };
    case 'Play':
      return { verb: 'Play', digits: a.digits, url: el.text.trim() || undefined };
    case 'Pause':
      return { verb: 'Pause', lengthSec: a.length === undefined ? 1 : Number(a.length) };
    case 'Hangup':
      return { verb: 'Hangup' };
    case 'Redirect':
      return { verb: 'Redirect', url: el.text.trim(), method: (a.method ?? 'POST').toUpperCase() };
    case 'Gather':
      return {
        verb: 'Gather',
        input: a.input ?? 'dtmf',
        action: a.action,
        method: (a.method ?? 'POST').toUpperCase(),
        timeoutSec: a.timeout === undefined ? 5 : Number(a.timeout),
        language: a.language,
        actionOnEmptyResult: a.actionOnEmptyResult === 'true',
        nested: el.children.map(toVerb),
      };
    default:
      return { verb: 'unsupported', name: el.name };
  }
}

/** Parse a TwiML document into the verbs of its `<Response>`. */
export function parseTwiml(source: string): Verb[] {
  const root = parseXml(source.trim());
  const response = root.children.find((c) => c.name === 'Response');
  if (!response) throw new TwimlParseError('the document has no <Response> element');
  return response.children.map(toVerb);
}
