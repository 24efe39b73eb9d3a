import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { isObject } from '../../diff/schema/json-pointer.js';
import { defineRule } from '../../engine/define-rule.js';
import type { Finding } from '../../engine/define-rule.js';

const DOC_FIELDS = ['summary', 'description'];

function infoChanges(diff: OpenApiDiff): Finding[] {
  const before = isObject(diff.base.root.info) ? diff.base.root.info : {};
  const after = isObject(diff.revision.root.info) ? diff.revision.root.info : {};
  return ['title', 'description', 'termsOfService']
    .filter((f) => before[f] !== after[f])
    .map((f) => ({ pointer: `/info/${f}`, message: `info ${f} changed` }));
}

// Documentation only: nothing changes on the wire; listed so changelogs can mention it.
export const documentationChanged = defineRule<OpenApiDiff>({
  id: 'documentation-changed', level: 'info', direction: 'none', area: 'documentation',
  reason: 'Documentation only.',
  check: (diff) => [
    ...infoChanges(diff),
    ...diff.operations.modified.flatMap(({ base, revision }) => DOC_FIELDS
      .filter((f) => base.raw[f] !== revision.raw[f])
      .map((f) => ({ pointer: `${revision.pointer}/${f}`, operation: revision.label, message: `${f} of ${revision.label} changed` }))),
  ],
});
