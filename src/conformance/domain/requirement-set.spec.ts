import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describeWithShared } from '../../../test/support/shared-corpus.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { findRequirement, parseArfCsv, type RequirementSet } from './requirement-set.js';

const HEADER =
  'Harmonized_ID;Part;Category;Topic;Topic_Number;Topic_Title;Subsection;Index;Requirement_specification;Notes';

describe('parseArfCsv', () => {
  it('maps columns, trims cells, detects withdrawn rows and derives roles', () => {
    const csv = [
      HEADER,
      'EW-PIO-01-007;Ecosystem-Wide Rules;Protocols & Interoperability;Topic 1 - X;1;X;;OIA_03c;"Relying Parties SHALL use ""x"";\nnow";Note ',
      'AS-RP-05-001;Actor-Specific Requirements;Relying Parties;Topic 5;5;Y;A. Sub;RP_01;Empty;',
    ].join('\n');
    const [first, second] = parseArfCsv(new TextEncoder().encode('\uFEFF' + csv));
    expect(first).toEqual({
      harmonisedId: 'EW-PIO-01-007',
      legacyIndex: 'OIA_03c',
      part: 'Ecosystem-Wide Rules',
      category: 'Protocols & Interoperability',
      topic: 'X',
      topicNumber: 1,
      subsection: null,
      text: 'Relying Parties SHALL use "x";\nnow',
      notes: 'Note',
      withdrawn: false,
      appliesTo: ['RELYING_PARTY', 'RP_INTERMEDIARY'],
    });
    expect(second).toMatchObject({ legacyIndex: 'RP_01', subsection: 'A. Sub', withdrawn: true, appliesTo: [] });
  });

  it('lists every row of the wrong width', () => {
    const csv = `${HEADER}\na;b\nEW-1;p;c;t;1;t;;I_1;text;\nc;d;e`;
    try {
      parseArfCsv(csv);
      throw new Error('expected a DomainError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('INVALID_DOCUMENT');
      expect((e as DomainError).causes).toEqual([
        { message: 'row 1 has 2 fields, expected 10', pointer: '/1', code: 'ROW_WIDTH' },
        { message: 'row 3 has 3 fields, expected 10', pointer: '/3', code: 'ROW_WIDTH' },
      ]);
    }
  });

  it('rejects a file without the ARF columns', () => {
    expect(() => parseArfCsv('id,text\n1,x')).toThrow(/lacks the column\(s\) Harmonized_ID, Part/);
  });

  it('rejects bytes that are not UTF-8', () => {
    expect(() => parseArfCsv(new Uint8Array([0x48, 0xff, 0xfe]))).toThrow('not valid UTF-8');
  });
});

describe('findRequirement', () => {
  const set: RequirementSet = {
    name: 'S',
    version: '1',
    requirements: parseArfCsv(
      `${HEADER}\nEW-1;p;c;t;1;t;;A_1;one;\nEW-1;p;c;t;1;t;;A_2;two;\nEW-2;p;c;t;1;t;;A_3;three;`,
    ),
  };

  it('finds by legacy index and by a unique harmonised id', () => {
    expect(findRequirement(set, 'A_2')).toMatchObject({ kind: 'found', requirement: { text: 'two' } });
    expect(findRequirement(set, 'EW-2')).toMatchObject({ kind: 'found', requirement: { text: 'three' } });
  });

  it('reports a reused harmonised id as ambiguous and an unknown id as unknown', () => {
    expect(findRequirement(set, 'EW-1')).toMatchObject({ kind: 'ambiguous', candidates: [{}, {}] });
    expect(findRequirement(set, 'nope')).toEqual({ kind: 'unknown' });
  });
});

describeWithShared('eudi', 'parseArfCsv on the official ARF files', (dir) => {
  const load = (v: string) => parseArfCsv(readFileSync(join(dir, `arf-${v}-high-level-requirements.csv`)));

  it('reads all 656 rows of ARF 2.8.0, 85 of them withdrawn', () => {
    const sut = load('2.8.0');
    expect(sut).toHaveLength(656);
    expect(sut.filter((r) => r.withdrawn)).toHaveLength(85);
    expect(new Set(sut.map((r) => r.legacyIndex)).size).toBe(656);
    expect(new Set(sut.map((r) => r.harmonisedId)).size).toBe(648);
  });

  it('reads all 725 rows of ARF 3.0.0 with unique ids and quoted text intact', () => {
    const sut = load('3.0.0');
    expect(sut).toHaveLength(725);
    expect(sut.filter((r) => r.withdrawn)).toHaveLength(103);
    expect(new Set(sut.map((r) => r.harmonisedId)).size).toBe(725);
    const pid04 = sut.find((r) => r.legacyIndex === 'PID_04');
    expect(pid04?.text).toBe(
      'PID Providers SHALL use "eu.europa.ec.eudi.pid.1" as the attestation type for ISO/IEC 18013-5-compliant PIDs.',
    );
    expect(pid04?.appliesTo).toEqual(['PID_PROVIDER']);
    expect(sut.find((r) => r.legacyIndex === 'OIA_03c')?.harmonisedId).toBe('EW-PIO-01-007');
  });
});
