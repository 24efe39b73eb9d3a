import { validateProfileDefinition } from './profile-definition.js';

describe('validateProfileDefinition', () => {
  it('accepts a declarative profile with core functions, builtin and stored extends', () => {
    const sut = validateProfileDefinition({
      extends: ['spectral:oas', ['dstack', 'off'], 'land-nrw@1.2.0'],
      formats: ['oas3'],
      rules: {
        'operation-tags': 'error',
        'my-title': { given: '$.info.title', then: { function: 'pattern', functionOptions: { match: '^Land' } }, severity: 'warn', reason: 'r', requirement: 'q' },
      },
    });
    expect(sut).toEqual([]);
  });

  it('reports every problem at once with its pointer', () => {
    const sut = validateProfileDefinition({
      functionsDir: './functions',
      aliases: {},
      extends: ['../other.yaml', 'https://example.org/r.yaml', ['dstack', 'loud']],
      formats: ['oas9'],
      rules: {
        a: { given: 'info', then: { function: 'myJs' }, severity: 'fatal', extra: 1 },
        b: { given: '$.x', then: { function: 'pattern', functionOptions: { match: '(a+)+$' } } },
        c: { given: '$.y' },
      },
    });
    expect(sut.map((p) => p.pointer)).toEqual([
      '/functionsDir', '/aliases', '/formats/0', '/extends/0', '/extends/1', '/extends/2/1',
      '/rules/a/extra', '/rules/a/severity', '/rules/a/given', '/rules/a/then/function',
      '/rules/b/then/functionOptions/match', '/rules/c/then',
    ]);
    expect(sut.find((p) => p.pointer === '/rules/a/then/function')?.message).toContain('custom JavaScript is not allowed');
  });

  it('refuses a document that is not an object', () => {
    expect(validateProfileDefinition(['rules'])).toEqual([{ pointer: '', message: 'a profile is an object with `rules`' }]);
  });
});
