/**
 * ASR noise for the Deepgram emulator, so scorers meet transcripts like real ones: homophone
 * substitutions typical of Mandarin recognisers (工号→公号, 收费→手费), dropped punctuation, and a word
 * error rate (substitutions and deletions). Seeded: the same seed and text give the same errors.
 */

export interface AsrNoise {
  /** Probability that each known homophone site is substituted. @default 0 */
  homophoneRate?: number;
  /** Drop all punctuation from transcripts. @default false */
  dropPunctuation?: boolean;
  /** Share of words substituted or deleted (0..1). @default 0 */
  wordErrorRate?: number;
  /** @default 1 */
  seed?: number;
}

/** Common confusions of Mandarin ASR on customer-service vocabulary (same or near-same pinyin). */
export const HOMOPHONES: ReadonlyArray<readonly [string, string]> = [
  ['工号', '公号'],
  ['收费', '手费'],
  ['账户', '帐户'],
  ['身份证', '身分证'],
  ['余额', '于额'],
  ['密码', '秘码'],
  ['再见', '在见'],
  ['办理', '半理'],
  ['客服', '客福'],
  ['投诉', '头诉'],
  ['话费', '花费'],
];

/** Characters swapped in for word-error substitutions (frequent, so the result still reads as Chinese). */
const FILLER = '的是在了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashString(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

export function applyHomophones(text: string, rate: number, random: () => number): string {
  if (rate <= 0) return text;
  let out = text;
  for (const [right, wrong] of HOMOPHONES) {
    out = out.replaceAll(right, (m) => (random() < rate ? wrong : m));
  }
  return out;
}

const PUNCTUATION = /[\p{P}]/gu;

export function stripPunctuation(text: string): string {
  return text.replace(PUNCTUATION, '');
}

/** Substitute or delete each word with probability `rate`; returns the surviving words. */
export function applyWordErrors<T extends { word: string }>(words: T[], rate: number, random: () => number): { words: T[]; errors: number } {
  if (rate <= 0) return { words, errors: 0 };
  const out: T[] = [];
  let errors = 0;
  for (const w of words) {
    const roll = random();
    if (roll < rate / 2) {
      errors++; // deletion
    } else if (roll < rate) {
      errors++;
      const chars = [...w.word].map(() => FILLER[Math.floor(random() * FILLER.length)]!).join('');
      out.push({ ...w, word: chars });
    } else {
      out.push(w);
    }
  }
  return { words: out, errors };
}
