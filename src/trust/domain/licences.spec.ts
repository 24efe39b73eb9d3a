import { licenceFact, licenceFacts } from './licences.js';

describe('licenceFact', () => {
  it('normalises free text to an SPDX expression with the spdx-* packages', () => {
    expect(licenceFact('Apache 2')).toMatchObject({ expression: 'Apache-2.0', ids: ['Apache-2.0'], osiApproved: true, copyleft: false, unknown: false });
    expect(licenceFact('eupl-1.2')).toMatchObject({ expression: 'EUPL-1.2', osiApproved: true });
    expect(licenceFact('GPL-2.0')).toMatchObject({ expression: 'GPL-2.0-only', copyleft: true, osiApproved: true });
  });

  it('judges an expression by all its licences', () => {
    expect(licenceFact('MIT OR (GPL-3.0-or-later AND EUPL-1.2)')).toEqual({
      raw: 'MIT OR (GPL-3.0-or-later AND EUPL-1.2)', expression: 'MIT OR (GPL-3.0-or-later AND EUPL-1.2)', ids: ['MIT', 'GPL-3.0-or-later', 'EUPL-1.2'],
      osiApproved: true, copyleft: false, unknown: false,
    });
    expect(licenceFact('MIT AND GPL-3.0-or-later')).toMatchObject({ osiApproved: true, copyleft: true });
    expect(licenceFact('CC0-1.0 AND MIT')).toMatchObject({ osiApproved: false });
    expect(licenceFact('MIT OR WTFPL')).toMatchObject({ osiApproved: true });
  });

  it('marks LicenseRef and text nobody understands as unknown and not OSI-approved', () => {
    expect(licenceFact('LicenseRef-Vendor')).toMatchObject({ expression: 'LicenseRef-Vendor', unknown: true, osiApproved: false });
    expect(licenceFact('all rights reserved, ask legal')).toMatchObject({ expression: null, unknown: true, osiApproved: false });
  });

  it('deduplicates by expression', () => {
    expect(licenceFacts(['MIT', 'MIT', 'mit']).map((f) => f.expression)).toEqual(['MIT']);
  });
});
