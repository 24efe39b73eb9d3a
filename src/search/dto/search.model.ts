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

export enum MatchedAsEnum {
  EXACT = 'EXACT',
  STEM = 'STEM',
  PREFIX = 'PREFIX',
  COMPOUND_PART = 'COMPOUND_PART',
  TYPO = 'TYPO',
  SYNONYM = 'SYNONYM',
  TRANSLATION = 'TRANSLATION',
}
registerEnumType(MatchedAsEnum, {
  name: 'MatchedAs',
  description: 'How a query term matched a hit',
  valuesMap: {
    EXACT: { description: 'the word as typed (umlauts spelled out, case ignored)' },
    STEM: { description: 'the same word stem or a plural form (Anträge → antrag, Wasserstände → wasserstand)' },
    PREFIX: { description: 'a longer word starting with the query word' },
    COMPOUND_PART: { description: 'part of a compound: the query word inside a longer word (steuer → hundesteuer), or the query compound split into vocabulary words (Pegelstand → pegel + stand)' },
    TYPO: { description: 'a vocabulary word within the allowed edit distance (1 for 4–6 letters, 2 from 7)' },
    SYNONYM: { description: 'a same-language word of the bilingual vocabulary (Pegelstand → Wasserstand)' },
    TRANSLATION: { description: 'an English ↔ German pair of the bilingual vocabulary (holidays → Feiertag)' },
  },
});

@ObjectType({ description: 'How one query term matched: e.g. term "Antrg" matchedAs TYPO via "antrag"' })
export class MatchedTerm {
  @Field({ description: 'The query word or vocabulary phrase as typed' }) term: string;
  @Field(() => MatchedAsEnum) matchedAs: MatchedAsEnum;
  @Field({ description: 'What matched on the document side: the word, stem, parts ("pegel + stand") or translation' }) via: string;
}

@ObjectType()
export class SearchHit {
  @Field(() => Float, { description: 'Relevance (higher is better); only comparable within one query' }) score: number;
  @Field(() => ComponentModel) component: ComponentModel;
  @Field(() => ContractModel) contract: ContractModel;
  @Field(() => ContractVersionModel) version: ContractVersionModel;
  @Field(() => [SearchMatch]) matches: SearchMatch[];
  @Field(() => [MatchedTerm], { description: 'Which query terms matched this hit, and how (best kind first per term)' }) matchedTerms: MatchedTerm[];
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
