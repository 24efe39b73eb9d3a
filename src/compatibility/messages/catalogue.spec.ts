// Guard of the message catalogue: every rule has German and English messages with the same
// placeholders, every message the fixtures produce matches its English template (so the catalogue
// cannot drift from the rules), and every such message has a German rendering.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/shared-corpus.js';
import { loadDocument } from '../../cli/load-document.js';
import { catalogueKeyOf, ruleCatalogue } from '../engine/rule-catalogue.js';
import { diffDocuments } from '../engine/index.js';
import { CATALOGUES, localizeMessage, matchTemplate, placeholders, text } from './catalogue.js';

const { en: EN, de: DE } = CATALOGUES;

function fixtureChanges(): Array<{ kind: 'openapi' | 'asyncapi'; id: string; message: string }> {
  const out: Array<{ kind: 'openapi' | 'asyncapi'; id: string; message: string }> = [];
  for (const kind of ['openapi', 'asyncapi'] as const) {
    const root = join(PROJECT_ROOT, 'test', 'fixtures', 'compat', kind);
    for (const rule of readdirSync(root)) {
      for (const side of ['revision.yaml', 'neighbour.yaml']) {
        if (!existsSync(join(root, rule, 'base.yaml')) || !existsSync(join(root, rule, side))) continue;
        const report = diffDocuments(loadDocument(join(root, rule, 'base.yaml')), loadDocument(join(root, rule, side)), { now: new Date('2026-12-04') });
        out.push(...report.changes.map((c) => ({ kind, id: c.id, message: c.message })));
      }
    }
  }
  return out;
}

describe('message catalogue', () => {
  const keys = ruleCatalogue().map((e) => e.key);

  it('has exactly the catalogue keys of all 109 rules in both languages', () => {
    expect(keys).toHaveLength(109);
    expect(Object.keys(EN.rules).sort()).toEqual([...keys].sort());
    expect(Object.keys(DE.rules).sort()).toEqual([...keys].sort());
  });

  it('gives every rule a German reason and the same templates, placeholder for placeholder', () => {
    for (const key of keys) {
      expect([key, Boolean(DE.rules[key].reason)]).toEqual([key, true]);
      expect([key, DE.rules[key].messages.length]).toEqual([key, EN.rules[key].messages.length]);
      EN.rules[key].messages.forEach((m, i) => expect([key, placeholders(DE.rules[key].messages[i])]).toEqual([key, placeholders(m)]));
    }
  });

  it('has every CLI text and error in both languages', () => {
    expect(Object.keys(DE.texts).sort()).toEqual(Object.keys(EN.texts).sort());
    for (const k of Object.keys(EN.texts)) expect([k, placeholders(DE.texts[k])]).toEqual([k, placeholders(EN.texts[k])]);
  });

  it('matches every message the fixtures produce and renders it in German', () => {
    const changes = fixtureChanges();
    expect(changes.length).toBeGreaterThan(100);
    const untranslated = changes.filter((c) => localizeMessage(catalogueKeyOf(c.kind, c.id), c.message, 'de') === c.message);
    expect(untranslated).toEqual([]);
  });

  it('renders exact German sentences', () => {
    expect(localizeMessage('openapi:operation-removed', 'GET /antraege/{id} was removed without deprecation', 'de'))
      .toBe('GET /antraege/{id} wurde ohne vorherige Deprecation entfernt');
    expect(localizeMessage('openapi:request-parameter-removed', "query parameter 'q' was removed", 'de')).toBe("Query-Parameter 'q' wurde entfernt");
    expect(localizeMessage('schema:property-removed', "response body 'AntragView': property 'geheim' was removed", 'de'))
      .toBe("Response-Body 'AntragView': Property 'geheim' wurde entfernt");
    // A value containing the template's separator still reads correctly.
    expect(localizeMessage('schema:property-removed', "request body 'A: b': property 'x' was removed", 'de')).toBe("Request-Body 'A: b': Property 'x' wurde entfernt");
    expect(text('de', 'err.twoFiles')).toBe('genau zwei Dateien erwartet: <Basis> <Revision>');
  });

  it('leaves a message that matches no template in English', () => {
    expect(localizeMessage('openapi:operation-removed', 'something else', 'de')).toBe('something else');
    expect(matchTemplate('{a} was removed', 'was removed')).toBeUndefined();
  });
});
