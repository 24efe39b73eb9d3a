import { Component } from '../components/component.entity.js';
import { Contract } from '../components/contract.entity.js';
import { ContractVersion } from '../components/contract-version.entity.js';

// Every entity of the registry. Adding an entity = one line here (and a migration).
export const REGISTRY_ENTITIES = [Component, Contract, ContractVersion];
