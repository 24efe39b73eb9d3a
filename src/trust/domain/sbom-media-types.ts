/** Media types an SBOM may be uploaded as (PUT /api/v1/components/{c}/releases/{v}/sbom). */
export const SBOM_MEDIA_TYPES = ['application/json', 'application/vnd.cyclonedx+json', 'application/spdx+json', 'application/ld+json'];

/** The SBOM upload route (its own body parser and size limit, see app.ts). */
export const SBOM_ROUTE = /^\/api\/v1\/components\/[^/]+\/releases\/[^/]+\/sbom$/;
