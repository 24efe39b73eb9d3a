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

  /** The first `perLayer` components of every layer by slug, with each layer's size: one scan. */
  async layerOverview(perLayer: number): Promise<LayerComponentRow[]> {
    const rows: (Omit<LayerComponentRow, 'total'> & { total: string })[] = await this.ds.query(
      `SELECT layer, slug, name, lifecycle, total FROM (
         SELECT layer, slug, name, lifecycle, count(*) OVER (PARTITION BY layer) AS total,
                row_number() OVER (PARTITION BY layer ORDER BY slug) AS n
           FROM component) ranked
        WHERE n <= $1 ORDER BY layer, slug`,
      [perLayer],
    );
    return rows.map((r) => ({ ...r, total: Number(r.total) }));
  }
}
