// The fast js-yaml locator must agree with the server's `yaml` AST locator on every node of real files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithShared, PROJECT_ROOT } from '../../../test/support/shared-corpus.js';
import { issue } from '../../contracts/domain/contract-issues.js';
import { addPositions } from '../../contracts/domain/source-locator.js';
import { makePositioner } from '../../contracts/domain/source-position.js';
import { load } from 'js-yaml';
import { offsetOf, yamlPositionTree } from './yaml-key-positions.js';

function agree(file: string): number {
  const text = readFileSync(file, 'utf8');
  const all = pointers(load(text)).filter((p) => p !== '');
  const expected = addPositions(all.map((p) => issue('YAML_SYNTAX', '', p)), text, 'yaml');
  const tree = yamlPositionTree(text);
  const pos = makePositioner(text);
  for (const e of expected) {
    const got = pos(offsetOf(tree, e.pointer));
    expect([file, e.pointer, got.line, got.column]).toEqual([file, e.pointer, e.line, e.column]);
  }
  return expected.length;
}

function pointers(node: unknown, at = ''): string[] {
  if (node === null || typeof node !== 'object') return [at];
  const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
  return [at, ...entries.flatMap(([k, v]) => pointers(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
}

describe('yaml key positions', () => {
  const root = join(PROJECT_ROOT, 'test', 'fixtures', 'compat');
  const files = ['openapi', 'asyncapi'].flatMap((k) => readdirSync(join(root, k), { withFileTypes: true })
    .filter((d) => d.isDirectory()).map((d) => join(root, k, d.name, 'base.yaml')));

  it('places every node of every fixture where the yaml AST locator does', () => {
    let compared = 0;
    for (const file of files) compared += agree(file);
    expect(compared).toBeGreaterThan(1000);
  });

  it('falls back to the nearest ancestor for pointers the text does not hold', () => {
    const text = 'a:\n  b:\n    - x\n    - y\n';
    const tree = yamlPositionTree(text);
    expect(offsetOf(tree, '/a/b/1')).toBe(text.indexOf('y'));
    expect(offsetOf(tree, '/a/nope/deeper')).toBe(0);
    expect(offsetOf(tree, '/a/b/9')).toBe(text.indexOf('b'));
  });
});

// Real block-style YAML (bundesAPI), when the shared corpus is there.
describeWithShared('corpus/openapi/versions', 'yaml key positions on real contracts', (dir) => {
  it.each(['nina-api/2021-07-25_d0938f98.yaml', 'autobahn-api/2021-07-25_fd255fa4.yaml', 'smard-api/2021-08-21_9af9ccf3.yaml'])('agrees with the AST locator on %s', (f) => {
    const file = join(dir, f);
    expect(agree(file)).toBeGreaterThan(50);
  });
});
