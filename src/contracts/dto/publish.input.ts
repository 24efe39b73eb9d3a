import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class PublishContractVersionInput {
  @Field({ description: 'Component slug' }) component: string;
  @Field({ description: 'Contract name (kebab-case); created with the first version' }) contract: string;
  @Field({ description: 'Strict semantic version, e.g. 1.4.0' }) version: string;
  @Field({ description: 'The OpenAPI or AsyncAPI document, YAML or JSON, exactly as it should be stored' }) document: string;
}
