import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gql, startTestApp } from '../support/test-app.js';

// The zero-setup path: embedded PGlite on disk, example contracts loaded on the first start only.
describe('embedded start with a data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'registry-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const listQuery = '{ components(first: 50) { edges { node { slug contracts { name versions { version } } releases { version sbom { format specVersion } crypto { status } } operatingModel { hostingModel } } } } }';
  type ListResult = { components: { edges: { node: { slug: string; contracts: { name: string; versions: { version: string }[] }[]; releases: unknown[]; operatingModel: unknown } }[] } };

  it('loads the example contracts on the first start and keeps them across a restart', async () => {
    const first = await startTestApp({ REGISTRY_DATA_DIR: dataDir, REGISTRY_SEED_EXAMPLES: 'true' }, { embedded: true });
    const before = await gql<ListResult>(first, listQuery);
    const slugs = before.data!.components.edges.map((e) => e.node.slug);
    expect(slugs).toEqual(['antragsservice', 'epayment', 'eudi-pid-issuer', 'eudi-verifier', 'nachrichten']);
    const versions = before.data!.components.edges.flatMap((e) => e.node.contracts.flatMap((c) => c.versions));
    expect(versions).toHaveLength(16);
    // The example trust facts: one release with its SBOM (TLS 1.2 → WARN) and one operating model, on the Antragsservice.
    const antrag = before.data!.components.edges.find((e) => e.node.slug === 'antragsservice')!.node;
    expect(antrag.releases).toEqual([{ version: '2.0.0', sbom: { format: 'CYCLONEDX', specVersion: '1.6' }, crypto: { status: 'WARN' } }]);
    expect(antrag.operatingModel).toEqual({ hostingModel: 'PUBLIC_SECTOR_CLOUD' });
    expect(before.data!.components.edges.filter((e) => e.node.releases.length || e.node.operatingModel).map((e) => e.node.slug)).toEqual(['antragsservice']);
    // The example conformance records: the PID issuer's covers 1.1.0, and 2.0.0 broke it.
    const eudi = await gql<{ c: { eudiConformance: { current: { status: string; staleReasons: { code: string }[] } } } }>(first,
      '{ c: component(slug: "eudi-pid-issuer") { eudiConformance { current { status staleReasons { code } } } } }');
    expect(eudi.data?.c.eudiConformance.current).toEqual({ status: 'STALE', staleReasons: [{ code: 'CONTRACT_BREAKING_CHANGE' }] });
    await first.close();

    const second = await startTestApp({ REGISTRY_DATA_DIR: dataDir, REGISTRY_SEED_EXAMPLES: 'true' }, { embedded: true });
    const after = await gql<ListResult>(second, listQuery);
    await second.close();
    expect(after.data).toEqual(before.data);
    // Two embedded starts with seeding: a minute on a quiet machine's PGlite is not enough when it is loaded.
  }, 180_000);
});
