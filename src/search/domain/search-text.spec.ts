import { foldUmlauts, parseOperationPattern, queryWords, searchableText, splitIdentifier } from './search-text.js';

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
});
