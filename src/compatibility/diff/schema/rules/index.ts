// The schema rules, one line each. Order is the order changes are reported at a node.
import type { SchemaRule } from '../types.js';
import { additionalPropertiesNarrowed } from './additional-properties-narrowed.rule.js';
import { additionalPropertiesWidened } from './additional-properties-widened.rule.js';
import { becameEnum } from './became-enum.rule.js';
import { becameNotNullable } from './became-not-nullable.rule.js';
import { becameNullable } from './became-nullable.rule.js';
import { becameReadOnly } from './became-read-only.rule.js';
import { becameWriteOnly } from './became-write-only.rule.js';
import { constChanged } from './const-changed.rule.js';
import { constraintAdded } from './constraint-added.rule.js';
import { constraintChanged } from './constraint-changed.rule.js';
import { constraintRemoved } from './constraint-removed.rule.js';
import { defaultChanged } from './default-changed.rule.js';
import { descriptionChanged } from './description-changed.rule.js';
import { discriminatorChanged } from './discriminator-changed.rule.js';
import { enumRemoved } from './enum-removed.rule.js';
import { enumValueAdded } from './enum-value-added.rule.js';
import { enumValueRemoved } from './enum-value-removed.rule.js';
import { formatChanged } from './format-changed.rule.js';
import { formatRelaxed } from './format-relaxed.rule.js';
import { patternAdded } from './pattern-added.rule.js';
import { patternChanged } from './pattern-changed.rule.js';
import { patternRemoved } from './pattern-removed.rule.js';
import { propertyAdded } from './property-added.rule.js';
import { propertyBecameOptional } from './property-became-optional.rule.js';
import { propertyBecameRequired } from './property-became-required.rule.js';
import { propertyDeprecated } from './property-deprecated.rule.js';
import { propertyRemoved } from './property-removed.rule.js';
import { propertyStabilityDecreased } from './property-stability-decreased.rule.js';
import { propertyStabilityInvalid } from './property-stability-invalid.rule.js';
import { propertySunsetInvalid } from './property-sunset-invalid.rule.js';
import { rangeNarrowed } from './range-narrowed.rule.js';
import { rangeWidened } from './range-widened.rule.js';
import { requiredPropertyAdded } from './required-property-added.rule.js';
import { requiredPropertyRemoved } from './required-property-removed.rule.js';
import { typeChangedCompatibly } from './type-changed-compatibly.rule.js';
import { typeChanged } from './type-changed.rule.js';
import { variantAdded } from './variant-added.rule.js';
import { variantRemoved } from './variant-removed.rule.js';
import { wrappedInOneOf } from './wrapped-in-one-of.rule.js';

export const SCHEMA_RULES: readonly SchemaRule[] = [
  additionalPropertiesNarrowed,
  additionalPropertiesWidened,
  becameEnum,
  becameNotNullable,
  becameNullable,
  becameReadOnly,
  becameWriteOnly,
  constChanged,
  constraintAdded,
  constraintChanged,
  constraintRemoved,
  defaultChanged,
  descriptionChanged,
  discriminatorChanged,
  enumRemoved,
  enumValueAdded,
  enumValueRemoved,
  formatChanged,
  formatRelaxed,
  patternAdded,
  patternChanged,
  patternRemoved,
  propertyAdded,
  propertyBecameOptional,
  propertyBecameRequired,
  propertyDeprecated,
  propertyRemoved,
  propertyStabilityDecreased,
  propertyStabilityInvalid,
  propertySunsetInvalid,
  rangeNarrowed,
  rangeWidened,
  requiredPropertyAdded,
  requiredPropertyRemoved,
  typeChangedCompatibly,
  typeChanged,
  variantAdded,
  variantRemoved,
  wrappedInOneOf,
];
