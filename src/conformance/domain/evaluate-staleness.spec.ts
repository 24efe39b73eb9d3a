import { makeRequirement } from '../../../test/factories/conformance-record.factory.js';
import type { ConformanceRecord } from './conformance-record.js';
import { diffRequirementSets } from './diff-requirement-sets.js';
import { effectiveStatus, evaluateStaleness, type StalenessInput } from './evaluate-staleness.js';

const verdict = (requirementId: string, requirementSetVersion = '2.8.0'): ConformanceRecord['verdicts'][number] => ({
  requirementSet: 'EUDI-ARF-HLR',
  requirementSetVersion,
  requirementId,
  verdict: 'SATISFIED',
  evidenceIds: [],
  note: null,
});

function makeInput(overrides: Partial<StalenessInput> = {}): StalenessInput {
  return {
    record: {
      coveredContracts: [{ contract: 'login-api', version: '1.2.0' }],
      verdicts: [],
      validUntil: new Date('2027-01-01T00:00:00Z'),
    },
    now: new Date('2026-11-21T00:00:00Z'),
    laterContractVersions: [],
    requirementSetUpdates: [],
    ...overrides,
  };
}

describe('evaluateStaleness', () => {
  it('is fresh when nothing changed', () => {
    expect(evaluateStaleness(makeInput())).toEqual({ stale: false, reasons: [] });
  });

  it('is stale from the moment validUntil is reached', () => {
    const sut = evaluateStaleness(makeInput({ now: new Date('2027-01-01T00:00:00Z') }));
    expect(sut).toEqual({
      stale: true,
      reasons: [{ code: 'EXPIRED', message: 'the record was valid until 2027-01-01T00:00:00.000Z', validUntil: new Date('2027-01-01T00:00:00Z') }],
    });
  });

  it('is stale after a later breaking release of a covered contract only', () => {
    const sut = evaluateStaleness(
      makeInput({
        laterContractVersions: [
          { contract: 'login-api', version: '1.3.0', breaking: false },
          { contract: 'login-api', version: '2.0.0', breaking: true },
          { contract: 'login-api', version: '1.1.0', breaking: true },
          { contract: 'other-api', version: '9.0.0', breaking: true },
        ],
      }),
    );
    expect(sut.reasons).toEqual([
      {
        code: 'CONTRACT_BREAKING_CHANGE',
        message: 'login-api 2.0.0 breaks compatibility with the covered version 1.2.0',
        contract: 'login-api',
        coveredVersion: '1.2.0',
        breakingVersion: '2.0.0',
      },
    ]);
  });

  it('is stale when an assessed requirement changed, was withdrawn or removed in a newer release', () => {
    const older = [
      makeRequirement({ harmonisedId: 'EW-PIO-01-006', legacyIndex: 'OIA_03c', text: 'old' }),
      makeRequirement({ harmonisedId: 'EW-PIO-01-007', legacyIndex: 'OIA_04' }),
      makeRequirement({ harmonisedId: 'EW-PIO-01-008', legacyIndex: 'OIA_05' }),
      makeRequirement({ harmonisedId: 'EW-PIO-01-009', legacyIndex: 'OIA_06' }),
    ];
    const newer = [
      makeRequirement({ harmonisedId: 'EW-PIO-01-007', legacyIndex: 'OIA_03c', text: 'new' }),
      makeRequirement({ harmonisedId: 'EW-PIO-01-009', legacyIndex: 'OIA_04', text: 'Empty', withdrawn: true }),
      makeRequirement({ harmonisedId: 'EW-PIO-01-010', legacyIndex: 'OIA_06' }),
    ];
    const update = { requirementSet: 'EUDI-ARF-HLR', fromVersion: '2.8.0', toVersion: '3.0.0', diff: diffRequirementSets(older, newer) };
    const record = { ...makeInput().record, verdicts: [verdict('EW-PIO-01-006'), verdict('OIA_04'), verdict('OIA_05'), verdict('OIA_06'), verdict('OIA_03c', '3.0.0')] };
    const sut = evaluateStaleness(makeInput({ record, requirementSetUpdates: [update] }));
    expect(sut.reasons.map((r) => r.message)).toEqual([
      'EUDI-ARF-HLR requirement EW-PIO-01-006 changed its text in 3.0.0 (now EW-PIO-01-007)',
      'EUDI-ARF-HLR requirement OIA_04 was withdrawn in 3.0.0',
      'EUDI-ARF-HLR requirement OIA_05 was removed in 3.0.0',
    ]);
    expect(sut.reasons[0]).toEqual({
      code: 'REQUIREMENT_CHANGED',
      message: 'EUDI-ARF-HLR requirement EW-PIO-01-006 changed its text in 3.0.0 (now EW-PIO-01-007)',
      requirementSet: 'EUDI-ARF-HLR',
      requirementId: 'EW-PIO-01-006',
      toVersion: '3.0.0',
      change: 'TEXT_CHANGED',
    });
  });
});

describe('effectiveStatus', () => {
  const stale = { stale: true, reasons: [] };
  const fresh = { stale: false, reasons: [] };

  it.each([
    ['TESTED', stale, 'STALE'],
    ['SELF_DECLARED', stale, 'STALE'],
    ['WITHDRAWN', stale, 'WITHDRAWN'],
    ['THIRD_PARTY_ASSESSED', fresh, 'THIRD_PARTY_ASSESSED'],
  ] as const)('shows %s as %s', (status, staleness, expected) => {
    expect(effectiveStatus(status, staleness)).toBe(expected);
  });
});
