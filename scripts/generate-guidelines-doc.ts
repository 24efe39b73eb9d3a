// npm run docs:guidelines — writes docs/guidelines.md from the built-in dstack profile.
import { writeFileSync } from 'node:fs';
import { projectPath } from '../src/common/project-path.js';
import { dstackProfile } from '../src/guidelines/domain/dstack-profile.js';
import { renderGuidelinesDoc } from '../src/guidelines/domain/render-guidelines-doc.js';

writeFileSync(projectPath('docs', 'guidelines.md'), renderGuidelinesDoc(dstackProfile()));
console.log('docs/guidelines.md written');
