"""Builds one contact's dialogue (who says what, in which order, with which pause before it) from a
scenario and the behaviours chosen for the contact. Timing in milliseconds is added by timing.py.

A beat is a dict: sp (speaker), text, kind ('ask' = hands the word to the customer, 'announce' = asks
the customer to wait / announces a look-up, 'plain'), gap (ms of silence before it; None = a normal
conversational gap chosen by timing.py; negative = overlap), plus flags (bc = backchannel,
thanks = opens with thanks/apology for a wait). The labels are set by gen.py from the same plan."""
import phrases as P

APOLOGY_WORDS = ('抱歉', '对不起', '不好意思', '理解', '添麻烦', '别着急', '委屈')
# Customer prompts in the forbidden lists that voice dissatisfaction: only used in contacts that
# already opened with a complaint, so that they never become the contact's first complaint.
COMPLAINT_WORDS = ('总该', '想不通', '投诉', '领导', '12345', '12315', '曝光', '不负责', '骗钱', '进步', '冤', '管不管', '不管吗',
                   '修了三次', '难用', '黄牛', '快点', '催', '怎么不提前', '不接电话')


def is_complaint_prompt(text: str) -> bool:
    return any(w in text for w in COMPLAINT_WORDS)


def is_repeat_prompt(text: str) -> bool:
    return any(w in text for w in ('再说', '再讲'))


