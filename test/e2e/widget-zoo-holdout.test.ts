/**
 * Held-out widget zoo (test/fixtures/widget-zoo-holdout): pages modelled on vendors the web-chat
 * channel was NOT developed against (Tawk.to, Crisp, HubSpot/Drift, 美洽), written without reading
 * the channel or its own zoo. Each scenario runs through the real CLI as a user would; the stored
 * contact must hold every message the page inserted — once, in order, with the right speaker — at
 * the page's own insertion time (generous 300 ms bound: the machine is shared and loaded).
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePage } from '../fixtures/widget-zoo-holdout/measure.js';
import { HOLDOUT_PAGES, startHoldoutZoo, type HoldoutZoo } from '../fixtures/widget-zoo-holdout/server.js';

const TIMING_BOUND_MS = 300;

let zoo: HoldoutZoo;
let outRoot: string;

beforeAll(async () => {
  zoo = await startHoldoutZoo();
  outRoot = await mkdtemp(path.join(os.tmpdir(), 'ms-e2e-holdout-'));
});
afterAll(async () => zoo?.close());

describe('e2e: held-out widget zoo through the CLI', () => {
  for (const page of HOLDOUT_PAGES.map((p) => p.name)) {
    it(`${page}: every inserted message captured once, in order, right speaker, timed within ${TIMING_BOUND_MS} ms`, { timeout: 200_000 }, async () => {
      const { contact, measure: m, code, output } = await measurePage(zoo, page, outRoot);
      expect(m, `no contact stored (exit ${code}):\n${output}`).toBeDefined();
      expect(m!.outcome, m!.error).toBe('completed');
      expect(code, output).toBe(0);
      // Every page inserts at least 8 messages: a vacuous comparison cannot pass.
      expect(m!.truth).toBeGreaterThanOrEqual(8);
      expect(m!.missed.map((t) => `${t.speaker}: ${t.text}`)).toEqual([]);
      expect(m!.duplicated.map((t) => `${t.speaker}: ${t.text}`)).toEqual([]);
      expect(m!.extra.map((t) => `${t.speaker}: ${t.text}`)).toEqual([]);
      expect(m!.wrongSpeaker).toEqual([]);
      expect(m!.inOrder).toBe(true);
      expect(m!.captured).toBe(m!.truth);
      expect(m!.maxErrorMs).toBeLessThanOrEqual(TIMING_BOUND_MS);
      if (page === 'hubspot') {
        // Bot → human hand-off: both moments recorded, the human's first message is the join.
        const types = contact!.events.map((e) => e.type);
        expect(types).toContain('handoff-requested');
        expect(types).toContain('agent-joined');
        const joined = contact!.events.find((e) => e.type === 'agent-joined')!;
        const firstHuman = contact!.turns.find((t) => t.speaker === 'agent')!;
        expect(Math.abs(joined.atMs - firstHuman.startMs)).toBeLessThanOrEqual(TIMING_BOUND_MS);
      }
    });
  }
});
