import { DomainError } from '../../common/errors/domain-error.js';
import { parseCsv, quoteCsvField, writeCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with escaped quotes, separators and line breaks', () => {
    const text = '\uFEFFa;b;c\r\n"x ""y""";"1;2";"line1\nline2"\n';
    expect(parseCsv(text, { delimiter: ';' })).toEqual([
      ['a', 'b', 'c'],
      ['x "y"', '1;2', 'line1\nline2'],
    ]);
  });

  it('keeps empty fields and a last line without a line break', () => {
    expect(parseCsv('a,,c\n,,', { delimiter: ',' })).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('returns no rows for empty text', () => {
    expect(parseCsv('', { delimiter: ',' })).toEqual([]);
  });

  it('rejects an unterminated quote with its line', () => {
    const sut = () => parseCsv('a\n"open', { delimiter: ',' });
    expect(sut).toThrow(DomainError);
    expect(sut).toThrow('Malformed CSV: unterminated quoted field starting on line 2');
  });

  it('rejects a stray quote in an unquoted field', () => {
    expect(() => parseCsv('ab"c', { delimiter: ',' })).toThrow('stray quote in an unquoted field on line 1');
  });
});

describe('writeCsv', () => {
  it('quotes only fields that need it and ends lines with CRLF', () => {
    expect(writeCsv([['plain', 'a,b', 'say "hi"', 'two\nlines']])).toBe(
      'plain,"a,b","say ""hi""","two\nlines"\r\n',
    );
  });

  it('round-trips through parseCsv', () => {
    const rows = [['x', 'y,"z"'], ['', 'multi\r\nline']];
    expect(parseCsv(writeCsv(rows), { delimiter: ',' })).toEqual(rows);
  });

  it('quotes for the given separator', () => {
    expect(quoteCsvField('a;b', ';')).toBe('"a;b"');
    expect(quoteCsvField('a;b')).toBe('a;b');
  });
});
