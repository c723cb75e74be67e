/**
 * Scenario files: what the simulated customer does, what the agent must say, and the targets it is
 * measured against. YAML on disk, validated here; `scenarios/schema.json` is exported from this
 * schema (`npm run schema`) so editors can complete and check scenario files.
 */
import { z } from 'zod';

/** A JavaScript regular expression source, matched case-insensitively against normalised text. */
export const Pattern = z
  .string()
  .min(1, 'pattern must not be empty')
  .superRefine((src, ctx) => {
    try {
      new RegExp(src, 'iu');
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(err as Error).message}` });
    }
  })
  .describe('JavaScript regular expression (case-insensitive, unicode)');

const Ms = z.number().int().nonnegative();

/** The customer types (chat) or speaks (voice) a line. `{{var}}` is replaced from variables/persona. */
export const SayStep = z.strictObject({
  say: z.string().min(1),
  /** Extra think time before sending, on top of the persona's typing speed. @default 0 */
  delayMs: Ms.optional(),
});

export const WaitSpec = z.strictObject({
  pattern: Pattern,
  /** @default 30000 */
  timeoutMs: Ms.optional(),
  /**
   * Who must say it: `agent` is anyone answering for the centre (human agent, chat bot or IVR),
   * `human` only the human agent, `bot` only the chat bot, `ivr` only the IVR, `any` includes system
   * notices. @default "agent"
   */
  speaker: z.enum(['agent', 'human', 'bot', 'ivr', 'any']).optional(),
  /** When true a timeout is recorded but the script goes on. @default false */
  optional: z.boolean().optional(),
});

/** Wait until the other side says something matching `pattern`; a plain string is the pattern. */
export const WaitStep = z.strictObject({ wait: z.union([Pattern, WaitSpec]) });

/** DTMF digits for IVR menus (voice only): 0-9 * # and w (half-second pause). */
export const PressStep = z.strictObject({
  press: z.string().regex(/^[0-9*#wW]+$/, 'DTMF digits are 0-9, *, # and w'),
});

/** Stay silent for this many milliseconds. */
export const PauseStep = z.strictObject({ pause: Ms });

/** Close the chat / hang up. */
export const EndStep = z.strictObject({
  end: z.union([z.literal(true), z.strictObject({ reason: z.string().optional() })]),
});

/**
 * Ask the chat bot for a person and wait for one: sends `say` (default 转人工; "" sends nothing) and
 * waits until the first human-agent message. Records `handoff-requested` and `agent-joined`.
 */
export const HandoffStep = z.strictObject({
  handoff: z.union([
    z.literal(true),
    z.strictObject({
      /** The line that asks for a person; "" sends nothing and only waits. @default "转人工" */
      say: z.string().optional(),
      /** How long the human agent may take to join. @default 120000 */
      timeoutMs: Ms.optional(),
    }),
  ]),
});

export interface BranchCaseShape {
  when: string;
  steps: StepShape[];
}
export interface BranchShape {
  branch: { timeoutMs?: number; cases: BranchCaseShape[]; otherwise?: StepShape[] };
}
export type StepShape =
  | z.infer<typeof SayStep>
  | z.infer<typeof WaitStep>
  | z.infer<typeof PressStep>
  | z.infer<typeof PauseStep>
  | z.infer<typeof EndStep>
  | z.infer<typeof HandoffStep>
  | BranchShape;

/**
 * Wait for the next message from the other side and take the first case whose `when` matches it;
 * `otherwise` runs when nothing matched within the timeout.
 */
export const BranchStep: z.ZodType<BranchShape> = z.strictObject({
  branch: z.strictObject({
    timeoutMs: Ms.optional(),
    get cases() {
      return z.array(z.strictObject({ when: Pattern, steps: z.array(Step) })).min(1);
    },
    get otherwise() {
      return z.array(Step).optional();
    },
  }),
});

/** The keys that name a step's kind, in the order of the union below (used for error messages). */
export const STEP_KINDS = ['say', 'wait', 'press', 'pause', 'branch', 'end', 'handoff'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const Step: z.ZodType<StepShape> = z.union([SayStep, WaitStep, PressStep, PauseStep, BranchStep, EndStep, HandoffStep]);

export const Fact = z.strictObject({
  /** Stable key, e.g. `replacement-fee`. */
  key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
  /** What the fact is about, for reports (e.g. 补卡费用). */
  label: z.string().optional(),
  /** The correct value the agent must state (e.g. 免费, 20元, 7天). */
  expected: z.string().min(1),
  /** Other accepted ways of saying the correct value. */
  variants: z.array(z.string()).optional(),
  /** Known wrong values; stating one is misinformation. */
  wrong: z.array(z.string()).optional(),
  /** Words that show the agent is talking about this fact (used to find where it was stated). */
  cues: z.array(z.string()).optional(),
});

export const RequiredInfo = z.strictObject({
  key: z.string().min(1),
  label: z.string().optional(),
  /** Patterns that show the agent asked for / collected this item. */
  patterns: z.array(Pattern).min(1),
});

export const Sla = z.strictObject({
  /** Voice: dial → answered by a person or IVR. @default 20000 */
  answerTimeMs: Ms.optional(),
  /** First agent message after the contact starts. @default 30000 */
  firstResponseMs: Ms.optional(),
  /** Agent reply after each customer turn. @default 30000 */
  responseLatencyMs: Ms.optional(),
  /** Whole contact. @default 600000 */
  handleTimeMs: Ms.optional(),
});

export const Selectors = z.strictObject({
  /** Text box the customer types into. */
  input: z.string(),
  /** Send button; when absent, Enter is pressed in the input. */
  send: z.string().optional(),
  /** Element that contains all messages (observed for new ones). */
  messages: z.string(),
  /** A message written by the human agent (or, without `botMessage`, anyone on the centre's side). */
  agentMessage: z.string(),
  /** A message written by an automated assistant (speaker "bot"); checked before `agentMessage`. */
  botMessage: z.string().optional(),
  /** A message written by the customer (used to confirm delivery). */
  customerMessage: z.string().optional(),
  /** Inside a message: the element holding its text. @default the message element itself */
  text: z.string().optional(),
  /** Shown when the chat is ready for input. @default input */
  ready: z.string().optional(),
  /** Button that ends the chat, clicked by `end`. */
  end: z.string().optional(),
  /** A system notice (queue position, 会话已结束), recorded as speaker "system". */
  systemMessage: z.string().optional(),
  /** Shown while the agent types; appearing / disappearing become `typing-start` / `typing-end` events. */
  typing: z.string().optional(),
  /** Element whose attribute (or text) reports the chat phase: queued / chatting / ended. */
  status: z.string().optional(),
  /** Attribute of `status` holding the phase. @default "data-state" */
  statusAttribute: z.string().optional(),
});

/** A click in the host page that opens the chat (cookie banner, launcher button). */
export const WidgetClick = z.union([
  z.string().min(1),
  z.strictObject({
    click: z.string().min(1),
    /** Skip it when it does not show within 3 s (e.g. a cookie banner shown only sometimes). @default false */
    optional: z.boolean().optional(),
    /** How long to wait for it (a non-optional one). @default 30000 */
    timeoutMs: Ms.optional(),
    /**
     * This click opens the chat in a window of its own (window.open, a target=_blank link): the
     * harness follows it, and later clicks, `frame`, `prechat` and every selector resolve there. @default false
     */
    popup: z.boolean().optional(),
  }).refine((click) => !(click.popup && click.optional), { message: 'a click that opens the chat window (popup: true) cannot be optional', path: ['popup'] }),
]);

/** A pre-chat form inside the chat frame, filled and submitted before the chat starts. */
export const Prechat = z.strictObject({
  /** Selector → value; `{{variables}}` allowed in values. */
  fields: z.record(z.string().min(1), z.union([z.string(), z.number()])),
  /** The button that submits the form. */
  submit: z.string().min(1),
});

/** How to reach a chat that is not on the host page itself: launcher clicks, iframes, pre-chat form. */
export const Widget = z.strictObject({
  /** Clicked in order in the top page, each waited for. A string is `{ click: <selector> }`. */
  open: z.array(WidgetClick).optional(),
  /** The iframe holding the chat; a list for nested frames, each resolved inside the previous one. */
  frame: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  prechat: Prechat.optional(),
});

export const Target = z.strictObject({
  /** Chat page URL; `{{centre}}` is replaced by --centre / config centre URL. @default "{{centre}}/chat" */
  chatUrl: z.string().optional(),
  /** E.164 number to dial for voice contacts. */
  phone: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, 'phone numbers are E.164, e.g. +8610xxxxxxxx')
    .optional(),
  /** Caller ID (E.164) for voice contacts. */
  from: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, 'phone numbers are E.164, e.g. +8610xxxxxxxx')
    .optional(),
  /** How to open the chat widget on the host page (launcher, iframe, pre-chat form); absent = on the page itself. */
  widget: Widget.optional(),
  /** Chat widget selectors (resolved inside the chat frame), or the name of a preset. @default "simulated-centre" */
  selectors: z.union([z.string(), Selectors]).optional(),
});

export const Persona = z.strictObject({
  name: z.string().min(1),
  gender: z.enum(['male', 'female', 'unspecified']).optional(),
  phone: z.string().optional(),
  /** Free text: mood, background, what they want. */
  description: z.string().optional(),
  /** Typing speed in the chat, characters per second (0 = paste instantly). @default 0 */
  typingCps: z.number().nonnegative().optional(),
});

export const Requires = z.strictObject({
  /** The agent must verify the caller's identity. */
  verification: z.boolean().optional(),
  /** The agent must give a ticket / reference number. */
  reference: z.boolean().optional(),
  /** The customer complains: the agent must acknowledge it (empathy). */
  empathy: z.boolean().optional(),
  /** The agent should offer a satisfaction survey. @default true */
  survey: z.boolean().optional(),
});

export const Scenario = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
  title: z.string().min(1),
  description: z.string().optional(),
  /** One channel or a list; a scenario with both runs once per channel. */
  channel: z.union([z.enum(['webchat', 'voice']), z.array(z.enum(['webchat', 'voice'])).min(1)]),
  target: Target.optional(),
  persona: Persona,
  /** @default "zh-CN" */
  locale: z.string().optional(),
  variables: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  steps: z.array(Step).min(1),
  facts: z.array(Fact).optional(),
  requiredInfo: z.array(RequiredInfo).optional(),
  requires: Requires.optional(),
  sla: Sla.optional(),
  /** Rubric name (scorers/rubrics/<name>.yaml) or path. @default "sjt-11739" */
  rubric: z.string().optional(),
  /** How many contacts of this scenario one run places. @default 1 */
  repeat: z.number().int().min(1).max(10_000).optional(),
  tags: z.array(z.string()).optional(),
});

export type ScenarioInput = z.input<typeof Scenario>;
export type ScenarioData = z.output<typeof Scenario>;
export type Step = StepShape;
export type FactSpec = z.output<typeof Fact>;
export type RequiredInfoSpec = z.output<typeof RequiredInfo>;
export type WebchatSelectors = z.output<typeof Selectors>;
export type WidgetSpec = z.output<typeof Widget>;
export type WidgetClickSpec = z.output<typeof WidgetClick>;

/** A validated scenario plus where it came from (for error messages and the run manifest). */
export interface LoadedScenario extends ScenarioData {
  /** Absolute path of the YAML file. */
  file: string;
  /** sha256 of the file's bytes, recorded in run manifests. */
  sha256: string;
}

export const DEFAULT_WAIT_TIMEOUT_MS = 30_000;
export const DEFAULT_HANDOFF_TIMEOUT_MS = 120_000;
export const DEFAULT_HANDOFF_LINE = '转人工';
