import { makeRecordInput, makeRequirement } from '../../../test/factories/conformance-record.factory.js';
import { makeExportZip, makeTestLog } from '../../../test/factories/oidf-export.factory.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { BUILTIN_CATALOGUE } from './builtin-catalogue.js';
import { createReportEvidence, createSuiteEvidence, type Evidence } from './evidence.js';
import type { RequirementSet } from './requirement-set.js';
import { assertValidRecord, validateRecord, type RecordValidationContext } from './validate-record.js';

const NOW = new Date('2026-11-21T08:00:00Z');
const ARF: RequirementSet = {
  name: 'EUDI-ARF-HLR',
  version: '3.0.0',
  requirements: [
    makeRequirement(),
    makeRequirement({ harmonisedId: 'EW-PIO-01-009', legacyIndex: 'OIA_04', text: 'Empty', withdrawn: true, appliesTo: [] }),
    makeRequirement({ harmonisedId: 'AS-WP-06-002', legacyIndex: 'RPA_01a', category: 'Wallet Providers', appliesTo: [] }),
    makeRequirement({ harmonisedId: 'X-1', legacyIndex: 'DUP_1' }),
    makeRequirement({ harmonisedId: 'X-1', legacyIndex: 'DUP_2' }),
  ],
};
const passing = await createSuiteEvidence(makeExportZip([makeTestLog()]), { id: 'ev-pass', now: NOW });
const failing = await createSuiteEvidence(makeExportZip([makeTestLog({ result: 'FAILED' })]), { id: 'ev-fail', now: NOW });
const report = createReportEvidence({ url: 'https://lab.example/r', description: 'Lab report' }, { id: 'ev-report', now: NOW });
const EVIDENCE = new Map<string, Evidence>([passing, failing, report].map((e) => [e.id, e]));

const ctx: RecordValidationContext = {
  findRequirementSet: (name, version) => [ARF, BUILTIN_CATALOGUE].find((s) => s.name === name && s.version === version),
  findEvidence: (id) => EVIDENCE.get(id),
};

const arfVerdict = (requirementId: string, extra: object = {}) => ({
  requirementSet: 'EUDI-ARF-HLR',
  requirementSetVersion: '3.0.0',
  requirementId,
  verdict: 'SATISFIED' as const,
  ...extra,
});

const codes = (findings: { code: string; pointer: string }[]) => findings.map((f) => `${f.code} ${f.pointer}`);

