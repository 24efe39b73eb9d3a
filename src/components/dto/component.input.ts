import { Field, InputType, Int } from '@nestjs/graphql';
import { COMPONENT_LIFECYCLES, type ComponentLifecycle } from '../domain/component-facts.js';
import { registerEnumType } from '@nestjs/graphql';

export enum ComponentLifecycleEnum {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  DEPRECATED = 'DEPRECATED',
  RETIRED = 'RETIRED',
}
registerEnumType(ComponentLifecycleEnum, { name: 'ComponentLifecycle' });
void COMPONENT_LIFECYCLES;

@InputType()
export class ContactInput {
  @Field() name: string;
  @Field() email: string;
}

@InputType({ description: 'Fields of a base component. On update, omitted fields stay unchanged.' })
export class ComponentFieldsInput {
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) description?: string;
  @Field({ nullable: true, description: 'Building block in the reference architecture, e.g. identity, payment, communication, data-exchange, infrastructure' })
  layer?: string;
  @Field(() => ComponentLifecycleEnum, { nullable: true }) lifecycle?: ComponentLifecycle;
  @Field(() => [String], { nullable: true }) tags?: string[];
  @Field({ nullable: true }) ownerOrganisation?: string;
  @Field(() => ContactInput, { nullable: true }) platformOwner?: ContactInput;
  @Field(() => ContactInput, { nullable: true }) operator?: ContactInput;
  @Field(() => ContactInput, { nullable: true }) procedureOwner?: ContactInput;
  @Field({ nullable: true, description: 'SPDX licence expression, e.g. "EUPL-1.2" or "MIT OR Apache-2.0"' }) license?: string;
  @Field({ nullable: true }) repositoryUrl?: string;
}

@InputType()
export class CreateComponentInput extends ComponentFieldsInput {
  @Field({ description: 'kebab-case, unique' }) slug: string;
  @Field() declare name: string;
  @Field() declare layer: string;
}

@InputType({ description: "Matches the component's current EUDI conformance record; lists are OR, fields are AND" })
export class EudiConformanceFilterInput {
  @Field(() => [String], { nullable: true, description: 'Claimed roles, e.g. RELYING_PARTY, PID_PROVIDER' }) role?: string[];
  @Field(() => [String], { nullable: true, description: 'OpenID4VP | OpenID4VCI | ISO18013-5 | ISO18013-7' }) protocol?: string[];
  @Field(() => [String], { nullable: true, description: 'dc+sd-jwt | mso_mdoc' }) credentialFormat?: string[];
  @Field(() => [String], { nullable: true, description: 'Submitted status (DRAFT, SELF_DECLARED, TESTED, THIRD_PARTY_ASSESSED, WITHDRAWN); STALE is computed on read and not filterable here' })
  status?: string[];
}

@InputType()
export class ComponentFilterInput {
  @Field({ nullable: true, description: 'Substring of slug, name or description' }) text?: string;
  @Field(() => [String], { nullable: true }) layer?: string[];
  @Field(() => [ComponentLifecycleEnum], { nullable: true }) lifecycle?: ComponentLifecycle[];
  @Field(() => [String], { nullable: true, description: 'Components carrying all of these tags' }) tags?: string[];
  @Field(() => [String], { nullable: true }) ownerOrganisation?: string[];
  @Field(() => [String], { nullable: true, description: 'Components with at least one contract of these kinds (OPENAPI, ASYNCAPI)' }) kind?: string[];
  @Field(() => [String], { nullable: true, description: 'Spec version of the latest version, exact or as prefix: "3.1", "2.6.0"' }) specVersion?: string[];
  @Field({ nullable: true, description: 'Has an operation matching "METHOD path-pattern": "POST /antraege*", "/antraege/{id}", "SEND antraege.*"' })
  operation?: string;
  // Implemented by the conformance module (ComponentFilterExtension). maturityLevel: still an extension point.
  @Field(() => EudiConformanceFilterInput, { nullable: true, description: "Filter on the component's current EUDI conformance record" })
  eudiConformance?: EudiConformanceFilterInput;
  @Field(() => [String], { nullable: true, description: 'Maturity level (available once conformance records are enabled)' }) maturityLevel?: string[];
  // Trust facts (issue 17), implemented by the trust module from its per-component summary row.
  @Field({ nullable: true, description: 'Components whose declaration or any SBOM contains this licence (SPDX id; "apache 2" is normalised)' }) licence?: string;
  @Field({ nullable: true, description: 'true: every known licence is OSI-approved; false: some licence is not OSI-approved or unknown' }) osiApproved?: boolean;
  @Field({ nullable: true, description: 'Components with (true) or without (false) an SBOM on any release' }) hasSbom?: boolean;
  @Field({ nullable: true, description: 'The SBOM of the newest release with an SBOM meets (true) or does not meet (false) BSI TR-03183-2' }) tr03183Compliant?: boolean;
  @Field(() => [String], { nullable: true, description: 'Cryptography status of the newest release with an SBOM: NONE, PASS, WARN, FAIL' }) cryptoStatus?: string[];
  // Implemented by the guidelines module (ComponentFilterExtension).
  @Field(() => Int, { nullable: true, description: 'Newest guideline score (0–100) of the latest version (components: of some contract) at least this' })
  guidelineScoreAtLeast?: number;
}
