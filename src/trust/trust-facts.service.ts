import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService, type AuditActor } from '../audit/audit.service.js';
import type { Component } from '../components/component.entity.js';
import { ComponentExtensions } from '../components/component-extensions.js';
import { ComponentsRepository } from '../components/components.repository.js';
import { ComponentsService } from '../components/components.service.js';
import { validateComponentFields } from '../components/domain/validate-component.js';
import { validateAiTransparency, validateOperatingModel, type AiTransparency, type OperatingModel } from './domain/declared-facts.js';
import { readPubliccode, type PubliccodeFacts } from './domain/publiccode.js';
import { trustInputInvalid } from './trust.errors.js';
import { TrustRepository, type FactTable, type FactVersionRow } from './trust.repository.js';

const SYSTEM: AuditActor = { name: 'system' };

/** Self-declared facts: operating model, AI transparency (append-only versions) and publiccode.yml imports. */
@Injectable()
export class TrustFactsService {
  constructor(
    private readonly repo: TrustRepository,
    private readonly components: ComponentsService,
    private readonly componentsRepo: ComponentsRepository,
    private readonly extensions: ComponentExtensions,
    private readonly audit: AuditService,
  ) {}

  recordOperatingModel(slug: string, input: unknown, actor: AuditActor = SYSTEM): Promise<FactVersionRow<OperatingModel>> {
    const v = validateOperatingModel(input);
    if (!v.ok) throw trustInputInvalid('operating model', v.causes);
    return this.append('component_operating_model', 'operating_model.recorded', slug, v.value, actor);
  }

  recordAiTransparency(slug: string, input: unknown, actor: AuditActor = SYSTEM): Promise<FactVersionRow<AiTransparency>> {
    const v = validateAiTransparency(input);
    if (!v.ok) throw trustInputInvalid('AI transparency', v.causes);
    return this.append('component_ai_transparency', 'ai_transparency.recorded', slug, v.value, actor);
  }

  private async append<T>(table: FactTable, action: string, slug: string, facts: T, actor: AuditActor): Promise<FactVersionRow<T>> {
    const component = await this.components.getBySlug(slug);
    return this.repo.transaction(async (em) => {
      await this.repo.lockComponent(em, component.id);
      const row = await this.repo.appendFact(em, table, component.id, facts, actor.name);
      await this.audit.append(em, { actor: actor.name, actorTokenId: actor.tokenId || null, action, subjectType: 'component', subject: slug, component: slug, before: null, after: facts, details: { version: row.version } });
      return row;
    });
  }

  latest<T>(table: FactTable, componentIds: readonly string[]) {
    return this.repo.latestFact<T>(table, componentIds);
  }

  history<T>(table: FactTable, componentId: string) {
    return this.repo.factHistory<T>(table, componentId);
  }

  latestPubliccode(componentIds: readonly string[]) {
    return this.repo.latestPubliccode(componentIds) as Promise<FactVersionRow<PubliccodeFacts>[]>;
  }

  /**
   * Imports a publiccode.yml: the document and its mapped facts are stored (append-only), and the
   * component's description, licence, repository URL and platform owner contact are filled from it.
   */
  async importPubliccode(slug: string, text: string, actor: AuditActor = SYSTEM): Promise<{ component: Component; facts: PubliccodeFacts; version: number }> {
    const read = readPubliccode(text);
    if (!read.ok) throw trustInputInvalid('publiccode.yml', read.causes);
    const f = read.facts;
    const component = await this.components.getBySlug(slug);
    const contact = f.maintenance.contacts.find((c) => c.email);
    const fields = {
      ...(f.description ? { description: f.description.slice(0, 2000) } : {}),
      license: f.licence ?? undefined,
      ...(f.url ? { repositoryUrl: f.url } : {}),
      ...(contact && !component.platformOwner ? { platformOwner: { name: contact.name, email: contact.email as string } } : {}),
    };
    const causes = validateComponentFields(fields);
    if (causes.length) throw trustInputInvalid('publiccode.yml', causes.map((c) => ({ ...c, pointer: `/publiccode${c.pointer ?? ''}` })));
    return this.repo.transaction(async (em) => {
      await this.repo.lockComponent(em, component.id);
      const before = { description: component.description, license: component.license, repositoryUrl: component.repositoryUrl };
      const saved = await this.componentsRepo.saveComponent(Object.assign(component, fields), em);
      const sha256 = createHash('sha256').update(text).digest('hex');
      const row = await this.repo.appendFact(em, 'component_publiccode', component.id, f, actor.name, { publiccodeVersion: f.publiccodeVersion, sha256, document: text });
      await this.audit.append(em, { actor: actor.name, actorTokenId: actor.tokenId || null, action: 'publiccode.imported', subjectType: 'component', subject: slug, component: slug, before, after: fields, details: { sha256, version: row.version, publiccodeVersion: f.publiccodeVersion } });
      await this.extensions.runSaved(em, saved);
      return { component: saved, facts: f, version: row.version };
    });
  }
}
