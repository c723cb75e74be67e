/**
 * The simulated agent: reads what the customer writes (or says), keeps track of the case, and
 * plans replies in the style of its quality profile. Transport-independent: the chat server and
 * the voice centre call `opening()` when the agent picks the contact up and `respond(text)` for
 * each customer message, then deliver the planned replies after their delays.
 */
import { BROADBAND, CARD_LOSS, RETURN_COMPLAINT, topicById, type KbFact, type Topic } from '../knowledge-base.js';
import { createRng, type Rng } from '../prng.js';
import type { ProfileName } from '../profiles.js';
import { readCustomer, type CustomerReading } from './intents.js';
import { FORBIDDEN_SENTENCES, forbiddenWordsIn, PHRASES } from './phrases.js';
import { ReplyBuilder } from './reply-builder.js';
import type { AgentIdentity, BrainOptions, BrainTurn } from './types.js';

type Awaiting = 'identity' | 'replacement' | 'address' | 'plan' | 'order' | null;

export class AgentBrain {
  readonly agent: AgentIdentity;
  readonly profile: ProfileName;
  private readonly rng: Rng;
  private readonly channel: 'webchat' | 'voice';
  private topic: Topic | null = null;
  private awaiting: Awaiting = null;
  private verified = false;
  /** Fact the `wrong-fact` profile misstates, fixed when the first topic comes up. */
  private wrongFactKey: string | null = null;
  private forbiddenUsed = false;
  private readonly stated = new Set<string>();
  private closedFlag = false;

  constructor(opts: BrainOptions) {
    this.agent = opts.agent;
    this.profile = opts.profile;
    this.rng = createRng(opts.seed);
    this.channel = opts.channel ?? 'webchat';
  }

  /** True once the closing turn was planned: later messages get no reply. */
  get closed(): boolean {
    return this.closedFlag;
  }

  get currentTopic(): Topic | null {
    return this.topic;
  }

  /** The agent picks the contact up: greeting (or the profile's defective version of it). */
  opening(): BrainTurn {
    const b = this.builder(true);
    if (this.profile === 'no-greeting') {
      const text = PHRASES.greetingWithoutHello(this.agent);
      b.say(text).defect({ check: 'greeting', kind: 'missing-greeting', quote: text, detail: '开场未使用问候语（您好）' });
    } else if (this.profile === 'no-agent-id') {
      const text = PHRASES.greetingWithoutId();
      b.say(text).defect({ check: 'agent-id', kind: 'missing-agent-id', quote: text, detail: '开场未报姓名和工号' });
    } else b.say(PHRASES.greeting(this.agent));
    return b.build();
  }

  respond(customerText: string): BrainTurn {
    if (this.closedFlag) return { replies: [], close: false };
    const r = readCustomer(customerText, this.topic);
    const raised = r.topics[0] && r.topics[0] !== this.topic?.id ? topicById(r.topics[0]) : null;
    const b = this.builder(false);

    if (r.goodbye && !raised && !r.askedFacts.length) return this.closing(b);
    if (raised) this.startTopic(raised, r, b);
    else if (this.topic) this.continueTopic(this.topic, r, b);
    if (b.empty) {
      if (r.greetingOnly) b.say(PHRASES.helpOffer);
      else if (r.thanks) b.say(PHRASES.youAreWelcome + PHRASES.anythingElse);
      else this.forbidden(b.say(PHRASES.unknown));
    }
    return b.build();
  }

  private builder(opening: boolean): ReplyBuilder {
    return new ReplyBuilder({ profile: this.profile, rng: this.rng, wrongFactKey: () => this.wrongFactKey, opening });
  }

  private startTopic(topic: Topic, r: CustomerReading, b: ReplyBuilder): void {
    this.topic = topic;
    if (this.profile === 'wrong-fact' && this.wrongFactKey === null) this.wrongFactKey = this.rng.pick(topic.facts).key;
    if (topic === CARD_LOSS) this.startCardLoss(r, b);
    else if (topic === BROADBAND) this.startBroadband(b);
    else this.startReturn(r, b);
    this.forbidden(b);
  }

  private continueTopic(topic: Topic, r: CustomerReading, b: ReplyBuilder): void {
    const waiting = this.awaiting;
    if (topic === CARD_LOSS) {
      if (waiting === 'identity') {
        if (r.idLast4 || r.phone) {
          this.verified = true;
          this.freezeCard(b, PHRASES.identityOk);
        } else b.say(PHRASES.askIdentityAgain);
      } else if (waiting === 'replacement' && (r.agrees || r.askedFacts.length)) this.replaceCard(b);
    } else if (topic === BROADBAND) {
      if (r.chosenPlan) this.reservePlan(r.chosenPlan, b);
      else if (waiting === 'address' && (r.address || (!r.askedFacts.length && r.text.length >= 6 && !r.thanks))) this.checkCoverage(b);
    } else if (waiting === 'order') {
      if (r.orderNumber) this.processReturn(b);
      else if (!r.askedFacts.length) b.say(PHRASES.askOrderAgain);
    }
    // Questions about facts not answered by the step above.
    const open = r.askedFacts.filter((f) => !b.mentions(f.key));
    for (const fact of open) this.state(b, fact, (s) => (/[。！？]$/u.test(s) ? s : `${s}。`));
  }

