// The shape of one AsyncAPI compatibility rule. A rule reads only the diff tree and returns Changes.
import type { AsyncApiDiff } from '../../diff/asyncapi/build-diff.js';
import type { Flow } from '../../diff/asyncapi/model.js';
import type { Change, ChangeLevel } from '../../engine/change.js';

export type AsyncApiArea =
  | 'channels' | 'operations' | 'messages' | 'payload' | 'servers' | 'security' | 'bindings' | 'documentation';

export interface AsyncApiRule {
  /** Stable kebab-case id; the ids a rule may emit are listed in `emits` when they are more than one. */
  id: string;
  area: AsyncApiArea;
  /** Level for messages the component sends (`read`) and receives (`write`). */
  levels: Record<Flow, ChangeLevel>;
  /** One line: why a consumer or producer cares. */
  reason: string;
  /** Further ids produced by this rule (delegated schema rules use `<id>-<schema rule>`). */
  emits?: 'schema-rules';
  check(diff: AsyncApiDiff): Change[];
}

export function defineAsyncApiRule(rule: AsyncApiRule): AsyncApiRule {
  return rule;
}

/** Builds a Change for `rule`; the level follows the flow when one applies. */
export function change(
  rule: AsyncApiRule, flow: Flow | undefined, pointer: string, message: string, operation?: string,
): Change {
  const level = rule.levels[flow ?? 'read'];
  return operation ? { id: rule.id, level, pointer, operation, message } : { id: rule.id, level, pointer, message };
}

export const both = (level: ChangeLevel): Record<Flow, ChangeLevel> => ({ read: level, write: level });
