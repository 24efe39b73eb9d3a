import { readFileSync, existsSync } from 'node:fs';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { load } from 'js-yaml';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import { ConformanceService } from '../conformance/conformance.service.js';
import type { RegistryConfig } from '../config/env.schema.js';
import { projectPath } from '../common/project-path.js';
import { ComponentsService } from '../components/components.service.js';
import type { ComponentFields } from '../components/domain/validate-component.js';
import { PublishService } from '../contracts/publish.service.js';
import { TrustFactsService } from '../trust/trust-facts.service.js';
import { TrustService } from '../trust/trust.service.js';

interface ManifestComponent extends ComponentFields {
  slug: string;
  name: string;
  layer: string;
  contracts: { name: string; versions: string[] }[];
  /** Example EUDI conformance records (the recordConformance input, without `component`). */
  conformance?: Record<string, unknown>[];
  /** Example releases: contract versions and an SBOM file (relative to contracts/<slug>/). */
  releases?: { version: string; contractVersions: { contract: string; version: string }[]; sbom?: string }[];
  /** Example operating model (the recordOperatingModel input). */
  operatingModel?: Record<string, unknown>;
}

/**
 * The first embedded start loads the example contracts (contracts/registry.yaml) through the normal
 * publish path, so they are validated and compatibility-checked like any upload, and the example
 * EUDI conformance records, releases with SBOMs and operating models through the normal recording paths.
 */
@Injectable()
export class ExampleSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Examples');

  constructor(
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
    private readonly components: ComponentsService,
    private readonly publisher: PublishService,
    private readonly conformance: ConformanceService,
    private readonly trust: TrustService,
    private readonly trustFacts: TrustFactsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.embedded || !this.config.REGISTRY_SEED_EXAMPLES) return;
    await this.seed();
  }

  /** Loads the examples into an empty registry (also used by tests on PostgreSQL). */
  async seed(): Promise<void> {
    const manifestPath = projectPath('contracts', 'registry.yaml');
    if (!existsSync(manifestPath)) return;
    const manifest = load(readFileSync(manifestPath, 'utf8')) as { components: ManifestComponent[] };
    if ((await this.components.list({}, 1)).items.length > 0) return; // not the first start
    let published = 0;
    let records = 0;
    let releases = 0;
    const actor = { name: 'example-seeder' };
    for (const { contracts, conformance, releases: releaseList, operatingModel, ...fields } of manifest.components) {
      await this.components.create(fields, { name: 'example-seeder' });
      for (const contract of contracts) {
        for (const version of contract.versions) {
          const bytes = readFileSync(projectPath('contracts', fields.slug, contract.name, `${version}.yaml`));
          await this.publisher.publish({ component: fields.slug, contract: contract.name, version, bytes, publishedBy: 'example-seeder' });
          published++;
        }
      }
      for (const record of conformance ?? []) {
        await this.conformance.record({ ...record, componentSlug: fields.slug }, { name: 'example-seeder' });
        records++;
      }
      for (const r of releaseList ?? []) {
        await this.trust.createRelease(fields.slug, r.version, r.contractVersions, actor);
        if (r.sbom) await this.trust.uploadSbom(fields.slug, r.version, readFileSync(projectPath('contracts', fields.slug, r.sbom)), actor);
        releases++;
      }
      if (operatingModel) await this.trustFacts.recordOperatingModel(fields.slug, operatingModel, actor);
    }
    this.logger.log(`loaded ${manifest.components.length} example components with ${published} contract versions, ${records} conformance records and ${releases} releases`);
  }
}
