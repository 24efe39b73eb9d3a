import { getNamedType, getNullableType, isCompositeType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';

/**
 * Cost of one operation, computed with its variable values (graphql-query-complexity), so a `first`
 * passed in a variable counts like a literal one. Leaves cost nothing, every object costs 1 plus its
 * selection, a list multiplies its selection by its page size: the `first` argument where it has one
 * (default values included), else an assumed length. Heavy fields add their own cost on top.
 */
export const ASSUMED_LIST_LENGTH = 10;

/** Extra cost of fields that load or compute much more than a row: documents, reports, diffs. */
export const FIELD_COST: Readonly<Record<string, number>> = {
  // Documents are bounded by their size in the response budget (response-budget.ts); the cost only
  // keeps the count of document loads in one request reasonable.
  'ContractVersionModel.document': 20,
  'ContractVersionModel.documentJson': 20,
  'ContractVersionModel.compatibilityReport': 20,
  'ContractVersionModel.changelog': 20,
  'Query.contractVersion': 10,
  'Query.compareVersions': 200,
  'Query.checkCompatibility': 200,
  'Query.searchContracts': 20,
  'Query.components': 10,
  'Query.conformanceOverview': 50,
  'Query.verifyAuditChain': 500,
};

function estimate({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  // Introspection is bounded by graphql-js' MaxIntrospectionDepthRule (query-limits.ts), not by cost.
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const extra = FIELD_COST[`${type.name}.${field.name}`] ?? 0;
  if (!isCompositeType(getNamedType(field.type))) return extra;
  const first = typeof args.first === 'number' ? Math.max(0, args.first) : undefined;
  // A connection's page size is its `first`; its `edges` list is that page, not a multiplier again.
  const list = isListType(getNullableType(field.type));
  const length = first ?? (list && !type.name.endsWith('Connection') ? ASSUMED_LIST_LENGTH : 1);
  return extra + length * (1 + childComplexity);
}

/**
 * Returns the cost, or null when the variables do not fit the operation (execution then refuses them
 * with its own message before any resolver runs).
 */
export function operationCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number | null {
  try {
    return getComplexity({ schema, query, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [estimate] });
  } catch {
    return null;
  }
}
