// Titles, summaries, descriptions, tags, examples and info fields change no wire behaviour.
import type { JsonObject } from '../../diff/asyncapi/json.js';
import { deepEqual, esc } from '../../diff/asyncapi/json.js';
import type { Change } from '../../engine/change.js';
import { both, change, defineAsyncApiRule } from './define-rule.js';

function docChanges(what: string, pointer: string, b: JsonObject, r: JsonObject, operation?: string): Change[] {
  const keys = [...new Set([...Object.keys(b), ...Object.keys(r)])].sort();
  return keys.filter((k) => !deepEqual(b[k] ?? null, r[k] ?? null)).map((k) =>
    change(documentationChanged, undefined, `${pointer}/${esc(k)}`, `${what} ${k} changed`, operation));
}

export const documentationChanged = defineAsyncApiRule({
  id: 'documentation-changed', area: 'documentation', levels: both('info'),
  reason: 'documentation only; no client behaviour depends on it',
  check: (diff) => [
    ...docChanges('info', '/info', diff.info.base, diff.info.revision),
    ...diff.servers.modified.flatMap((p) => docChanges(`server '${p.revision.name}'`, p.revision.pointer, p.base.docs, p.revision.docs)),
    ...diff.channels.modified.flatMap((p) => docChanges(`channel '${p.revision.address ?? p.revision.id}'`, p.revision.pointer, p.base.docs, p.revision.docs)),
    ...diff.operations.modified.flatMap((op) => [
      ...docChanges(`operation '${op.revision.label}'`, op.revision.pointer, op.base.docs, op.revision.docs, op.revision.label),
      ...op.messages.modified.flatMap((m) => docChanges(`message '${m.revision.key}'`, m.revision.pointer, m.base.docs, m.revision.docs, op.revision.label)),
    ]),
  ],
});