class Dialogue:
    def __init__(self, ctx):
        self.ctx, self.rng, self.ch = ctx, ctx['rng'], ctx['channel']
        self.plan, self.S, self.D = ctx['plan'], ctx['scenario'], ctx['domain']
        self.beats = []
        self.prefix = []            # words the next agent turn opens with
        self.next_gap = None        # silence before the next agent turn (hold / dead air)
        self.next_thanks = False
        self.agent_turns = 0
        self.complaint_at = None    # agent-turn count when the first complaint was made
        self.empathy_turn = None    # which agent turn after the complaint apologises (1-based)
        self.curt = 'curt' in self.plan

    # -- helpers ---------------------------------------------------------------------------------
    def pick(self, options):
        return self.rng.choice(options[self.ch] if isinstance(options, dict) else options)

    def say_agent(self, text, kind='plain', gap=None, **flags):
        parts = list(self.prefix)
        self.prefix = []
        self.agent_turns += 1
        if self.complaint_at is not None and self.empathy_turn is not None:
            if self.agent_turns - self.complaint_at == self.empathy_turn:
                parts.append(self.pick(P.EMPATHY))
        if self.next_gap is not None:
            gap, self.next_gap = self.next_gap, None
        if self.next_thanks:
            flags['thanks'], self.next_thanks = True, False
        if 'id_late' in self.plan and self.agent_turns == self.ctx['id_late_turn']:
            text = text + self.rng.choice(P.ID_LATE_TAG)     # introduced too late (3rd turn or later)
        beat = dict(sp='agent', text=''.join(parts) + text, kind=kind, gap=gap, **flags)
        self.beats.append(beat)
        return beat

    def say_customer(self, text, gap=None, **flags):
        beat = dict(sp='customer', text=text, kind='plain', gap=gap, **flags)
        self.beats.append(beat)
        return beat

    def mark_complaint(self):
        if self.complaint_at is None:
            self.complaint_at = self.agent_turns
            if 'empathy_cold' in self.plan:
                self.empathy_turn = None
            elif 'empathy_late' in self.plan:
                self.empathy_turn = 3
            else:
                self.empathy_turn = 2 if 'empathy_second' in self.plan else 1

    def fact_text(self, fact, wrong=False):
        if wrong and fact.get('say_wrong'):
            tmpl = fact['say_wrong']      # the wrong value in a sentence that still reads naturally
        else:
            tmpl = fact['curt'] if self.curt else self.rng.choice(fact['say'])
        return tmpl.replace('{F}', '{W:%s}' % fact['key'] if wrong else '{F:%s}' % fact['key'])

    # -- parts of the contact ----------------------------------------------------------------------
    def opening(self):
        plan, ch = self.plan, self.ch
        greet_fail, id_missing, id_late = 'greet_fail' in plan, 'id_missing' in plan, 'id_late' in plan
        if greet_fail:
            if id_missing or id_late:
                text = self.pick(P.CURT_OPEN if self.curt else P.NO_GREET)
            else:
                text = self.pick(P.ID_NO_GREET)
        elif id_missing:
            text = self.pick(P.GREET_ORG_ONLY if self.rng.random() < 0.6 else P.GREET_ONLY)
        elif id_late or 'id_second' in plan:
            text = self.pick(P.GREET_ONLY)
        else:
            text = self.pick(P.GREET_ID)
        if 'first_slow_default' in plan:
            # The line is open, the agent is there but says nothing: the caller tries twice.
            first, second = self.rng.sample(P.C_HELLO[self.ch], 2)
            self.say_customer(first, gap='join+1500')
            self.say_customer(second, gap=self.rng.randint(5000, 7000))
            self.say_agent(text, 'ask', gap='slow-first')
        else:
            self.say_agent(text, 'ask', gap='first')
        if 'id_second' in plan:
            self.prefix.append(self.rng.choice(P.ID_LATER))

    def customer_opening(self):
        text = self.rng.choice(self.S['open'])
        if 'mild_complaint' in self.plan:
            text = text.rstrip('。？！ ') + ('，' if self.ch == 'voice' else ' ') + self.pick(P.C_MILD_COMPLAINT)
        beat = self.say_customer(text, opening=True)
        if self.ctx['complaint']:
            self.mark_complaint()
        return beat

    def verify(self):
        V = self.D['verify']
        n = 0 if self.curt else self.rng.randrange(len(V['ask']))
        self.say_agent(V['curt'] if self.curt else V['ask'][n], 'ask')
        self.say_customer(V['answer'][n])        # answers are written to match their ask
        self.prefix.append('' if self.curt else self.rng.choice(V['ok']))

    def ask_info(self, item, pause=False):
        n = self.rng.randrange(len(item['ask']))
        self.say_agent(item['curt'] if self.curt else item['ask'][n], 'ask')
        answer = item['answer'][n] if len(item['answer']) == len(item['ask']) else self.rng.choice(item['answer'])
        if pause and self.ch == 'voice':
            # "呃…等一下啊，我找找…" then the answer: the customer's own pause, never the agent's silence.
            self.say_customer(self.pick(P.C_PAUSE_LEAD), pause=True)
            self.say_customer(answer, gap=self.rng.randint(4000, 9000))
        elif pause:
            self.say_customer(answer, pause=True)   # a long think before typing
        else:
            self.say_customer(answer)

    def wait_phase(self):
        """Holds, waits and silences before the answer (the injected timing behaviours)."""
        plan, rng, ch, voice = self.plan, self.rng, self.ch, self.ch == 'voice'
        announce = P.HOLD_ANNOUNCE_CURT if self.curt else P.HOLD_ANNOUNCE[ch]
        if 'hold_ok' in plan or 'hold_unthanked' in plan:
            self.say_agent(rng.choice(announce), 'announce', moh='moh' in plan)
            if rng.random() < 0.6:
                self.say_customer(self.pick(P.C_ACK))
            self.next_gap = rng.randint(18000, 65000) if voice else rng.randint(36000, 95000)
            if 'hold_ok' in plan:
                self.prefix.append(self.pick(P.HOLD_THANKS))
                self.next_thanks = True
            else:
                self.prefix.append(self.pick(P.HOLD_RESUME_BARE))
        elif 'wait_short' in plan:
            self.say_agent(rng.choice(announce), 'announce')
            self.next_gap = rng.randint(9000, 13000) if voice else rng.randint(14000, 19000)
            if rng.random() < 0.5:
                self.prefix.append(self.pick(P.HOLD_THANKS))
                self.next_thanks = True
        elif 'hold_unannounced' in plan:
            if not voice and 'latency_via_hold' in plan:
                self.next_gap = rng.randint(34000, 60000)       # straight after the customer's message
            else:
                self.say_agent(self.pick(P.ACK_CURT if self.curt else P.FILLER_NO_HANDOVER), 'plain',
                               moh=voice and 'moh' in plan)
                self.next_gap = rng.randint(16000, 28000) if voice else rng.randint(34000, 60000)
            self.prefix.append(self.pick(P.HOLD_RESUME_BARE))
        elif 'deadair_short' in plan:
            self.next_gap = rng.randint(8600, 13000)
        elif 'latency_long' in plan:
            self.next_gap = rng.randint(31500, 45000)
            self.prefix.append(self.pick(P.HOLD_RESUME_BARE))
        elif 'latency_strict' in plan:
            self.next_gap = rng.randint(21500, 27500)
        elif 'slow_reply_ok' in plan:
            self.next_gap = rng.randint(22000, 28000)

    def facts(self):
        S, plan, rng = self.S, self.plan, self.rng
        facts = {f['key']: f for f in S['facts']}
        primary = facts[S['primary']]
        secondary = [f for f in S['facts'] if f['key'] != S['primary']]
        if S.get('action'):
            # Verification scenarios: the agent discloses account details / acts on the account here.
            self.prefix.append(S['action'])
        if 'nonanswer' in plan:
            self.say_agent(rng.choice(self.D['nonanswer']))
        else:
            self.say_agent(self.fact_text(primary))
        for fact in secondary:
            wrong = 'fact_wrong' in plan
            if 'fact_missing' in plan:
                continue
            if rng.random() < 0.5:
                self.say_customer(rng.choice(S['ask2']))
                self.say_agent(self.fact_text(fact, wrong))
            else:
                self.say_agent(self.fact_text(fact, wrong))
        self.say_customer(self.pick(P.C_THANKS), thanks_turn=True)

    def side_exchange(self):
        """A polite look-alike of a forbidden phrase, or the forbidden phrase itself."""
        if 'forbidden' in self.plan or 'forbidden_rude' in self.plan:
            rude = 'forbidden_rude' in self.plan
            items = [f for f in self.D['forbidden'] if f[2] == rude and
                     (self.complaint_at is not None or not is_complaint_prompt(f[0])) and
                     not ('nonanswer' in self.plan and is_repeat_prompt(f[0]))]
            prompt, line, _ = self.rng.choice(items)
            self.say_customer(prompt)
            if is_repeat_prompt(prompt):
                line += self.fact_text({f['key']: f for f in self.S['facts']}[self.S['primary']])
            self.say_agent(line)
            self.say_customer(self.pick(P.C_ACK))
        if 'lookalike' in self.plan:
            prompt, line = self.rng.choice(self.D['lookalike'])
            self.say_customer(prompt)
            self.say_agent(line)
            self.say_customer(self.pick(P.C_ACK))

    def reference(self):
        R = dict(self.D['ref'], **self.S.get('ref', {}))     # a scenario may word its own references
        if 'ref_missing' in self.plan:
            self.say_agent(self.rng.choice(R['fail']))
        else:
            self.say_agent(self.rng.choice(R['say']))
        self.say_customer(self.pick({'voice': ['好，我记一下。', '嗯，记下了。', '行。'], 'webchat': ['好的', '收到', '截图了']}))

    def wrap_up(self):
        rng, plan = self.rng, self.plan
        self.say_agent(rng.choice(P.ANYTHING_ELSE_CURT) if self.curt else self.pick(P.ANYTHING_ELSE), 'ask')
        self.say_customer(self.pick(P.C_NO_MORE))
        survey = '' if ('survey_missing' in plan or not self.S['requires'].get('survey', True)) else self.pick(P.SURVEY)
        if 'closing_fail' in plan:
            end = self.pick(P.END_NO_CLOSING)
        elif self.curt:
            end = rng.choice(P.CLOSING_CURT)
        else:
            end = self.pick(P.CLOSING).replace('{WISH}', rng.choice(self.S.get('wish') or self.D['wish']))
        if survey and rng.random() < 0.4:
            self.say_agent(survey)
            self.say_agent(end, gap=rng.randint(300, 900) if self.ch == 'voice' else rng.randint(1500, 4000))
        else:
            self.say_agent((survey + end) if survey else end)
        if 'closing_fail' not in plan and rng.random() < 0.5:
            self.say_customer(self.pick(P.C_BYE), after_close=True)

    def build(self):
        S, plan = self.S, self.plan
        self.opening()
        self.customer_opening()
        needs_verify = S['requires'].get('verification')
        items = [i for i in S['info'] if i['key'] not in self.ctx['omit_info']]
        pause_at = self.ctx.get('pause_info')
        first = True
        if self.complaint_at is not None and 'empathy_cold' in plan and self.rng.random() < 0.5:
            self.say_agent(self.pick(P.COLD_AFTER_COMPLAINT), 'ask')
            self.say_customer(self.rng.choice(S['open']))
        elif self.complaint_at is None or self.empathy_turn != 1:
            if (self.rng.random() < 0.4 and not self.prefix) or not (items or needs_verify):
                self.say_agent(self.pick(P.ACK_CURT if self.curt else P.ACK), 'plain')
                first = False
        if needs_verify and not ({'verif_skip', 'verif_late'} & plan):
            self.verify()
        for n, item in enumerate(items):
            self.ask_info(item, pause=(pause_at == n))
        if not first and not items and not needs_verify:
            pass
        self.wait_phase()
        self.facts()
        self.side_exchange()
        if needs_verify and 'verif_late' in plan:
            self.verify()
            self.say_agent('')          # the verification 'ok' words alone
        if 'cust_left' in plan:
            self.say_customer(self.pick(P.C_LEAVE), left=True)
            return self.beats
        if S['requires'].get('reference'):
            self.reference()
        self.wrap_up()
        return self.beats
