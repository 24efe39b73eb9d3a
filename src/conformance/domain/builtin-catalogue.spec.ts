import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describeWithShared } from '../../../test/support/shared-corpus.js';
import { BUILTIN_CATALOGUE } from './builtin-catalogue.js';
import { parseArfCsv } from './requirement-set.js';
import { CONFORMANCE_ROLES } from './roles.js';

describe('BUILTIN_CATALOGUE', () => {
  const sut = BUILTIN_CATALOGUE.requirements;

  it('is DSTACK-EUDI-COMPONENT 1.0.0 with 24 uniquely identified entries', () => {
    expect([BUILTIN_CATALOGUE.name, BUILTIN_CATALOGUE.version, sut.length]).toEqual(['DSTACK-EUDI-COMPONENT', '1.0.0', 24]);
    expect(new Set(sut.map((r) => r.harmonisedId)).size).toBe(sut.length);
  });

  it('gives every entry a title, a text, at least one role and one ARF reference', () => {
    for (const r of sut) {
      expect([r.harmonisedId, r.title.length > 0, r.text.length > 0, r.appliesTo.length > 0, r.arfRefs.length > 0]).toEqual([
        r.harmonisedId, true, true, true, true,
      ]);
    }
  });

  it('covers every component role', () => {
    const covered = new Set(sut.flatMap((r) => r.appliesTo));
    expect(CONFORMANCE_ROLES.filter((role) => !covered.has(role))).toEqual([]);
  });
});

describeWithShared('eudi', 'BUILTIN_CATALOGUE against ARF 3.0.0', (dir) => {
  const arf = parseArfCsv(readFileSync(join(dir, 'arf-3.0.0-high-level-requirements.csv')));

  it('references only existing, active ARF requirements with matching ids', () => {
    const refs = BUILTIN_CATALOGUE.requirements.flatMap((r) => r.arfRefs);
    const broken = refs.filter((ref) => {
      const hit = arf.find((a) => a.legacyIndex === ref.legacyIndex);
      return !hit || hit.withdrawn || hit.harmonisedId !== ref.harmonisedId;
    });
    expect(broken).toEqual([]);
    expect(refs).toHaveLength(32);
  });
});
