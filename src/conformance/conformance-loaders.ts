import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import type { GraphqlContext } from '../components/registry-loaders.js';
import type { PlausibilityFinding } from './domain/index.js';
import type { ConformanceEvidenceRow } from './conformance-evidence.entity.js';
import { ConformanceService, type ComponentConformance, type RecordView } from './conformance.service.js';
import { EvidenceService } from './evidence.service.js';

/** Per-request batch loaders of the conformance feature (a page of components costs a fixed number of queries). */
export interface ConformanceLoaders {
  byComponentId: DataLoader<string, ComponentConformance>;
  evidenceById: DataLoader<string, ConformanceEvidenceRow | null>;
  plausibility: DataLoader<RecordView, PlausibilityFinding[]>;
}

@Injectable()
export class ConformanceLoadersFactory {
  constructor(
    private readonly service: ConformanceService,
    private readonly evidence: EvidenceService,
  ) {}

  /** Created on first use in a request and kept on its GraphQL context. */
  of(ctx: GraphqlContext): ConformanceLoaders {
    const holder = ctx as GraphqlContext & { conformance?: ConformanceLoaders };
    holder.conformance ??= this.create();
    return holder.conformance;
  }

  private create(): ConformanceLoaders {
    return {
      byComponentId: new DataLoader((ids) => this.service.forComponents(ids)),
      evidenceById: new DataLoader(async (ids) => {
        const rows = await this.evidence.findByIds(ids);
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
      plausibility: new DataLoader((records) => this.service.plausibility(records), { cacheKeyFn: (r) => r.id }),
    };
  }
}
