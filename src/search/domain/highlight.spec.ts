import { highlight } from './highlight.js';

describe('highlight', () => {
  it('marks whole words, compound parts and stems, case- and umlaut-insensitively', () => {
    const sut = highlight('Anträge einreichen · Hundesteuer', { words: ['steuer'], stems: ['antrag', 'einreich'] });
    expect(sut).toBe('<mark>Anträge</mark> <mark>einreichen</mark> · <mark>Hundesteuer</mark>');
  });

  it('escapes HTML and returns null without a match', () => {
    expect(highlight('<b>Antrag</b>', { words: ['antrag'], stems: [] })).toBe('&lt;b&gt;<mark>Antrag</mark>&lt;/b&gt;');
    expect(highlight('nichts', { words: ['antrag'], stems: [] })).toBeNull();
  });

  it('cuts a window around the first match', () => {
    const text = `${'vorher '.repeat(40)}Antrag${' nachher'.repeat(40)}`;
    const sut = highlight(text, { words: ['antrag'], stems: [] }, 60)!;
    expect(sut.startsWith('…')).toBe(true);
    expect(sut.endsWith('…')).toBe(true);
    expect(sut).toContain('<mark>Antrag</mark>');
  });
});
