import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { ApiDocsController } from './common/api-docs.controller.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
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
import { queryLimitOptions } from './common/graphql/query-limits.js';
import { SearchModule } from './search/search.module.js';
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
        ExamplesModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [RegistryLoadersFactory],
          useFactory: (loaders: RegistryLoadersFactory) => ({
            // The committed schema.gql is regenerated on start in development; CI checks it for drift.
            autoSchemaFile: process.env.NODE_ENV === 'production' ? true : projectPath('schema.gql'),
            sortSchema: true,
            path: '/graphql',
            introspection: true,
            allowBatchedHttpRequests: false,
            csrfPrevention: true,
            formatError: formatGraphqlError,
            // Depth, cost, alias, directive and token limits (QUERY_TOO_COMPLEX); see query-limits.ts.
            ...queryLimitOptions(),
            context: ({ req }: { req: Request }) => ({ req, loaders: loaders.create() }),
          }),
        }),
      ],
      controllers: [ApiDocsController],
    };
  }
}
