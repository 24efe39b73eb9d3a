import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { MaxIntrospectionDepthRule, specifiedRules } from 'graphql';

/**
 * Limits every GraphQL operation must stay within: depth, aliases, directives (graphql-armor), tokens
 * (graphql-js), cost with the variable values (operation-cost.ts, checked in request-limits.plugin.ts:
 * graphql-armor's own cost rule sees literals only, so a `first` passed in a variable escaped it), and
 * the response budget for documents (response-budget.ts). Page sizes are capped by MAX_PAGE_SIZE.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  // A page of 50 components with their contracts (assumed 10) and versions (default page 20) costs
  // about 13,000; with 100 versions each, five times that.
  maxCost: 20_000,
} as const;

// Apollo Server 5 validates with graphql-js `specifiedRules`, which (graphql ≥ 16.9) include
// MaxIntrospectionDepthRule: the cost and depth limits skip introspection, this rule covers it.
// The assertion keeps an upgrade from silently dropping it.
if (!specifiedRules.includes(MaxIntrospectionDepthRule)) {
  throw new Error('graphql-js no longer applies MaxIntrospectionDepthRule by default; add it to validationRules');
}

export function queryLimitOptions(): Pick<ApolloDriverConfig, 'plugins' | 'validationRules' | 'parseOptions'> {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // The token limit is graphql-js' own parse option (below): armor's variant fails outside Apollo's
    // request pipeline, which answers a client error with HTTP 500.
    maxTokens: { enabled: false },
    // Replaced by the variable-aware cost in request-limits.plugin.ts.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  // graphql-armor is typed against Apollo's CJS declarations, Nest against the ESM ones: same objects.
  return {
    plugins: plugins as unknown as ApolloDriverConfig['plugins'],
    validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}

// Messages of the limits above (graphql-armor prefixes them with "Syntax Error: ") and of graphql-js'
// introspection depth rule. Matched in the error formatter to answer with QUERY_TOO_COMPLEX.
const LIMIT_MESSAGES = [
  /limit of \d+ exceeded/i, // depth, aliases, directives
  /contains more tha[nt] \d+ tokens/, // graphql-js parse option maxTokens ("more that" in graphql 16)
  /Maximum introspection depth exceeded/,
];

export function isQueryLimitError(message: string): boolean {
  return LIMIT_MESSAGES.some((re) => re.test(message));
}
