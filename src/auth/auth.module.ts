import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import { AccessGuard } from './access.guard.js';
import { ApiTokensService } from './api-tokens.service.js';
import { AuthBootstrap } from './auth-bootstrap.js';
import { AuthRepository } from './auth.repository.js';
import { AuthResolver } from './auth.resolver.js';
import { DocumentReadLimiter, rateLimitOptions, RateLimitGuard } from './rate-limit.js';
import { RolesService } from './roles.service.js';

// Guards run in this order: rate limit (no database work), then access.
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({ inject: [REGISTRY_CONFIG], useFactory: (config: RegistryConfig) => rateLimitOptions(config) }),
  ],
  providers: [
    AuthRepository, ApiTokensService, RolesService, AuthResolver, AuthBootstrap, DocumentReadLimiter,
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [ApiTokensService, RolesService, DocumentReadLimiter],
})
export class AuthModule {}
