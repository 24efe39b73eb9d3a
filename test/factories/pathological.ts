// Pathological but valid OpenAPI documents for the liveness guarantee (issue 11, findings 1, 4 and 6) and
// `npm run bench:publish-scaling`. Generated, so no megabytes are committed; `scale` grows each linearly.

export interface PathologicalShape {
  id: string;
  what: string;
  /** The document at `scale` (1 = the base size; the liveness test uses the largest that fits the limit). */
  make: (scale: number) => string;
}

const head = (title: string, description = 'generated'): string =>
  `openapi: 3.0.3\ninfo:\n  title: ${title}\n  version: 1.0.0\n  description: ${description}\n`;

const WORDS = ['Antrag', 'einreichen', 'Bescheid', 'Behörde', 'Verwaltung', 'Nachweis', 'Zustellung', 'Postfach', 'Register', 'Auskunft', 'Gebühr', 'Frist'];

/** n words of German-ish prose, varied like a real description (not one repeated token). */
function prose(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(i % 7 === 0 ? `${WORDS[i % WORDS.length]}${i}` : WORDS[(i * 7) % WORDS.length]);
  return out.join(' ');
}

export const PATHOLOGICAL_SHAPES: PathologicalShape[] = [
  {
    id: 'capital-run',
    what: 'info.description of one run of capital letters (splitIdentifier backtracked on it)',
    make: (scale) => `${head('caps', 'A'.repeat(1_000_000 * scale))}paths: {}\n`,
  },
  {
    id: 'long-words',
    what: 'info.description of 100,000-letter words',
    make: (scale) => `${head('words', Array.from({ length: 10 * scale }, (_, i) => `${'x'.repeat(99_999)}${i % 10}`).join(' '))}paths: {}\n`,
  },
  {
    id: 'many-paths',
    what: '2,500 paths per scale step (20,000 at 8×)',
    make: (scale) => `${head('paths')}paths:\n${Array.from({ length: 2_500 * scale }, (_, i) =>
      `  /antraege${i}/{antragId}/statusAbfrage:\n    get:\n      operationId: getAntragStatus${i}\n      summary: Status des Antrags ${i} abfragen\n      parameters:\n        - {name: antragId, in: path, required: true, schema: {type: string}}\n      responses:\n        '200':\n          description: ok\n`).join('')}`,
  },
  {
    id: 'ref-chain',
    what: 'one $ref chain of 625 links per scale step (5,000 at 8×)',
    make: (scale) => {
      const n = 625 * scale;
      const schemas = Array.from({ length: n }, (_, i) => (i < n - 1 ? `    S${i}:\n      $ref: '#/components/schemas/S${i + 1}'\n` : `    S${i}:\n      type: string\n`));
      return `${head('chain')}paths: {}\ncomponents:\n  schemas:\n${schemas.join('')}`;
    },
  },
  {
    id: 'yaml-anchors',
    what: '2,500 YAML anchors, each aliased once, per scale step (20,000 at 8×)',
    make: (scale) => `${head('anchors')}paths: {}\n${Array.from({ length: 2_500 * scale }, (_, i) => `x-a${i}: &a${i} { v: ${i} }\nx-b${i}: *a${i}\n`).join('')}`,
  },
  {
    id: 'big-description',
    what: 'a valid document with a 1.1 MB description per scale step (9 MB at 8×)',
    make: (scale) => `${head('big', prose(110_000 * scale))}paths: {}\n`,
  },
];
