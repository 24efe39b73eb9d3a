// Every migration, in order. Adding a migration = a new file plus one line here.
import { CreateRegistryCore1764400000000 } from './1764400000000-CreateRegistryCore.js';
import { AddAuthAndAuditTrail1795944300000 } from './1795944300000-AddAuthAndAuditTrail.js';
import { AddContractSearch1795945900000 } from './1795945900000-AddContractSearch.js';
import { AddEudiConformance1795950000000 } from './1795950000000-AddEudiConformance.js';
import { SpeedUpContractSearch1795951000000 } from './1795951000000-SpeedUpContractSearch.js';
import { TokenIdentityAndLifetime1796000200000 } from './1796000200000-TokenIdentityAndLifetime.js';
import { AddComponentLayerIndex1796000500000 } from './1796000500000-AddComponentLayerIndex.js';
import { AddGovernanceProfiles1796000600000 } from './1796000600000-AddGovernanceProfiles.js';
import { AddTrustFacts1796000700000 } from './1796000700000-AddTrustFacts.js';
import { AddContractPolicySettings1796000800000 } from './1796000800000-AddContractPolicySettings.js';
import { ReindexAsyncApi2Directions1796001000000 } from './1796001000000-ReindexAsyncApi2Directions.js';

export const MIGRATIONS = [
  CreateRegistryCore1764400000000, AddAuthAndAuditTrail1795944300000, AddContractSearch1795945900000, AddEudiConformance1795950000000,
  SpeedUpContractSearch1795951000000,
  TokenIdentityAndLifetime1796000200000,
  AddComponentLayerIndex1796000500000,
  AddGovernanceProfiles1796000600000,
  AddTrustFacts1796000700000,
  AddContractPolicySettings1796000800000,
  ReindexAsyncApi2Directions1796001000000,
];
