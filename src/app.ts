import 'reflect-metadata';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { AppModule } from './app.module.js';
import { CatalogueAssets } from './catalogue/catalogue-assets.js';
import { ProblemJsonFilter } from './common/errors/problem-json.filter.js';
import { ShutdownState } from './common/health/health.controller.js';
import { securityHeaders } from './common/http/security-headers.js';
import { ApiTokensService } from './auth/api-tokens.service.js';
import { AuthRepository } from './auth/auth.repository.js';
import { authenticateBeforeBody } from './auth/authenticate-before-body.js';
import type { RegistryConfig } from './config/env.schema.js';
import { SBOM_MEDIA_TYPES, SBOM_ROUTE } from './trust/domain/sbom-media-types.js';

/** Media types a contract document may be uploaded as (anything else on upload routes → 415). */
export const DOCUMENT_MEDIA_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml', 'application/json', 'text/plain'];

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

function logLevelsFrom(level: RegistryConfig['LOG_LEVEL']): LogLevel[] {
  const wanted = level === 'info' ? 'log' : level;
  return LEVELS.slice(0, LEVELS.indexOf(wanted) + 1);
}

/**
 * REGISTRY_TRUST_PROXY as Express understands it: `true`/`false`, a hop count, or a comma-separated
 * list of addresses, subnets and the names loopback / linklocal / uniquelocal.
 */
export function trustProxySetting(value: string): boolean | number | string {
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^\d{1,3}$/.test(v)) return Number(v);
  return value.split(',').map((s) => s.trim()).filter(Boolean).join(', ');
}

/** Builds the HTTP application (used by main.ts and by the e2e tests, so both run the same thing). */
export async function createApp(config: RegistryConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: new ConsoleLogger({ json: config.LOG_FORMAT === 'json', logLevels: logLevelsFrom(config.LOG_LEVEL) }),
  });
  // Which peers may tell us the client address (X-Forwarded-For): rate limits per IP depend on it.
  app.set('trust proxy', trustProxySetting(config.REGISTRY_TRUST_PROXY));
  app.disable('x-powered-by');
  app.use(securityHeaders());
  // Writes are authenticated (and checked against the component in the path) before their body is read.
  app.use('/api/v1', authenticateBeforeBody(app.get(ApiTokensService), app.get(AuthRepository), config.REGISTRY_ANONYMOUS_READ));
  // We own the body: raw bytes for document uploads (hashed exactly as sent), JSON for GraphQL.
  const limit = config.REGISTRY_MAX_DOCUMENT_BYTES;
  // SBOMs have their own media types and size limit; registered first, so the generic parsers skip them.
  app.use(SBOM_ROUTE, express.raw({ type: SBOM_MEDIA_TYPES, limit: config.REGISTRY_MAX_SBOM_BYTES }));
  app.use('/api/v1', express.raw({ type: DOCUMENT_MEDIA_TYPES, limit }));
  app.use('/api/v1', express.raw({ type: ['application/zip', 'application/octet-stream'], limit }));
  // A GraphQL publish carries the document inside JSON; leave room for escaping and the envelope.
  // A browser opening /graphql gets the bundled GraphiQL (catalogue module); API calls go on to Apollo.
  app.use('/graphql', app.get(CatalogueAssets).graphiqlHandler());
  app.use('/graphql', express.json({ limit: Math.ceil(limit * 1.2) + 64 * 1024 }));
  app.useGlobalFilters(new ProblemJsonFilter());
  app.enableShutdownHooks();
  const shutdown = app.get(ShutdownState);
  const server = app.getHttpServer();
  // Node's default lets a slow body hold a connection (and its buffered bytes) for 300 s.
  server.requestTimeout = config.REGISTRY_REQUEST_TIMEOUT_MS;
  server.headersTimeout = Math.min(config.REGISTRY_REQUEST_TIMEOUT_MS, 60_000);
  // Node checks these timeouts every connectionsCheckingInterval (30 s by default, read at listen).
  (server as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.min(30_000, Math.max(250, Math.floor(config.REGISTRY_REQUEST_TIMEOUT_MS / 10)));
  process.once('SIGTERM', () => {
    shutdown.shuttingDown = true;
    server.closeIdleConnections?.();
  });
  return app;
}
