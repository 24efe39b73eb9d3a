import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import type { Component } from './component.entity.js';
import type { Contract } from './contract.entity.js';
import type { ContractVersion } from './contract-version.entity.js';
import { ComponentsRepository } from './components.repository.js';

/** Per-request batch loaders: a page of components with contracts and versions costs 3 queries. */
export interface RegistryLoaders {
  componentById: DataLoader<string, Component | null>;
  contractsByComponentId: DataLoader<string, Contract[]>;
  contractById: DataLoader<string, Contract | null>;
  versionsByContractId: DataLoader<string, ContractVersion[]>;
  /** Full rows (document, report, changelog) by id, batched: a page asking for documents is one query. */
  fullVersionById: DataLoader<string, ContractVersion | null>;
}

function groupBy<T>(rows: T[], key: (r: T) => string, ids: readonly string[]): T[][] {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) map.get(key(r))?.push(r);
  return ids.map((id) => map.get(id) ?? []);
}

@Injectable()
export class RegistryLoadersFactory {
  constructor(private readonly repo: ComponentsRepository) {}

  create(): RegistryLoaders {
    return {
      componentById: new DataLoader(async (ids) => {
        const rows = await this.repo.findComponentsByIds(ids);
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
      contractById: new DataLoader(async (ids) => {
        const rows = await this.repo.findContractsByIds(ids);
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
      contractsByComponentId: new DataLoader(async (ids) =>
        groupBy(await this.repo.findContractsByComponentIds(ids), (c) => c.componentId, ids)),
      versionsByContractId: new DataLoader(async (ids) =>
        groupBy(await this.repo.listVersionsByContractIds(ids), (v) => v.contractId, ids)),
      fullVersionById: new DataLoader(async (ids) => {
        const rows = await this.repo.findVersionsByIds(ids);
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
    };
  }
}

export interface GraphqlContext {
  req: import('express').Request;
  loaders: RegistryLoaders;
  budget: import('../common/graphql/response-budget.js').ResponseBudget;
}
