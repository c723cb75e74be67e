/**
 * What one voice channel knows about the calls its contacts own: SIDs returned by calls.create or
 * adopted, SIDs seen on webhooks sent to each contact's own URLs (Twilio echoes CallSid on every
 * webhook, and the URL names the contact: the one per-contact marker Twilio gives back), and the
 * creates still waiting for an answer per (To, From). The safe create (twilio-calls.ts) uses it to
 * tell our lost call from another contact's before adopting anything.
 */
export class CallRegistry {
  private readonly owner = new Map<string, string>();
  private readonly byContact = new Map<string, string>();
  private readonly waiters = new Map<string, Set<(sid: string) => void>>();
  private readonly inFlight = new Map<string, number>();

  /** A SID belongs to a contact (create answered, call adopted, or a webhook to its URL named it). */
  claim(sid: string, contactId: string): void {
    if (!this.owner.has(sid)) this.owner.set(sid, contactId);
    if (!this.byContact.has(contactId)) {
      this.byContact.set(contactId, sid);
      this.waiters.get(contactId)?.forEach((w) => w(sid));
      this.waiters.delete(contactId);
    }
  }

  /** Forget a finished contact (its SIDs stay claimed: they are nobody else's). */
  release(contactId: string): void {
    this.byContact.delete(contactId);
    this.waiters.delete(contactId);
  }

  /** SIDs owned by contacts other than `contactId`. */
  othersThan(contactId: string): Set<string> {
    const out = new Set<string>();
    for (const [sid, owner] of this.owner) if (owner !== contactId) out.add(sid);
    return out;
  }

  sidOf(contactId: string): string | undefined {
    return this.byContact.get(contactId);
  }

  /** The SID a webhook names for this contact, waiting up to `ms` for one. */
  waitForSid(contactId: string, ms: number, sleep: (ms: number) => Promise<void>): Promise<string | undefined> {
    const known = this.byContact.get(contactId);
    if (known || ms <= 0) return Promise.resolve(known);
    return new Promise((resolve) => {
      let done = false;
      const finish = (sid: string | undefined) => {
        if (done) return;
        done = true;
        this.waiters.get(contactId)?.delete(finish);
        resolve(sid);
      };
      let set = this.waiters.get(contactId);
      if (!set) this.waiters.set(contactId, (set = new Set()));
      set.add(finish);
      void sleep(ms).then(() => finish(this.byContact.get(contactId)));
    });
  }

  /** Counts a create to (to, from) that is waiting for Twilio's answer; call the result when answered. */
  sending(to: string, from: string): () => void {
    const key = `${to}\u0000${from}`;
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      const n = (this.inFlight.get(key) ?? 1) - 1;
      if (n > 0) this.inFlight.set(key, n);
      else this.inFlight.delete(key);
    };
  }

  createsInFlight(to: string, from: string): number {
    return this.inFlight.get(`${to}\u0000${from}`) ?? 0;
  }
}
