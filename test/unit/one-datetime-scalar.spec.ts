import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../src/common/project-path.js';

// Nest's GraphQLISODateTime and our strict DateTime scalar share the schema name "DateTime": a model that
// uses Nest's makes the schema fail to build ("multiple types named DateTime") and accepts invalid dates.
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('GraphQL DateTime', () => {
  it('is declared only through the strict scalar of common/graphql', () => {
    const offenders = sources(projectPath('src'))
      .filter((f) => !f.endsWith('date-time.scalar.ts'))
      .filter((f) => /\bGraphQLISODateTime\b/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
