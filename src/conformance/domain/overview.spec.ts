import type { ConformanceRecord } from './conformance-record.js';
import { buildOverview, toCsv, type OverviewEntry } from './overview.js';

const verdict = (v: ConformanceRecord['verdicts'][number]['verdict']) => ({
  requirementSet: 'DSTACK-EUDI-COMPONENT',
  requirementSetVersion: '1.0.0',
  requirementId: 'RP-PRES-01',
  verdict: v,
  evidenceIds: [],
  note: null,
});

const ENTRIES: OverviewEntry[] = [
  {
    componentSlug: 'wallet-gateway',
    record: {
      id: 'rec-2',
      roles: ['RP_INTERMEDIARY', 'RELYING_PARTY'],
      status: 'TESTED',
      arfVersion: '2.8.0',
      validUntil: new Date('2026-12-31T00:00:00Z'),
      verdicts: [verdict('SATISFIED'), verdict('PARTIALLY'), verdict('NOT_APPLICABLE'), verdict('NOT_ASSESSED')],
    },
    staleness: {
      stale: true,
      reasons: [
        { code: 'CONTRACT_BREAKING_CHANGE', message: 'm', contract: 'c', coveredVersion: '1.0.0', breakingVersion: '2.0.0' },
        { code: 'EXPIRED', message: 'm', validUntil: new Date('2026-12-31T00:00:00Z') },
        { code: 'CONTRACT_BREAKING_CHANGE', message: 'm', contract: 'd', coveredVersion: '1.0.0', breakingVersion: '3.0.0' },
      ],
    },
  },
  { componentSlug: 'antrag-service', record: null, staleness: null },
  {
    componentSlug: 'pid-issuer',
    record: { id: 'rec-1', roles: ['PID_PROVIDER'], status: 'WITHDRAWN', arfVersion: '3.0.0', validUntil: null, verdicts: [] },
    staleness: { stale: true, reasons: [{ code: 'EXPIRED', message: 'm', validUntil: new Date('2026-01-01T00:00:00Z') }] },
  },
];

describe('buildOverview', () => {
  it('gives one row per component and claimed role, in role order, with effective status', () => {
    const sut = buildOverview(ENTRIES);
    expect(sut.map((r) => [r.component, r.role, r.status, r.satisfied, r.assessed, r.staleReasons])).toEqual([
      ['antrag-service', null, 'NO_RECORD', 0, 0, []],
      ['pid-issuer', 'PID_PROVIDER', 'WITHDRAWN', 0, 0, []],
      ['wallet-gateway', 'RELYING_PARTY', 'STALE', 1, 2, ['CONTRACT_BREAKING_CHANGE', 'EXPIRED']],
      ['wallet-gateway', 'RP_INTERMEDIARY', 'STALE', 1, 2, ['CONTRACT_BREAKING_CHANGE', 'EXPIRED']],
    ]);
  });
});

describe('toCsv', () => {
  it('writes an RFC 4180 table with a header and CRLF line ends', () => {
    expect(toCsv(buildOverview(ENTRIES))).toBe(
      'component,role,status,record_id,arf_version,valid_until,satisfied,assessed,stale_reasons\r\n' +
        'antrag-service,,NO_RECORD,,,,0,0,\r\n' +
        'pid-issuer,PID_PROVIDER,WITHDRAWN,rec-1,3.0.0,,0,0,\r\n' +
        'wallet-gateway,RELYING_PARTY,STALE,rec-2,2.8.0,2026-12-31T00:00:00.000Z,1,2,CONTRACT_BREAKING_CHANGE EXPIRED\r\n' +
        'wallet-gateway,RP_INTERMEDIARY,STALE,rec-2,2.8.0,2026-12-31T00:00:00.000Z,1,2,CONTRACT_BREAKING_CHANGE EXPIRED\r\n',
    );
  });

  it('quotes separators and quotes, and defuses spreadsheet formulas', () => {
    const row = { component: 'a,"b"', role: null, status: 'NO_RECORD' as const, recordId: '=HYPERLINK("x")', arfVersion: null, validUntil: null, satisfied: 0, assessed: 0, staleReasons: [] };
    expect(toCsv([row]).split('\r\n')[1]).toBe('"a,""b""",,NO_RECORD,"\'=HYPERLINK(""x"")",,,0,0,');
  });
});
