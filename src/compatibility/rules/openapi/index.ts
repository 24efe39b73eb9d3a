// The OpenAPI document rules, one line each. Schema rules live in diff/schema/rules (shared).
import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import type { Rule } from '../../engine/define-rule.js';
import { deprecatedOperationRemoved } from './deprecated-operation-removed.rule.js';
import { documentationChanged } from './documentation-changed.rule.js';
import { operationAdded } from './operation-added.rule.js';
import { operationDeprecated } from './operation-deprecated.rule.js';
import { operationIdChanged } from './operation-id-changed.rule.js';
import { operationReactivated } from './operation-reactivated.rule.js';
import { operationRemovedBeforeSunset } from './operation-removed-before-sunset.rule.js';
import { operationRemoved } from './operation-removed.rule.js';
import { operationSunsetInvalid } from './operation-sunset-invalid.rule.js';
import { operationSunsetMovedEarlier } from './operation-sunset-moved-earlier.rule.js';
import { requestBodyAdded } from './request-body-added.rule.js';
import { requestBodyBecameRequired } from './request-body-became-required.rule.js';
import { requestBodyMediaTypeAdded } from './request-body-media-type-added.rule.js';
import { requestBodyMediaTypeRemoved } from './request-body-media-type-removed.rule.js';
import { requestBodyRemoved } from './request-body-removed.rule.js';
import { requestParameterAdded } from './request-parameter-added.rule.js';
import { requestParameterAllowEmptyValueRemoved } from './request-parameter-allow-empty-value-removed.rule.js';
import { requestParameterBecameOptional } from './request-parameter-became-optional.rule.js';
import { requestParameterBecameRequired } from './request-parameter-became-required.rule.js';
import { requestParameterDeprecated } from './request-parameter-deprecated.rule.js';
import { requestParameterLocationChanged } from './request-parameter-location-changed.rule.js';
import { requestParameterRemovedBeforeSunset } from './request-parameter-removed-before-sunset.rule.js';
import { requestParameterRemoved } from './request-parameter-removed.rule.js';
import { requestParameterStyleChanged } from './request-parameter-style-changed.rule.js';
import { requestParameterSunsetInvalid } from './request-parameter-sunset-invalid.rule.js';
import { requestParameterSunsetMovedEarlier } from './request-parameter-sunset-moved-earlier.rule.js';
import { requestRequiredParameterAdded } from './request-required-parameter-added.rule.js';
import { responseHeaderAdded } from './response-header-added.rule.js';
import { responseHeaderBecameOptional } from './response-header-became-optional.rule.js';
import { responseHeaderRemoved } from './response-header-removed.rule.js';
import { responseMediaTypeAdded } from './response-media-type-added.rule.js';
import { responseMediaTypeRemoved } from './response-media-type-removed.rule.js';
import { responseRequiredHeaderRemoved } from './response-required-header-removed.rule.js';
import { responseStatusAdded } from './response-status-added.rule.js';
import { responseStatusRemoved } from './response-status-removed.rule.js';
import { responseSuccessStatusRemoved } from './response-success-status-removed.rule.js';
import { securityRequirementAdded } from './security-requirement-added.rule.js';
import { securityRequirementRelaxed } from './security-requirement-relaxed.rule.js';
import { securityRequirementRemoved } from './security-requirement-removed.rule.js';
import { securitySchemeChanged } from './security-scheme-changed.rule.js';
import { securitySchemeScopeRemoved } from './security-scheme-scope-removed.rule.js';
import { securityScopeAdded } from './security-scope-added.rule.js';
import { serverAdded } from './server-added.rule.js';
import { serverRemoved } from './server-removed.rule.js';
import { stabilityDecreased } from './stability-decreased.rule.js';
import { stabilityLevelInvalid } from './stability-level-invalid.rule.js';

export const OPENAPI_RULES: readonly Rule<OpenApiDiff>[] = [
  deprecatedOperationRemoved,
  documentationChanged,
  operationAdded,
  operationDeprecated,
  operationIdChanged,
  operationReactivated,
  operationRemovedBeforeSunset,
  operationRemoved,
  operationSunsetInvalid,
  operationSunsetMovedEarlier,
  requestBodyAdded,
  requestBodyBecameRequired,
  requestBodyMediaTypeAdded,
  requestBodyMediaTypeRemoved,
  requestBodyRemoved,
  requestParameterAdded,
  requestParameterAllowEmptyValueRemoved,
  requestParameterBecameOptional,
  requestParameterBecameRequired,
  requestParameterDeprecated,
  requestParameterLocationChanged,
  requestParameterRemovedBeforeSunset,
  requestParameterRemoved,
  requestParameterStyleChanged,
  requestParameterSunsetInvalid,
  requestParameterSunsetMovedEarlier,
  requestRequiredParameterAdded,
  responseHeaderAdded,
  responseHeaderBecameOptional,
  responseHeaderRemoved,
  responseMediaTypeAdded,
  responseMediaTypeRemoved,
  responseRequiredHeaderRemoved,
  responseStatusAdded,
  responseStatusRemoved,
  responseSuccessStatusRemoved,
  securityRequirementAdded,
  securityRequirementRelaxed,
  securityRequirementRemoved,
  securitySchemeChanged,
  securitySchemeScopeRemoved,
  securityScopeAdded,
  serverAdded,
  serverRemoved,
  stabilityDecreased,
  stabilityLevelInvalid,
];
