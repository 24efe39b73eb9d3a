import { Global, Module } from '@nestjs/common';
import { AuditPublishHook } from './audit-publish-hook.js';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

/** Other modules call `AuditService.append(em, event)` inside their own transactions. */
@Global()
@Module({
  providers: [AuditRepository, AuditService, AuditResolver, AuditPublishHook],
  exports: [AuditService],
})
export class AuditModule {}
