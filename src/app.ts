import 'reflect-metadata';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { AppModule } from './app.module.js';
import { ProblemJsonFilter } from './common/errors/problem-json.filter.js';
import { ShutdownState } from './common/health/health.controller.js';
import type { RegistryConfig } from './config/env.schema.js';
import { SBOM_MEDIA_TYPES, SBOM_ROUTE } from './trust/domain/sbom-media-types.js';

/** Media types a contract document may be uploaded as (anything else on upload routes → 415). */
export const DOCUMENT_MEDIA_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml', 'application/json', 'text/plain'];

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

function logLevelsFrom(level: RegistryConfig['LOG_LEVEL']): LogLevel[] {
  const wanted = level === 'info' ? 'log' : level;
  return LEVELS.slice(0, LEVELS.indexOf(wanted) + 1);
}

/** Builds the HTTP application (used by main.ts and by the e2e tests, so both run the same thing). */
export async function createApp(config: RegistryConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: new ConsoleLogger({ json: config.LOG_FORMAT === 'json', logLevels: logLevelsFrom(config.LOG_LEVEL) }),
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // We own the body: raw bytes for document uploads (hashed exactly as sent), JSON for GraphQL.
  const limit = config.REGISTRY_MAX_DOCUMENT_BYTES;
  // SBOMs have their own media types and size limit; registered first, so the generic parsers skip them.
  app.use(SBOM_ROUTE, express.raw({ type: SBOM_MEDIA_TYPES, limit: config.REGISTRY_MAX_SBOM_BYTES }));
  app.use('/api/v1', express.raw({ type: DOCUMENT_MEDIA_TYPES, limit }));
  app.use('/api/v1', express.raw({ type: ['application/zip', 'application/octet-stream'], limit }));
  // A GraphQL publish carries the document inside JSON; leave room for escaping and the envelope.
  app.use('/graphql', express.json({ limit: Math.ceil(limit * 1.2) + 64 * 1024 }));
  app.useGlobalFilters(new ProblemJsonFilter());
  app.enableShutdownHooks();
  const shutdown = app.get(ShutdownState);
  const server = app.getHttpServer();
  process.once('SIGTERM', () => {
    shutdown.shuttingDown = true;
    server.closeIdleConnections?.();
  });
  return app;
}
