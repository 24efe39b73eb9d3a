import { foldUmlauts, MAX_WORD_CHARS, parseOperationPattern, queryWords, searchableText, splitIdentifier } from './search-text.js';

// The regex pair splitIdentifier used before issue 11 (quadratic on capital runs): the oracle for its output.
const regexSplit = (word: string): string[] => word
  .replace(/([a-zäöüß0-9])([A-ZÄÖÜ])/g, '$1 $2')
  .replace(/([A-ZÄÖÜ]+)([A-ZÄÖÜ][a-zäöüß])/g, '$1 $2')
  .split(/\s+/)
  .filter(Boolean);

describe('search text', () => {
  it('folds German umlauts and ß', () => {
    expect(foldUmlauts('Anträge für Bürger, Straße')).toBe('Antraege fuer Buerger, Strasse');
  });

  it('splits identifiers and keeps compounds whole', () => {
    expect(splitIdentifier('getAntragStatus')).toEqual(['get', 'Antrag', 'Status']);
    expect(splitIdentifier('HTTPServer')).toEqual(['HTTP', 'Server']);
    expect(searchableText('POST /antraege/{antragId}/status')).toBe('POST antraege antrag Id antragId status');
  });

  it('turns a query into distinct lower-case words with folded twins', () => {
    expect(queryWords('Anträge /antraege/{id} Anträge')).toEqual([
      { original: 'anträge', folded: 'antraege' }, { original: 'antraege', folded: 'antraege' }, { original: 'id', folded: 'id' },
    ]);
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8);
  });

  it('parses operation patterns into method and LIKE pattern', () => {
    expect(parseOperationPattern('post /antraege*')).toEqual({ method: 'POST', pathLike: '/antraege%' });
    expect(parseOperationPattern('/antraege/{id}/status')).toEqual({ method: null, pathLike: '/antraege/{%}/status' });
    expect(parseOperationPattern('GET /a_b%')).toEqual({ method: 'GET', pathLike: '/a\\_b\\%' });
    expect(parseOperationPattern('POST /a /b')).toBeNull();
  });
  it('speaks send/receive from the component view and takes the AsyncAPI 2.x keywords as aliases', () => {
    expect(parseOperationPattern('SEND zahlung.*')).toEqual({ method: 'SEND', pathLike: 'zahlung.%' });
    expect(parseOperationPattern('subscribe zahlung.*')).toEqual({ method: 'SEND', pathLike: 'zahlung.%' });
    expect(parseOperationPattern('PUBLISH zahlung.*')).toEqual({ method: 'RECEIVE', pathLike: 'zahlung.%' });
    expect(parseOperationPattern('receive x')?.method).toBe('RECEIVE');
  });
  it('splits exactly like the former regexes (random words over the relevant character classes)', () => {
    const alphabet = 'aBcÄäß0 Z9ÖxYü';
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 20_000; k++) {
      const word = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(splitIdentifier(word)).toEqual(regexSplit(word));
    }
  });

  it('issue 11 finding 1: splits a run of 1,000,000 capitals in linear time and caps words for the index', () => {
    const started = performance.now();
    expect(splitIdentifier('A'.repeat(1_000_000))).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1_000);
    const text = searchableText(`${'B'.repeat(50_000)}Xy ${'q'.repeat(50_000)}`);
    expect(Math.max(...text.split(' ').map((w) => w.length))).toBe(MAX_WORD_CHARS);
  });
});
