/**
 * The rubric's vocabularies: the phrases, categories and construction patterns the checks match
 * (normalised, homophone-tolerant; see scorers/text), each editable in rubric YAML. Part of the
 * rubric schema (schema.ts re-exports it).
 */
import { z } from 'zod';
const Phrases = z.array(z.string().min(1)).min(1);
const Strings = z.array(z.string().min(1)).default([]);

/**
 * One category of a grouped vocabulary (推诿, 不耐烦 …): fixed phrases (matched ASR-tolerantly),
 * construction patterns (regular expressions on the normalised text, see VocabCategory docs in
 * scorers/README.md: `|` marks a clause break, `…` stands for "a few characters in the same
 * clause") and look-alike exceptions (a hit overlapped by one of them in the same clause is not a hit).
 */
export const VocabCategory = z
  .strictObject({
    phrases: Strings,
    patterns: Strings,
    /** Polite look-alikes: phrases containing the same words that are fine (不知道您方便吗). */
    exceptions: Strings,
    /** Look-alikes as patterns (可以…自己…查 is an offer, not 您自己去查). */
    exceptionPatterns: Strings,
  })
  .refine((c) => c.phrases.length + c.patterns.length > 0, { message: 'a category needs at least one phrase or pattern' });
export type VocabCategory = z.output<typeof VocabCategory>;

/**
 * A vocabulary: either a flat list of phrases (the original format, still accepted) or categories
 * by name, each a list of phrases or a VocabCategory object.
 */
export const Vocab = z.union([
  Phrases,
  z
    .record(z.string().min(1), z.union([Phrases, VocabCategory]))
    .refine((r) => Object.keys(r).length > 0, { message: 'a grouped vocabulary needs at least one category' }),
]);
export type Vocab = z.output<typeof Vocab>;

/** The categories of a vocabulary in one shape (a flat list is one category named "default"). */
export function vocabCategories(v: Vocab): { name: string; category: VocabCategory }[] {
  if (Array.isArray(v)) return [{ name: 'default', category: { phrases: v, patterns: [], exceptions: [], exceptionPatterns: [] } }];
  return Object.entries(v).map(([name, c]) => ({
    name,
    category: Array.isArray(c) ? { phrases: c, patterns: [], exceptions: [], exceptionPatterns: [] } : c,
  }));
}

/**
 * What a centre's older rubric (without a complaint vocabulary) gets: the unmistakable threats to
 * complain or escalate, so empathy still applies wherever a customer complains.
 */
export const DEFAULT_COMPLAINT: Vocab = {
  投诉升级: {
    phrases: ['我要投诉', '投诉你们', '12315', '12345', '曝光', '找你们领导', '消协'],
    patterns: [],
    exceptions: ['不用投诉', '不投诉', '不是要投诉'],
    exceptionPatterns: [],
  },
};

