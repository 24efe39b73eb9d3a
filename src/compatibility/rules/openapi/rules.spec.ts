import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../../cli/load-document.js';
import { PROJECT_ROOT } from '../../../../test/support/shared-corpus.js';
import { diffOpenApi } from '../../engine/diff-openapi.js';
import type { JsonObject } from '../../diff/schema/types.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'compat', 'openapi');
const NOW = new Date('2026-11-30T00:00:00Z');

function ids(dir: string, revision: string): string[] {
  const load = (f: string) => loadDocument(join(FIXTURES, dir, f)) as JsonObject;
  return [...new Set(diffOpenApi(load('base.yaml'), load(revision), { now: NOW }).changes.map((c) => c.id))].sort();
}

describe('OpenAPI rule fixtures (test/fixtures/compat/openapi/<rule-id>)', () => {
  for (const dir of readdirSync(FIXTURES).sort()) {
    const expected = JSON.parse(readFileSync(join(FIXTURES, dir, 'expected.json'), 'utf8')) as { revision: string[]; neighbour: string[] };
    it(`${dir}: fires on its pair and not on the harmless neighbour`, () => {
      expect(ids(dir, 'revision.yaml')).toEqual(expected.revision);
      expect(ids(dir, 'neighbour.yaml')).toEqual(expected.neighbour);
      expect(expected.revision).toContain(dir);
      expect(expected.neighbour).not.toContain(dir);
    });
  }
});