  // ── 信用卡挂失 ──────────────────────────────────────────────────────────────
  private startCardLoss(r: CustomerReading, b: ReplyBuilder): void {
    // Reassurance is good practice here but not a scored complaint acknowledgement.
    const comfort = this.profile === 'no-empathy' ? '好的，' : '卡片丢失确实让人着急，您别担心。';
    if (this.profile === 'no-verification') {
      this.freezeCard(b, comfort);
      b.defect({ check: 'verification', alsoTriggers: ['required-info'], kind: 'skipped-verification', detail: '未核实持卡人身份（身份证后四位/预留手机号）即办理挂失' }, 'first');
      this.verified = true;
    } else if (this.verified || (r.idLast4 && r.phone)) {
      // Already verified earlier in the chat, or the customer gave both details up front.
      this.freezeCard(b, this.verified ? comfort : comfort + PHRASES.identityOk);
      this.verified = true;
    } else {
      b.say(comfort + PHRASES.askIdentity);
      this.awaiting = 'identity';
    }
  }

  private freezeCard(b: ReplyBuilder, before: string): void {
    b.lookup(before, () => {
      b.append('已为您办理该信用卡的挂失，');
      this.state(b, CARD_LOSS.facts[0]!);
      this.state(b, CARD_LOSS.facts[1]!);
      this.reference(b, CARD_LOSS);
      b.say(PHRASES.askReplacement);
    });
    this.awaiting = 'replacement';
  }

  private replaceCard(b: ReplyBuilder): void {
    b.say('好的，已为您申请补办新卡。');
    this.state(b, CARD_LOSS.facts[2]!);
    this.state(b, CARD_LOSS.facts[3]!);
    b.append(PHRASES.anythingElse);
    this.awaiting = null;
  }

  // ── 宽带套餐咨询 ────────────────────────────────────────────────────────────
  private startBroadband(b: ReplyBuilder): void {
    const [p300, p1000, term] = BROADBAND.facts;
    b.say('目前我们有两款家庭宽带套餐：');
    this.state(b, p300!, (s) => `${s}，`);
    this.state(b, p1000!, (s) => `${s}，`);
    this.state(b, term!, (s) => `${s}。`);
    b.append(PHRASES.askAddress);
    this.awaiting = 'address';
  }

  private checkCoverage(b: ReplyBuilder): void {
    b.lookup('', () => {
      b.append('您所在的小区已覆盖光纤宽带，可以正常办理。');
      b.append(PHRASES.askPlan);
    });
    this.awaiting = 'plan';
  }

  private reservePlan(plan: '300M' | '1000M', b: ReplyBuilder): void {
    b.say(`好的，已为您登记${plan}套餐的办理预约，`);
    this.reference(b, BROADBAND);
    b.append('稍后装维师傅会电话联系您确认上门时间。');
    for (const fact of BROADBAND.facts.slice(3)) if (!this.stated.has(fact.key)) this.state(b, fact, (s) => `${s}。`);
    b.append(PHRASES.anythingElse);
    this.awaiting = null;
  }

  // ── 网购退货投诉 ────────────────────────────────────────────────────────────
  private startReturn(r: CustomerReading, b: ReplyBuilder): void {
    const empathy = this.profile !== 'no-empathy';
    if (r.orderNumber) {
      if (empathy) b.say(`${PHRASES.empathy}我马上为您处理。`);
      this.processReturn(b);
    } else {
      b.say(empathy ? PHRASES.empathy + PHRASES.askOrder : PHRASES.askOrder);
      this.awaiting = 'order';
    }
    if (!empathy) b.defect({ check: 'empathy', kind: 'no-acknowledgement', detail: '客户投诉时未致歉、未表示理解' }, 'first');
  }

  private processReturn(b: ReplyBuilder): void {
    const [window, shipping, refund] = RETURN_COMPLAINT.facts;
    b.lookup('', () => {
      b.append('查询到您的订单，');
      this.state(b, window!);
      this.state(b, shipping!);
      b.say('我已为您加急处理退货申请，');
      this.reference(b, RETURN_COMPLAINT);
      b.append('快递员会在明天上门取件，');
      this.state(b, refund!);
      b.append(PHRASES.anythingElse);
    });
    this.awaiting = null;
  }

  // ── shared pieces ───────────────────────────────────────────────────────────
  private state(b: ReplyBuilder, fact: KbFact, wrap?: (s: string) => string): void {
    b.fact(fact, wrap);
    this.stated.add(fact.key);
  }

  private reference(b: ReplyBuilder, topic: Topic): void {
    if (this.profile === 'no-reference') {
      b.defect({ check: 'record-reference', kind: 'no-reference', detail: `办理完成但未提供${topic.referenceLabel}` });
      return;
    }
    const number = `${topic.referencePrefix}${this.rng.digits(8)}`;
    b.append(`您的${topic.referenceLabel}是${number}，请您记录一下。`);
  }

  /** `forbidden-words`: one 禁用语 sentence in the first substantive reply. */
  private forbidden(b: ReplyBuilder): void {
    if (this.profile !== 'forbidden-words' || this.forbiddenUsed || b.empty) return;
    this.forbiddenUsed = true;
    const sentence = this.rng.pick(FORBIDDEN_SENTENCES);
    b.prepend(sentence).defect(
      { check: 'forbidden-words', kind: 'forbidden-phrase', quote: sentence, detail: forbiddenWordsIn(sentence).join('、') },
      'first',
    );
  }

  private closing(b: ReplyBuilder): BrainTurn {
    this.closedFlag = true;
    const closing = PHRASES.closing(this.channel);
    if (this.profile === 'no-survey') {
      b.say(closing).defect({ check: 'survey-offered', kind: 'no-survey', detail: '结束前未邀请客户评价' });
    } else if (this.profile === 'no-closing') {
      b.say(PHRASES.survey).defect({ check: 'closing', kind: 'no-closing', quote: PHRASES.survey, detail: '未使用结束语即结束会话' });
    } else b.say(PHRASES.survey + closing);
    return b.build(true);
  }
}
