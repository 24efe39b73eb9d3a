import type { SearchElement } from './extract-search-elements.js';
import { componentText, documentText, prepareElement, vocabulary } from './prepare-search-document.js';

const op: SearchElement = {
  kind: 'OPERATION', label: 'POST /antraege', method: 'POST', path: '/antraege',
  text: { A: ['/antraege', 'antragEinreichen'], B: ['Anträge einreichen'], C: [], D: ['POST'] },
};

describe('prepare search document', () => {
  it('keeps the german text and an umlaut-folded lower-case twin per weight', () => {
    const sut = prepareElement(op);
    expect(sut.text.A).toEqual({ german: 'antraege antrag Einreichen antragEinreichen', simple: 'antraege antrag einreichen antrageinreichen' });
    expect(sut.text.B).toEqual({ german: 'Anträge einreichen', simple: 'antraege einreichen' });
    expect(sut.content).toBe('POST /antraege · /antraege · antragEinreichen · Anträge einreichen · POST');
  });

  it('merges all elements into one document text and builds the vocabulary', () => {
    const doc = documentText([op, { ...op, label: 'X', text: { A: ['Hundesteuer'], B: [], C: [], D: [] } }]);
    expect(doc.A.simple).toBe('antraege antrag einreichen antrageinreichen hundesteuer');
    const comp = componentText({ name: 'Bürgerpostfach', description: 'Post', tags: ['ozg'] });
    expect(comp.A.simple).toBe('buergerpostfach');
    expect(vocabulary([doc, comp])).toEqual(['antraege', 'antrag', 'antrageinreichen', 'buergerpostfach', 'einreichen', 'hundesteuer', 'ozg', 'post']);
  });
});
