import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import type { GraphqlContext } from '../components/registry-loaders.js';
import { CURRENT_CRYPTO_RULE_SET } from './domain/crypto-rules.js';
import type { AiTransparency, OperatingModel } from './domain/declared-facts.js';
import type { PubliccodeFacts } from './domain/publiccode.js';
import { TrustFactsService } from './trust-facts.service.js';
import { TrustRepository, type AssessmentRow, type FactVersionRow, type ReleaseRow, type SbomRow } from './trust.repository.js';

export interface TrustLoaders {
  releases: DataLoader<string, ReleaseRow[]>;
  sbom: DataLoader<string, SbomRow | null>;
  crypto: DataLoader<string, AssessmentRow | null>;
  operatingModel: DataLoader<string, FactVersionRow<OperatingModel> | null>;
  aiTransparency: DataLoader<string, FactVersionRow<AiTransparency> | null>;
  publiccode: DataLoader<string, FactVersionRow<PubliccodeFacts> | null>;
}

const byKey = <T>(rows: T[], key: (r: T) => string, ids: readonly string[]) => ids.map((id) => rows.find((r) => key(r) === id) ?? null);

/** Per-request batch loaders: a page of components with releases, SBOMs and facts costs a fixed number of queries. */
@Injectable()
export class TrustLoadersFactory {
  constructor(private readonly repo: TrustRepository, private readonly facts: TrustFactsService) {}

  of(ctx: GraphqlContext): TrustLoaders {
    const holder = ctx as GraphqlContext & { trust?: TrustLoaders };
    holder.trust ??= this.create();
    return holder.trust;
  }

  private create(): TrustLoaders {
    return {
      releases: new DataLoader(async (ids) => {
        const rows = await this.repo.releasesOf(ids);
        return ids.map((id) => rows.filter((r) => r.componentId === id));
      }),
      sbom: new DataLoader(async (ids) => byKey(await this.repo.sbomsOf(ids), (r) => r.releaseId, ids)),
      crypto: new DataLoader(async (ids) => {
        const rows = await this.repo.assessmentsOf(ids);
        // the current rule set's judgement when there is one, else the newest
        return ids.map((id) => {
          const mine = rows.filter((r) => r.releaseId === id);
          return mine.find((r) => r.ruleSet === CURRENT_CRYPTO_RULE_SET.version) ?? mine.at(-1) ?? null;
        });
      }),
      operatingModel: new DataLoader(async (ids) => byKey(await this.facts.latest<OperatingModel>('component_operating_model', ids), (r) => r.componentId, ids)),
      aiTransparency: new DataLoader(async (ids) => byKey(await this.facts.latest<AiTransparency>('component_ai_transparency', ids), (r) => r.componentId, ids)),
      publiccode: new DataLoader(async (ids) => byKey(await this.facts.latestPubliccode(ids), (r) => r.componentId, ids)),
    };
  }
}
