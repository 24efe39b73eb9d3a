import { BILINGUAL_TERMS } from './bilingual-terms.js';
import { bestSplit, compoundSplits, draftTerms, englishSingular, MAX_COMPOUND_CHARS, maxTypoDistance, normalisedForms, termKey, textQuery, typoDistance } from './query-expansion.js';
import { planTerm, termQuery, typoCorrections, vocabularyCandidates, type TermFacts } from './query-plan.js';
import { queryWords } from './search-text.js';

const facts = (over: Partial<TermFacts> = {}): TermFacts => ({ exact: "'x'", stem: '', prefix: '', stems: ['x'], expansions: [], known: [], near: [], nearSimilarity: [], ...over });

describe('query expansion', () => {
  it('normalises German plurals with umlauts and English plurals', () => {
    expect(normalisedForms('wasserstaende')).toContain('wasserstand');
    expect(normalisedForms('antraege')).toContain('antrag');
    expect(normalisedForms('lebensmittelwarnungen')).toContain('lebensmittelwarnung');
    expect(normalisedForms('holidays')).toContain('holiday');
    expect(englishSingular('addresses')).toBe('address');
    expect(englishSingular('class')).toBeNull();
  });

  it('splits compounds at every point, with the linking s, and picks the most balanced known split', () => {
    expect(compoundSplits('pegelstand')).toContainEqual(['pegel', 'stand']);
    expect(compoundSplits('lebensmittel')).toContainEqual(['leben', 'mittel']);
    expect(bestSplit('pegelstand', new Set(['pegel', 'stand', 'pegels', 'tand']))).toEqual(['pegel', 'stand']);
    expect(bestSplit('pegelstand', new Set(['pegel']))).toBeNull();
    expect(compoundSplits('x'.repeat(MAX_COMPOUND_CHARS + 1))).toEqual([]);
  });

  it('scales the typo distance to the word length and counts a swap of neighbours as one edit', () => {
    expect([3, 4, 6, 7, 12].map(maxTypoDistance)).toEqual([0, 1, 1, 2, 2]);
    expect(typoDistance('antrg', 'antrag', 1)).toBe(1);
    expect(typoDistance('antarg', 'antrag', 1)).toBe(1);
    expect(typoDistance('antrag', 'vertrag', 1)).toBe(2);
    expect(typoCorrections('antarg', [{ word: 'antrag', similarity: 0.27 }, { word: 'anteil', similarity: 0.3 }])).toEqual(['antrag']);
    // the first release's trigram rule still holds for long words
    expect(typoCorrections('hundesteur', [{ word: 'hundesteuer', similarity: 0.6 }])).toEqual(['hundesteuer']);
  });

  it('reads vocabulary phrases as one term and translates both ways', () => {
    const water = draftTerms(queryWords('water level'));
    expect(water.map((t) => t.text)).toEqual(['water level']);
    expect(water[0].translations.map((t) => t.text)).toEqual(expect.arrayContaining(['Pegelstand', 'Wasserstand']));
    const holidays = draftTerms(queryWords('holidays'))[0];
    expect(holidays.translations).toContainEqual({ text: 'Feiertag', matchedAs: 'TRANSLATION' });
    const pegel = draftTerms(queryWords('Pegelstand'))[0];
    expect(pegel.translations).toEqual(expect.arrayContaining([{ text: 'water level', matchedAs: 'TRANSLATION' }, { text: 'Wasserstand', matchedAs: 'SYNONYM' }]));
    expect(draftTerms(queryWords('Wasserstände'))[0].translations.map((t) => t.text)).toContain('water level');
    expect(textQuery('water level')).toBe("('water':* & 'level':*)");
    expect(termKey('Kfz-Steuer')).toBe('kfz steuer');
  });

  it('keeps the bilingual vocabulary well-formed: 100–200 groups, every group in both languages', () => {
    expect(BILINGUAL_TERMS.length).toBeGreaterThanOrEqual(100);
    expect(BILINGUAL_TERMS.length).toBeLessThanOrEqual(200);
    for (const g of BILINGUAL_TERMS) {
      expect(g.en.length && g.de.length).toBeTruthy();
      for (const t of [...g.en, ...g.de]) expect(termKey(t)).not.toBe('');
    }
  });

  it('plans labelled alternatives: plural form, compound split, typo, translation', () => {
    const [draft] = draftTerms(queryWords('Pegelstände'));
    expect(vocabularyCandidates(draft)).toEqual(expect.arrayContaining(['pegelstaende', 'pegelstand', 'pegel', 'staende']));
    const plan = planTerm(draft, facts({ known: ['pegelstand'] }));
    expect(plan.alternatives).toContainEqual({ tsquery: "'pegelstand':*", matchedAs: 'STEM', via: 'pegelstand' });
    const [split] = draftTerms(queryWords('Pegelstand'));
    expect(planTerm(split, facts({ known: ['pegel', 'stand'] })).alternatives).toContainEqual({ tsquery: "(('pegel':*) & ('stand':*))", matchedAs: 'COMPOUND_PART', via: 'pegel + stand' });
    const [typo] = draftTerms(queryWords('Antrg'));
    const typoPlan = planTerm(typo, facts({ near: ['antrag'], nearSimilarity: [0.44] }));
    expect(typoPlan.alternatives).toContainEqual({ tsquery: "'antrag'", matchedAs: 'TYPO', via: 'antrag' });
    // translations apply to the word as typed, not to its corrections
    expect(termQuery(typoPlan)).toBe("('x' | 'antrag')");
  });

  it('stays fast on hostile input (long words, many words, no backtracking)', () => {
    const started = performance.now();
    const long = 'a'.repeat(500);
    for (let i = 0; i < 200; i++) {
      const drafts = draftTerms(queryWords(`${long} ${'ä'.repeat(200)}s ${'xy'.repeat(100)}`));
      for (const d of drafts) planTerm(d, facts({ known: vocabularyCandidates(d), near: [long], nearSimilarity: [1] }));
      typoDistance('b'.repeat(40), 'c'.repeat(40), 2);
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
