import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PublishHooks } from '../components/publish-hooks.js';
import { AuditService } from './audit.service.js';

/**
 * Every publish appends `contract.published` inside the publish transaction (no version without its event),
 * as the last hook: the audit head lock is the one lock all instances share, so it is taken last.
 */
@Injectable()
export class AuditPublishHook implements OnModuleInit {
  constructor(
    private readonly hooks: PublishHooks,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.hooks.register('audit', async (em, e) => {
      await this.audit.append(em, {
        actor: e.version.publishedBy,
        actorTokenId: e.actorTokenId ?? null,
        action: 'contract.published',
        subjectType: 'contract_version',
        subject: `${e.component.slug}/${e.contract.name}@${e.version.version}`,
        component: e.component.slug,
        before: null,
        after: { component: e.component.slug, contract: e.contract.name, version: e.version.version, kind: e.contract.kind, sha256: e.version.sha256 },
        details: { sha256: e.version.sha256, breaking: e.breaking, predecessor: e.version.predecessorVersion },
      });
    }, 'last');
  }
}
