import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #22: AsyncAPI 2.x operations are indexed as SEND/RECEIVE (the component's view, as in 3.x)
// instead of SUBSCRIBE/PUBLISH. Dropping the index rows of 2.x versions lets the start-up backfill
// (SearchService.onApplicationBootstrap) index them again with the release that runs; down() does the
// same, so the older release re-indexes them with its own labels.
const DROP_ASYNCAPI2_INDEX = `
  DELETE FROM search_version s USING contract_version v
  WHERE v.id = s.version_id AND s.kind = 'ASYNCAPI' AND v.spec_version LIKE '2.%'`;

export class ReindexAsyncApi2Directions1796001000000 implements MigrationInterface {
  name = 'ReindexAsyncApi2Directions1796001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(DROP_ASYNCAPI2_INDEX);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(DROP_ASYNCAPI2_INDEX);
  }
}
