import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describeWithShared } from '../../../test/support/shared-corpus.js';
import { diffRequirementSets } from './diff-requirement-sets.js';
import { parseArfCsv, type Requirement } from './requirement-set.js';

function makeRequirement(overrides: Partial<Requirement> = {}): Requirement {
  return {
    harmonisedId: 'EW-PIO-01-001',
    legacyIndex: 'OIA_01',
    part: 'Ecosystem-Wide Rules',
    category: 'Protocols & Interoperability',
    topic: 'T',
    topicNumber: 1,
    subsection: null,
    text: 'Relying Parties SHALL do X.',
    notes: null,
    withdrawn: false,
    appliesTo: ['RELYING_PARTY', 'RP_INTERMEDIARY'],
    ...overrides,
  };
}

describe('diffRequirementSets', () => {
  it('pairs by legacy index even when the harmonised id moved', () => {
    const older = [makeRequirement({ harmonisedId: 'EW-PIO-01-006', legacyIndex: 'OIA_03c' })];
    const newer = [makeRequirement({ harmonisedId: 'EW-PIO-01-007', legacyIndex: 'OIA_03c', text: ' Relying Parties SHALL  do X. ' })];
    expect(diffRequirementSets(older, newer)).toEqual({
      added: [],
      removed: [],
      textChanged: [],
      withdrawn: [],
      renumbered: [{ legacyIndex: 'OIA_03c', from: 'EW-PIO-01-006', to: 'EW-PIO-01-007' }],
    });
  });

  it('classifies added, removed, withdrawn, reinstated and changed requirements', () => {
    const kept = makeRequirement({ legacyIndex: 'A', text: 'old' });
    const gone = makeRequirement({ legacyIndex: 'B' });
    const dying = makeRequirement({ legacyIndex: 'C' });
    const dormant = makeRequirement({ legacyIndex: 'D', text: 'Empty', withdrawn: true });
    const older = [kept, gone, dying, dormant];
    const changed = { ...kept, text: 'new' };
    const dead = { ...dying, text: 'Empty', withdrawn: true };
    const revived = { ...dormant, text: 'back', withdrawn: false };
    const fresh = makeRequirement({ legacyIndex: 'E' });
    const sut = diffRequirementSets(older, [changed, dead, revived, fresh]);
    expect(sut).toEqual({
      added: [revived, fresh],
      removed: [gone],
      textChanged: [{ before: kept, after: changed }],
      withdrawn: [dying],
      renumbered: [],
    });
  });

  it('falls back to the harmonised id for rows without a legacy index', () => {
    const older = [makeRequirement({ legacyIndex: null, harmonisedId: 'X-1', text: 'a' })];
    const newer = [makeRequirement({ legacyIndex: null, harmonisedId: 'X-1', text: 'b' })];
    expect(diffRequirementSets(older, newer).textChanged).toHaveLength(1);
  });
});

describeWithShared('eudi', 'diffRequirementSets ARF 2.8.0 → 3.0.0', (dir) => {
  const load = (v: string) => parseArfCsv(readFileSync(join(dir, `arf-${v}-high-level-requirements.csv`)));

  it('finds the exact counts of each kind of change', () => {
    const sut = diffRequirementSets(load('2.8.0'), load('3.0.0'));
    expect({
      added: sut.added.length,
      removed: sut.removed.length,
      textChanged: sut.textChanged.length,
      withdrawn: sut.withdrawn.length,
      renumbered: sut.renumbered.length,
    }).toEqual({ added: 75, removed: 0, textChanged: 286, withdrawn: 24, renumbered: 250 });
    expect(sut.renumbered).toContainEqual({ legacyIndex: 'OIA_03c', from: 'EW-PIO-01-006', to: 'EW-PIO-01-007' });
    expect(sut.withdrawn.map((r) => r.legacyIndex)).toContain('OIA_04');
    expect(sut.added.map((r) => r.legacyIndex)).toContain('OIA_01a');
  });
});