/** Vocabularies the checks match (normalised, homophone-tolerant; see scorers/text). */
export const Vocabularies = z.strictObject({
  /** A flat list: a greeting is judged by where it stands in the first turn, not by kind. */
  greetings: Phrases,
  closings: Vocab,
  forbidden: Vocab,
  /** Phrases that contain a forbidden word but are fine (不知道您 … is a polite question). */
  forbiddenExceptions: z.array(z.string().min(1)).default([]),
  politeness: Vocab,
  impolite: Vocab.default([]),
  /** Familiar address (你, not in 你好): a register marker politeness weighs against `respectfulAddress`. */
  familiarAddress: Vocab.default([]),
  /** Respectful address (您): what a courteous agent calls the customer. */
  respectfulAddress: Vocab.default(['您']),
  /**
   * Curt clauses (说。/ 什么事？/ 还有事吗？/ 电话号码报一下 / 就这样。): the bare command, clipped question or
   * dismissive wrap-up where practice asks for a 征询语 (请讲 / 请问有什么可以帮您 / 请问还有其他可以帮您的吗).
   * An agent who keeps using them is curt even if it says 您 elsewhere (thresholds.curtRegisterMinTurns).
   * @default []
   */
  curtClauses: Vocab.default([]),
  /**
   * Warm, plain-spoken softeners (好嘞, a closing 哈/哦/呢): for the register rule they count as courtesy words
   * — a 你-speaking agent who says 好嘞，你放心哈 is plain-spoken, not curt.
   * @default []
   */
  softeners: Vocab.default([]),
  /** Bare acknowledgements (嗯, 好的, 对): a short turn made only of these is neither courteous nor curt. */
  backchannels: Vocab.default(['嗯', '好', '好的', '对', '是', '是的', '行', '明白', '收到', '可以', '哦']),
  /**
   * Look-alikes of rudeness inside a harsh 忌语: a `forbidden` hit one of these overlaps is still a 忌语 (forbidden-words)
   * but not rude — what it evaluates is not the customer (怪不了我们: our fault denied, not theirs asserted), or it is
   * the tail of a refusal or a referral (办不了，别问了 / 你去问网点，别问我们).
   * @default []
   */
  impoliteLookAlikes: Vocab.default([]),
  /** Categories of `forbidden` that are also rude: a hit in one fails politeness too (辱骂, 指责客户 …). */
  impoliteCategories: z.array(z.string().min(1)).default([]),
  /** Categories of `forbidden` that are rude only when aimed at the customer as 你 (刚才不是跟你说过了吗), not said flatly (我已经讲过一遍了). */
  impoliteWhenFamiliar: z.array(z.string().min(1)).default([]),
  /**
   * Categories of `impoliteCategories` that a nearby 您 does not soften: mockery and abuse stay rude in the
   * respectful form (您可真行，什么都不看就签了 / 您这么厉害自己办不就得了), while blame or a dare said with 您
   * (是您自己没注意 / 您投诉也没用) is a 忌语 in a courteous register.
   * @default []
   */
  impoliteEvenWithRespect: z.array(z.string().min(1)).default([]),
  /**
   * Categories of `complaint` that escalate (a threat to complain, a repeat contact): raised after the first
   * complaint they need their own apology or acknowledgement; a later grumble of another category is
   * answered by the first one.
   * @default []
   */
  escalatingComplaints: z.array(z.string().min(1)).default([]),
  /**
   * When set, a non-answer given bare — no 您, apology or 请 in the turn, no look-up, referral or timed
   * follow-up after it (这个我不清楚。/ 不好说) — is also a 忌语 of this `forbidden` category: the published
   * lists name 我不知道 / 我不清楚 themselves. Unset, a non-answer is resolution's business only.
   * @default undefined
   */
  bareNonAnswerCategory: z.string().min(1).optional(),
  /**
   * Categories of `forbidden` that, said INSTEAD of an answer — replying to the customer's question, with no answer
   * content in that turn after it or in the agent's next turn — fail resolution as well, whatever else the contact
   * answered (checks/stance-non-answer.ts). Empty, a rude line beside answered facts is the 忌语 checks' business only.
   * @default []
   */
  rudeInsteadOfAnswer: z.array(z.string().min(1)).default([]),
  /** 确认需求 questions (还有其他可以帮您的吗): the agent reached the wrap-up. Not closings. */
  wrapUpQuestions: Vocab.default(['还有其他', '还有别的', '还有什么']),
  /** The customer says nothing more is needed (没了, 没有其他问题): the contact reached its wrap-up too. */
  nothingMore: Vocab.default(['没了', '没有了', '没有其他问题', '没有别的']),
  /**
   * The customer takes leave with thanks or a goodbye (好的谢谢，拜拜): said in the customer's last turn, the
   * contact ended by agreement, not by a walk-out — the agent owed a closing.
   * @default ['谢谢', '再见', '拜拜']
   */
  customerLeaveTaking: Vocab.default(['谢谢', '再见', '拜拜']),
  empathy: Vocab,
  /** The customer complains (anger, dissatisfaction, repeated contacts, threats to escalate): empathy is owed. */
  complaint: Vocab.default(DEFAULT_COMPLAINT),
  /**
   * The customer takes the complaint back in the same turn (我要投诉…开玩笑的): a joke, not a grievance — no
   * complaint is counted in that turn.
   * @default []
   */
  complaintRetracted: Vocab.default([]),
  holdRequest: Vocab,
  holdThanks: Vocab,
  survey: Vocab,
  /** 工号 and friends: followed by digits, they identify the agent. */
  agentIdKeywords: Vocab,
  /** Regular expressions (on the clause-marked normalised text) for name introductions: 我是客服小王 … */
  agentNamePatterns: z.array(z.string().min(1)).default([]),
  verification: Vocab,
  /**
   * Asks that name the account rather than check its holder (the full ID or document number, the phone
   * number the account is registered under): a lookup key, as an order number is. Such an ask is the
   * identity check only when the agent never runs an explicit one later (name + 后四位, 验证码, 核实身份);
   * when it does, the agent itself shows where its check was, and a disclosure before it came first.
   * @default []
   */
  verificationLookup: Vocab.default([]),
  /**
   * A check the agent calls an afterthought (忘了核对 / 对了，您是本人吧): after the agent has answered, it
   * came too late whatever was disclosed.
   * @default []
   */
  lateVerification: Vocab.default([]),
  /**
   * What makes a lookup-key ask (`verificationLookup`) an identity check: the agent frames it as one in the ask
   * (我核对一下 / 为了您的账户安全) or confirms the match on the answer (对上了 / 核对无误 / 验证通过). A key merely
   * requested (请提供一下身份证号码) locates the record, as an order number does.
   * @default []
   */
  verificationFrame: Vocab.default([]),
  /** Phrases that show account information is being disclosed (余额, 账单 …). */
  disclosure: Vocab,
  /** 工单号/受理号 …: followed by an id, the agent gave the customer a reference. */
  referenceKeywords: Vocab,
  /** "I don't know / can't help" replies: a contact ending on one is not resolved. */
  unresolved: Vocab,
  /** Single characters that negate a following value (不收费 ≠ 收费). */
  negators: z.array(z.string().length(1)).min(1),
  /** Set phrases that contain a negator but negate nothing (没问题, 不客气 …). */
  negationExceptions: z.array(z.string().min(1)).default([]),
});
export type Vocabularies = z.output<typeof Vocabularies>;
