import { html } from '../render/html.js';
import { BUILTIN_SECTIONS } from './builtin-sections.js';
import { ComponentSections, type ComponentSection } from './component-sections.js';

const section = (id: string, order: number): ComponentSection => ({ id, order, title: () => id, render: () => html`<p>${id}</p>` });

describe('component page sections', () => {
  it('lists sections by order, then id, with a later feature between the built-in ones', () => {
    const sut = new ComponentSections();
    for (const s of BUILTIN_SECTIONS) sut.register(s);
    sut.register(section('maturity', 50));
    sut.register(section('guidelines', 50));
    expect(sut.list().map((s) => s.id)).toEqual(['facts', 'contracts', 'conformance', 'guidelines', 'maturity', 'audit']);
  });

  it('refuses a second section with the same id', () => {
    const sut = new ComponentSections();
    sut.register(section('trust', 40));
    expect(() => sut.register(section('trust', 41))).toThrow('component page section "trust" is registered twice');
  });
});
