import { i18n, langOf, messagesOf } from './i18n.js';

describe('catalogue messages', () => {
  it('has every German key in English and no empty message', () => {
    const de = Object.keys(messagesOf('de')).sort();
    expect(Object.keys(messagesOf('en')).sort()).toEqual(de);
    for (const lang of ['de', 'en'] as const) expect(Object.values(messagesOf(lang)).filter((v) => !v.trim())).toEqual([]);
  });

  it('is German unless English is asked for', () => {
    expect([langOf(undefined), langOf('fr'), langOf('en')]).toEqual(['de', 'de', 'en']);
  });

  it('formats dates the German way in German', () => {
    const sut = i18n('de');
    expect(sut.date(new Date('2026-12-04T10:00:00Z'))).toBe('04.12.2026');
    expect(sut.dateTime(new Date('2026-12-04T10:00:00Z'))).toBe('04.12.2026, 11:00');
    expect(i18n('en').date(new Date('2026-12-04T10:00:00Z'))).toBe('04/12/2026');
  });

  it('fills parameters', () => {
    expect(i18n('de').t('search.results', { count: 3, query: 'Antrag' })).toBe('3 Treffer für „Antrag“');
  });
});
