import { Field, Float, InputType, ObjectType, OmitType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../common/graphql/connection.js';
import { ComponentFilterInput } from '../../components/dto/component.input.js';
import { ComponentModel, ContractModel, ContractVersionModel } from '../../components/dto/component.model.js';

export enum SearchElementKindEnum {
  INFO = 'INFO',
  SERVER = 'SERVER',
  OPERATION = 'OPERATION',
  CHANNEL = 'CHANNEL',
  MESSAGE = 'MESSAGE',
  SCHEMA = 'SCHEMA',
  SECURITY_SCHEME = 'SECURITY_SCHEME',
}
registerEnumType(SearchElementKindEnum, { name: 'SearchElementKind' });

@InputType({ description: 'The filters of `components`, applied to each hit version, plus allVersions' })
export class ContractSearchFilter extends OmitType(ComponentFilterInput, ['text'] as const, InputType) {
  @Field({ nullable: true, defaultValue: false, description: 'Search every version, not only the latest of each contract' })
  allVersions?: boolean;
}

@ObjectType({ description: 'A part of the contract that matched, e.g. operation "POST /antraege" or message "AntragEingegangen"' })
export class SearchMatch {
  @Field(() => SearchElementKindEnum) kind: SearchElementKindEnum;
  @Field() label: string;
  @Field(() => String, { nullable: true, description: 'HTML-escaped text with matched words in <mark>…</mark>' }) snippet: string | null;
}

@ObjectType()
export class SearchHit {
  @Field(() => Float, { description: 'Relevance (higher is better); only comparable within one query' }) score: number;
  @Field(() => ComponentModel) component: ComponentModel;
  @Field(() => ContractModel) contract: ContractModel;
  @Field(() => ContractVersionModel) version: ContractVersionModel;
  @Field(() => [SearchMatch]) matches: SearchMatch[];
}

@ObjectType()
export class SearchHitEdge {
  @Field() cursor: string;
  @Field(() => SearchHit) node: SearchHit;
}

@ObjectType()
export class SearchHitConnection {
  @Field(() => [SearchHitEdge]) edges: SearchHitEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
