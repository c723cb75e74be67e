import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Count the writer's appends: a burst of records must cost one write, not one per line.
const appendCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    appendFile: (...args: Parameters<typeof actual.appendFile>) => {
      appendCalls.count++;
      return actual.appendFile(...args);
    },
  };
});
import {
  GroundTruthWriter,
  groupByRef,
  readGroundTruth,
  summariseSessions,
  type GroundTruthRecord,
} from '../../../mocks/centre/ground-truth.js';

async function tempFile(name: string): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'centre-gt-')), 'nested', name);
}

describe('ground truth', () => {
  it('writes many records from one tick in order, creating the directory, and reads them back', async () => {
    const path = await tempFile('gt.jsonl');
    const writer = new GroundTruthWriter(path);
    const records: GroundTruthRecord[] = Array.from({ length: 500 }, (_, i) => ({
      type: 'message',
      sessionId: `s${i % 7}`,
      ref: `ref-${i % 7}`,
      seq: i,
      speaker: 'agent',
      text: `第${i}条消息`,
      at: 1_700_000_000_000 + i,
    }));
    appendCalls.count = 0;
    for (const r of records) writer.write(r);
    await writer.flush();
    expect(appendCalls.count).toBe(1);
    writer.write({ type: 'end', sessionId: 's0', ref: 'ref-0', by: 'customer', at: 1 });
    await writer.flush();
    const back = await readGroundTruth(path);
    expect(back).toEqual([...records, { type: 'end', sessionId: 's0', ref: 'ref-0', by: 'customer', at: 1 }]);
    const text = await readFile(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n').filter(Boolean)).toHaveLength(501);
  });

  it('appends to an existing file and reports a broken line with its number', async () => {
    const path = await tempFile('gt.jsonl');
    const w1 = new GroundTruthWriter(path);
    w1.write({ type: 'queued', sessionId: 'a', ref: 'r', position: 2, at: 5 });
    await w1.flush();
    const w2 = new GroundTruthWriter(path);
    w2.write({ type: 'queued', sessionId: 'b', ref: 'r', position: 1, at: 6 });
    await w2.flush();
    expect((await readGroundTruth(path)).map((r) => r.sessionId)).toEqual(['a', 'b']);
    await writeFile(path, '{"type":"end"}\nnot json\n');
    await expect(readGroundTruth(path)).rejects.toThrow(/:2: not a JSON line/u);
  });

  it('groups by ref and summarises sessions', () => {
    const records: GroundTruthRecord[] = [
      { type: 'session', sessionId: 's1', ref: 'c1', channel: 'webchat', profile: 'slow', agentId: null, agentName: null, at: 1 },
      { type: 'queued', sessionId: 's1', ref: 'c1', position: 1, at: 1 },
      { type: 'session', sessionId: 's2', ref: 'c2', channel: 'webchat', profile: 'exemplary', agentId: '1023', agentName: '小李', at: 2 },
      { type: 'agent-joined', sessionId: 's1', ref: 'c1', agentId: '1040', at: 3 },
      { type: 'defect', sessionId: 's1', ref: 'c1', check: 'first-response', kind: 'slow-first-response', at: 4 },
      { type: 'fact', sessionId: 's1', ref: 'c1', key: 'loss-fee', stated: '不收取任何费用', correct: true, at: 5 },
      { type: 'end', sessionId: 's1', ref: 'c1', by: 'agent', at: 6 },
    ];
    const byRef = groupByRef(records);
    expect([...byRef.keys()]).toEqual(['c1', 'c2']);
    expect(byRef.get('c1')).toHaveLength(6);
    const [s1, s2] = summariseSessions(records);
    expect(s1).toMatchObject({ ref: 'c1', profile: 'slow', agentId: '1040', queuedAt: 1, joinedAt: 3, endedBy: 'agent' });
    expect(s1!.defects.map((d) => d.check)).toEqual(['first-response']);
    expect(s1!.facts).toHaveLength(1);
    expect(s2).toMatchObject({ ref: 'c2', agentId: '1023', defects: [] });
  });
});