describe('validateRecord', () => {
  it('accepts a self-declared record with a SATISFIED verdict without evidence', () => {
    const sut = validateRecord(makeRecordInput({ verdicts: [arfVerdict('OIA_03c')] }), ctx);
    expect([sut.errors, sut.warnings]).toEqual([[], []]);
    expect(sut.record?.validFrom).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(sut.record?.verdicts[0]).toMatchObject({ evidenceIds: [], note: null });
  });

  it('accepts builtin-catalogue verdicts by id, with harmonised ids for ARF too', () => {
    const verdicts = [
      { requirementSet: 'DSTACK-EUDI-COMPONENT', requirementSetVersion: '1.0.0', requirementId: 'RP-PRES-01', verdict: 'SATISFIED' as const, evidenceIds: ['ev-pass'] },
      arfVerdict('EW-PIO-01-007', { evidenceIds: ['ev-report'] }),
    ];
    const sut = validateRecord(makeRecordInput({ status: 'TESTED', verdicts }), ctx);
    expect([sut.errors, sut.warnings]).toEqual([[], []]);
  });

  it('reports every rule violation at once with its pointer', () => {
    const input = makeRecordInput({
      status: 'THIRD_PARTY_ASSESSED',
      validUntil: '2026-10-01T00:00:00Z',
      verdicts: [
        arfVerdict('OIA_03c'),
        arfVerdict('OIA_99'),
        arfVerdict('OIA_04', { evidenceIds: ['ev-pass'] }),
        arfVerdict('X-1', { evidenceIds: ['ev-pass'] }),
        arfVerdict('OIA_03c', { requirementSetVersion: '2.8.0' }),
        { ...arfVerdict('A', { evidenceIds: ['nope'] }), requirementSet: 'OTHER', requirementSetVersion: '1' },
        arfVerdict('OIA_03c', { evidenceIds: ['ev-missing'] }),
        arfVerdict('EW-PIO-01-007', { verdict: 'PARTIALLY' }),
      ],
      evidence: [{ id: 'ev-pass', sha256: 'b'.repeat(64) }, { id: 'ev-gone', sha256: 'c'.repeat(64) }],
    });
    const sut = validateRecord(input, ctx);
    expect(codes(sut.errors)).toEqual([
      'ASSESSOR_MISSING /assessor',
      'INVALID_VALIDITY_PERIOD /validUntil',
      'SATISFIED_WITHOUT_EVIDENCE /verdicts/0/evidenceIds',
      'UNKNOWN_REQUIREMENT /verdicts/1/requirementId',
      'SATISFIED_WITHOUT_EVIDENCE /verdicts/1/evidenceIds',
      'WITHDRAWN_REQUIREMENT /verdicts/2/requirementId',
      'AMBIGUOUS_REQUIREMENT /verdicts/3/requirementId',
      'ARF_VERSION_MISMATCH /verdicts/4/requirementSetVersion',
      'SATISFIED_WITHOUT_EVIDENCE /verdicts/4/evidenceIds',
      'UNKNOWN_REQUIREMENT_SET /verdicts/5/requirementSet',
      'UNKNOWN_EVIDENCE /verdicts/5/evidenceIds/0',
      'UNKNOWN_EVIDENCE /verdicts/6/evidenceIds/0',
      'DUPLICATE_VERDICT /verdicts/6',
      'DUPLICATE_VERDICT /verdicts/7',
      `EVIDENCE_HASH_MISMATCH /evidence/0/sha256`,
      'UNKNOWN_EVIDENCE /evidence/1/id',
    ]);
    expect(sut.errors[6]?.message).toBe('X-1 names 2 requirements of EUDI-ARF-HLR 3.0.0; use the legacy index (DUP_1, DUP_2)');
  });

  it('warns about requirements outside the claimed roles, failed evidence and hashless pins', () => {
    const input = makeRecordInput({
      status: 'TESTED',
      roles: ['PID_PROVIDER'],
      verdicts: [
        arfVerdict('OIA_03c', { evidenceIds: ['ev-fail'] }),
        arfVerdict('RPA_01a', { verdict: 'NOT_APPLICABLE' }),
        arfVerdict('X-1', { requirementId: 'DUP_2', verdict: 'PARTIALLY' }),
      ],
      evidence: [{ id: 'ev-report', sha256: 'A'.repeat(64) }, { id: 'ev-pass', sha256: passing.sha256.toUpperCase() }],
    });
    const sut = validateRecord(input, ctx);
    expect(sut.errors).toEqual([]);
    expect(codes(sut.warnings)).toEqual([
      'REQUIREMENT_NOT_FOR_CLAIMED_ROLES /verdicts/0/requirementId',
      'EVIDENCE_HAS_FAILURES /verdicts/0/evidenceIds/0',
      'REQUIREMENT_NOT_FOR_CLAIMED_ROLES /verdicts/2/requirementId',
      'EVIDENCE_HASH_UNVERIFIABLE /evidence/0/sha256',
    ]);
    expect(sut.warnings[2]?.message).toBe('DUP_2 addresses RELYING_PARTY, RP_INTERMEDIARY, none of the claimed roles');
  });

  it('warns when TESTED cites no conformance-suite export', () => {
    const sut = validateRecord(makeRecordInput({ status: 'TESTED', verdicts: [arfVerdict('OIA_03c', { evidenceIds: ['ev-report'] })] }), ctx);
    expect(codes(sut.warnings)).toEqual(['TESTED_WITHOUT_SUITE_EVIDENCE /status']);
  });

  it('refuses STALE as a submitted status and reports shape errors with pointers', () => {
    const input = { ...makeRecordInput(), status: 'STALE', roles: ['WALLET_PROVIDER'], coveredContracts: [{ contract: 'x', version: '1.0' }] };
    const sut = validateRecord(input, ctx);
    expect(sut.record).toBeNull();
    expect(codes(sut.errors)).toEqual([
      'STATUS_NOT_SUBMITTABLE /status',
      'INVALID_FIELD /coveredContracts/0/version',
      'INVALID_FIELD /roles/0',
    ]);
  });
});

describe('assertValidRecord', () => {
  it('throws VALIDATION_FAILED with every error as a cause', () => {
    try {
      assertValidRecord(makeRecordInput({ status: 'DRAFT', verdicts: [arfVerdict('OIA_03c'), arfVerdict('OIA_04')] }), ctx);
      throw new Error('expected a DomainError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('VALIDATION_FAILED');
      expect((e as DomainError).causes.map((c) => c.code)).toEqual(['SATISFIED_WITHOUT_EVIDENCE', 'WITHDRAWN_REQUIREMENT', 'SATISFIED_WITHOUT_EVIDENCE']);
    }
  });

  it('returns the record and its warnings when there are no errors', () => {
    const sut = assertValidRecord(makeRecordInput({ roles: ['EAA_PROVIDER'], verdicts: [arfVerdict('OIA_03c')] }), ctx);
    expect([sut.record.componentSlug, sut.warnings.map((w) => w.code)]).toEqual(['buergerkonto', ['REQUIREMENT_NOT_FOR_CLAIMED_ROLES']]);
  });
});
