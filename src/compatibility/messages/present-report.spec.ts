import { makeReport } from '../engine/report.js';
import { fingerprintOf } from '../engine/fingerprint.js';
import { langFromAcceptLanguage, presentReport } from './present-report.js';

describe('REST presentation of reports', () => {
  const change = { id: 'operation-removed', level: 'breaking' as const, pointer: '/paths/~1alt/get', operation: 'GET /alt', message: 'GET /alt was removed without deprecation' };

  it('adds the v1 fingerprint and localizes the message; the fingerprint stays the English one', () => {
    const sut = presentReport({ ...makeReport('openapi', [change]), mode: 'BACKWARD' }, 'de');
    expect(sut.mode).toBe('BACKWARD');
    expect(sut.changes).toEqual([{ ...change, message: 'GET /alt wurde ohne vorherige Deprecation entfernt', fingerprint: fingerprintOf('openapi', change) }]);
  });

  it('passes null and foreign shapes through', () => {
    expect(presentReport(null, 'de')).toBeNull();
    expect(presentReport({ some: 'thing' }, 'de')).toEqual({ some: 'thing' });
  });

  it.each([
    [undefined, 'en'], ['de', 'de'], ['de-DE,de;q=0.9,en;q=0.8', 'de'], ['en-US,de;q=0.5', 'en'],
    ['fr, de;q=0.3', 'de'], ['fr', 'en'], ['de;q=0, en;q=0.1', 'en'], ['*', 'en'],
  ])('reads Accept-Language %j as %s', (header, lang) => {
    expect(langFromAcceptLanguage(header)).toBe(lang);
  });
});
