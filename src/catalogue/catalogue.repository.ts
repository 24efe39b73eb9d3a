import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface LayerComponentRow {
  layer: string;
  slug: string;
  name: string;
  lifecycle: string;
  /** Components in this layer (all of them, not just the ones returned). */
  total: number;
}

@Injectable()
export class CatalogueRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * The first `perLayer` components of every layer by slug, with each layer's size. The distinct layers
   * come from a skip scan over idx_component_layer_slug (recursive min(layer) > previous), then one
   * LIMIT query and one index-only count per layer: a few dozen index reads, not a sort of all rows.
   */
  async layerOverview(perLayer: number): Promise<LayerComponentRow[]> {
    const rows: (Omit<LayerComponentRow, 'total'> & { total: string })[] = await this.ds.query(
      `WITH RECURSIVE layers(layer) AS (
         SELECT min(layer) FROM component
         UNION ALL
         SELECT (SELECT min(c.layer) FROM component c WHERE c.layer > l.layer) FROM layers l WHERE l.layer IS NOT NULL)
       SELECT l.layer, c.slug, c.name, c.lifecycle, n.total
         FROM layers l
         CROSS JOIN LATERAL (SELECT slug, name, lifecycle FROM component WHERE layer = l.layer ORDER BY slug LIMIT $1) c
         CROSS JOIN LATERAL (SELECT count(*) AS total FROM component WHERE layer = l.layer) n
        WHERE l.layer IS NOT NULL
        ORDER BY l.layer, c.slug`,
      [perLayer],
    );
    return rows.map((r) => ({ ...r, total: Number(r.total) }));
  }
}
