import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { DomainError } from '../errors/domain-error.js';
import { httpStatusOf } from '../errors/error-code.js';
import { operationCost } from './operation-cost.js';
import type { ResponseBudget } from './response-budget.js';

export type IntrospectionMode = 'on' | 'authenticated' | 'off';

/** Longest list a variable may hold (filters, verdicts, scopes): a 100,000-element filter was a 500. */
export const MAX_LIST_INPUT = 2000;

/** Path of the first list longer than `max` in the variables, or null. Iterative: no recursion depth. */
export function oversizedList(value: unknown, max: number): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (Array.isArray(v)) {
      if (v.length > max) return path || '/';
      v.forEach((item, i) => stack.push([item, `${path}/${i}`]));
    } else if (v && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) stack.push([item, `${path}/${k}`]);
    }
  }
  return null;
}

/** Fields whose answers are documents or a single document: they spend the document-read rate class. */
const DOCUMENT_FIELDS = new Set(['contractVersion', 'document', 'documentJson']);

export interface RequestLimitsDeps {
  maxCost: number;
  introspection: IntrospectionMode;
  /** Resolves the request's token once (the access guard reuses it); true when a token is present. */
  authenticate: (req: unknown) => Promise<boolean>;
  /** Spends one unit of the document-read rate class for this caller; throws RATE_LIMITED. */
  chargeDocumentRead: (req: unknown) => Promise<void>;
}

interface LimitsContext {
  req?: unknown;
  budget?: ResponseBudget;
}

/** A DomainError as Apollo wants it from a plugin hook: a GraphQLError carrying the HTTP status. */
export function requestError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status: httpStatusOf(error.code) } } });
}

function selectedFields(document: DocumentNode, operation: OperationDefinitionNode | undefined): Set<string> {
  const names = new Set<string>();
  // Every field of the chosen operation and of all fragments (a fragment may only be spread, not used:
  // counting it anyway is the safe side).
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION || def === operation) {
      visit(def, { Field: (node) => void names.add(node.name.value) });
    }
  }
  return names;
}

/**
 * Checks that need the variables and the caller, before any resolver runs: introspection access,
 * the operation's cost with its variable values, the document-read rate class. Afterwards, an
 * exhausted response budget replaces the answer with a single QUERY_TOO_COMPLEX error.
 */
export function requestLimitsPlugin(deps: RequestLimitsDeps): ApolloServerPlugin<LimitsContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc: GraphQLRequestContext<LimitsContext>) {
          const document = rc.document!;
          const fields = selectedFields(document, rc.operation ?? undefined);
          const req = rc.contextValue.req;
          try {
            const big = oversizedList(rc.request.variables, MAX_LIST_INPUT);
            if (big !== null) {
              throw new DomainError('BAD_REQUEST', `the list at variables${big} has more than ${MAX_LIST_INPUT} elements`, [{ pointer: `/variables${big}`, message: `at most ${MAX_LIST_INPUT} elements` }]);
            }
            if (deps.introspection === 'authenticated' && (fields.has('__schema') || fields.has('__type')) && !(await deps.authenticate(req))) {
              throw new DomainError('UNAUTHENTICATED', 'introspection needs an API token on this registry (REGISTRY_INTROSPECTION=authenticated)');
            }
            const cost = operationCost(rc.schema, document, rc.request.variables, rc.operationName);
            if (cost !== null && cost > deps.maxCost) {
              const message = `query cost limit of ${deps.maxCost} exceeded (cost ${cost}, with its variables); ask for smaller pages or fewer fields`;
              throw new DomainError('QUERY_TOO_COMPLEX', message, [{ message, pointer: '/query' }], { cost, maxCost: deps.maxCost });
            }
            if ([...DOCUMENT_FIELDS].some((f) => fields.has(f))) await deps.chargeDocumentRead(req);
          } catch (err) {
            throw err instanceof DomainError ? requestError(err) : err;
          }
        },
        async willSendResponse(rc: GraphQLRequestContext<LimitsContext>) {
          const budget = rc.contextValue.budget;
          const body = rc.response.body;
          if (!budget?.exceeded || body?.kind !== 'single') return;
          const error = budget.error();
          body.singleResult = { errors: [{ message: error.message, extensions: { code: error.code, status: httpStatusOf(error.code), causes: error.causes, details: error.details } }] };
          rc.response.http.status = httpStatusOf(error.code);
        },
      };
    },
  };
}
