import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { ApiDocsController } from './common/api-docs.controller.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CliDistributionModule } from './cli-distribution/cli-distribution.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { formatGraphqlError } from './common/errors/graphql-error.formatter.js';
import { HealthModule } from './common/health/health.module.js';
import { CompatibilityModule } from './compatibility/compatibility.module.js';
import { ComponentsModule } from './components/components.module.js';
import { RegistryLoadersFactory } from './components/registry-loaders.js';
import { ConfigModule } from './config/config.module.js';
import { ConformanceModule } from './conformance/conformance.module.js';
import { ExamplesModule } from './examples/examples.module.js';
import type { RegistryConfig } from './config/env.schema.js';
import { ContractsModule } from './contracts/contracts.module.js';
import { DatabaseModule } from './database/database.module.js';
import { projectPath } from './common/project-path.js';
import { QUERY_LIMITS, queryLimitOptions } from './common/graphql/query-limits.js';
import { requestLimitsPlugin } from './common/graphql/request-limits.plugin.js';
import { ResponseBudget } from './common/graphql/response-budget.js';
import { REGISTRY_CONFIG } from './config/config.module.js';
import { ApiTokensService } from './auth/api-tokens.service.js';
import { DocumentReadLimiter } from './auth/rate-limit.js';
import type { RegistryRequest } from './auth/request-context.js';
import { SearchModule } from './search/search.module.js';
import { TrustModule } from './trust/trust.module.js';
import { GuidelinesModule } from './guidelines/guidelines.module.js';

@Module({})
export class AppModule {
  static forRoot(config: RegistryConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        AuditModule,
        AuthModule,
        HealthModule,
        ComponentsModule,
        CompatibilityModule,
        GuidelinesModule,
        ContractsModule,
        SearchModule,
        ConformanceModule,
        TrustModule,
        ExamplesModule,
        CliDistributionModule,
        CatalogueModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [RegistryLoadersFactory, REGISTRY_CONFIG, ApiTokensService, DocumentReadLimiter],
          useFactory: (loaders: RegistryLoadersFactory, cfg: RegistryConfig, tokens: ApiTokensService, documentReads: DocumentReadLimiter) => ({
            // The committed schema.gql is regenerated on start in development; CI checks it for drift.
            autoSchemaFile: process.env.NODE_ENV === 'production' ? true : projectPath('schema.gql'),
            sortSchema: true,
            path: '/graphql',
            introspection: cfg.REGISTRY_INTROSPECTION !== 'off',
            allowBatchedHttpRequests: false,
            csrfPrevention: true,
            formatError: formatGraphqlError,
            // Depth, cost, alias, directive and token limits (QUERY_TOO_COMPLEX); see query-limits.ts.
            ...withRequestLimits(queryLimitOptions(), requestLimitsPlugin({
              maxCost: QUERY_LIMITS.maxCost,
              introspection: cfg.REGISTRY_INTROSPECTION,
              authenticate: async (req) => Boolean(await authenticateOnce(tokens, req as RegistryRequest)),
              chargeDocumentRead: (req) => documentReads.charge(req as RegistryRequest),
            })),
            context: ({ req }: { req: Request }) => ({ req, loaders: loaders.create(), budget: new ResponseBudget(cfg.REGISTRY_GRAPHQL_MAX_RESPONSE_BYTES) }),
          }),
        }),
      ],
      controllers: [ApiDocsController],
    };
  }
}

function withRequestLimits<T extends { plugins?: unknown[] }>(options: T, plugin: unknown): T {
  return { ...options, plugins: [...(options.plugins ?? []), plugin] } as T;
}

/** The same once-per-request resolution the access guard does (it reuses the result). */
async function authenticateOnce(tokens: ApiTokensService, req: RegistryRequest) {
  if (!req.authChecked) {
    req.principal = (await tokens.authenticate(req.headers.authorization)) ?? undefined;
    req.authChecked = true;
  }
  return req.principal ?? null;
}
