import { readFileSync } from 'node:fs';
import { projectPath } from '../../common/project-path.js';
import { dstackProfile } from './dstack-profile.js';
import { renderGuidelinesDoc } from './render-guidelines-doc.js';

describe('docs/guidelines.md', () => {
  it('is generated from the current dstack profile (run npm run docs:guidelines)', () => {
    expect(readFileSync(projectPath('docs', 'guidelines.md'), 'utf8')).toBe(renderGuidelinesDoc(dstackProfile()));
  });

  it('gives every dstack rule a severity, a reason and a requirement', () => {
    const rules = Object.entries(dstackProfile().definition.rules);
    const missing = rules.filter(([, r]) => typeof r !== 'object' || !r.severity || !r.reason || !r.requirement).map(([id]) => id);
    expect(missing).toEqual([]);
  });
});
