import { canonicalJson, ChainVerifier, eventHash, GENESIS_HASH, type ChainedEvent } from '../../src/audit/domain/audit-chain.js';

function chain(n: number): (ChainedEvent & { hash: string })[] {
  const out: (ChainedEvent & { hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e: ChainedEvent = { seq: String(i), occurredAt: new Date(1_700_000_000_000 + i), actor: 'a', actorTokenId: null, action: 'x', subjectType: 's', subject: `s${i}`, component: null, beforeDigest: null, afterDigest: null, details: { b: 1, a: [2] }, prevHash: prev };
    prev = eventHash(e);
    out.push({ ...e, hash: prev });
  }
  return out;
}

describe('audit chain', () => {
  it('canonicalises key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
  });

  it('accepts an intact chain whose head matches', () => {
    const v = new ChainVerifier();
    const events = chain(3);
    events.forEach((e) => v.add(e));
    expect(v.finish({ lastSeq: '3', lastHash: events[2].hash })).toBeNull();
  });

  it('reports the first modified, missing or truncated event', () => {
    const modified = chain(3);
    modified[1] = { ...modified[1], actor: 'mallory' };
    const v1 = new ChainVerifier();
    modified.forEach((e) => v1.add(e));
    expect(v1.broken).toMatchObject({ seq: '2', reason: 'HASH_MISMATCH' });

    const gap = chain(3).filter((e) => e.seq !== '2');
    const v2 = new ChainVerifier();
    gap.forEach((e) => v2.add(e));
    expect(v2.broken).toMatchObject({ seq: '3', reason: 'SEQUENCE_GAP' });

    const events = chain(3);
    const v3 = new ChainVerifier();
    events.slice(0, 2).forEach((e) => v3.add(e));
    expect(v3.finish({ lastSeq: '3', lastHash: events[2].hash })).toMatchObject({ reason: 'HEAD_MISMATCH' });
  });

  it('detects truncation below a checkpoint and a different hash at its seq', () => {
    const events = chain(5);
    const truncated = new ChainVerifier([{ seq: '5', headHash: events[4].hash }]);
    for (const e of events.slice(0, 3)) truncated.add(e);
    expect(truncated.finish({ lastSeq: '3', lastHash: events[2].hash })?.reason).toBe('TRUNCATED');
    const rewritten = new ChainVerifier([{ seq: '2', headHash: 'f'.repeat(64) }]);
    for (const e of events) rewritten.add(e);
    expect(rewritten.finish({ lastSeq: '5', lastHash: events[4].hash })).toMatchObject({ seq: '2', reason: 'CHECKPOINT_MISMATCH' });
    const intact = new ChainVerifier([{ seq: '3', headHash: events[2].hash }]);
    for (const e of events) intact.add(e);
    expect(intact.finish({ lastSeq: '5', lastHash: events[4].hash })).toBeNull();
  });
});
