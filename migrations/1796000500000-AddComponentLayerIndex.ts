import type { MigrationInterface, QueryRunner } from 'typeorm';

// The catalogue's start page lists every layer with its first components by slug (issue #15): an index
// on (layer, slug) lets PostgreSQL skip from layer to layer and read only those rows, instead of
// sorting all components on every start page.
export class AddComponentLayerIndex1796000500000 implements MigrationInterface {
  name = 'AddComponentLayerIndex1796000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS idx_component_layer_slug ON component (layer, slug)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS idx_component_layer_slug`);
  }
}
