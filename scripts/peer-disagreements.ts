// Pairs where our verdict differs from the peer's expectation on purpose, each with its reason.
// peer-check lists them separately and does not count them as misses. An entry whose pair we
// now agree on is reported as stale, so the table cannot hide anything.
//   peer-option:          the peer reaches its verdict only with non-default options; its default agrees with us
//   expectation-misread:  the peer's own test asserts what we do; EXPECTATIONS.*.json misread it
//   by-design:            we disagree with the peer on consumer impact, for the reason given

export type DisagreementKind = 'peer-option' | 'expectation-misread' | 'by-design';

export const PEER_DISAGREEMENTS: Record<string, { kind: DisagreementKind; reason: string }> = {
  // oasdiff
  'oasdiff-007': { kind: 'peer-option', reason: 'deprecating an operation without sunset is ERR only under a deprecation policy (WithDeprecation); the default test expects no error, we report info' },
  'oasdiff-118': { kind: 'peer-option', reason: 'same as 007 for a parameter: ERR only under a deprecation policy, default expects no error' },
  'oasdiff-208': { kind: 'peer-option', reason: 'same as 007 for properties: both ERR cases run with WithDeprecation' },
  'oasdiff-011': { kind: 'peer-option', reason: "needs a stability threshold; the error is about the base's invalid level ('ga'), the revision's level (alpha) is valid and is what gets published" },
  'oasdiff-033': { kind: 'peer-option', reason: "needs a stability threshold; the base's invalid level is removed, the revision is valid" },
  'oasdiff-040': { kind: 'by-design', reason: 'the revision replaces an unparseable operation sunset with a valid future date; oasdiff errors because it cannot parse the base, clients lose nothing' },
  'oasdiff-140': { kind: 'by-design', reason: 'same as 040 for a parameter: an invalid sunset is fixed' },
  'oasdiff-135': { kind: 'by-design', reason: 'a parameter whose sunset was unreadable (flagged as request-parameter-sunset-invalid when introduced) is removed: no readable promise is broken, the removal is a warning like any parameter removal' },
  'oasdiff-094': { kind: 'by-design', reason: 'the added allOf members (Rabbit, Breed3) repeat constraints already there (type object, name: string): the merged schema accepts exactly the same payloads' },
  'oasdiff-170': { kind: 'by-design', reason: 'the added allOf member only declares an optional property prop3: the same schema as adding it inline, which oasdiff itself reports as INFO' },
  'oasdiff-171': { kind: 'expectation-misread', reason: 'TestRequestPropertyAllOfAdded_AnnotationOnly_EmitsInfo asserts a single INFO change and require.NotEqual on the ERR id' },
  'oasdiff-172': { kind: 'expectation-misread', reason: 'same as 171 at property level: the test asserts INFO only, explicitly not the ERR id' },
  // openapi-diff
  'openapi-diff-008': { kind: 'by-design', reason: 'a response media type without schema (any body) gains one: readers get a narrower, documented shape' },
  'openapi-diff-061': { kind: 'by-design', reason: 'request fields that stop accepting null reject clients sending null (oasdiff agrees: request-property-became-not-nullable ERR); openapi-diff ignores nullable' },
  'openapi-diff-069': { kind: 'by-design', reason: 'DELETE /pet/{petId} now needs read:pets in the only alternative old tokens can meet, and /pet3 moved to a scheme with another authorization URL: old tokens are rejected' },
  'openapi-diff-074': { kind: 'by-design', reason: 'an error status (400) dropped from the docs: clients must handle undocumented errors anyway; warning (oasdiff: response-non-success-status-removed INFO)' },
  'openapi-diff-082': { kind: 'by-design', reason: 'a new response enum value warns because enums are treated as open (oasdiff: WARN); teams with closed enums raise response-enum-value-added by severity override' },
  'openapi-diff-085': { kind: 'by-design', reason: 'explode only changes how arrays and objects are serialized; all these headers are integers, nothing changes on the wire' },
  'openapi-diff-087': { kind: 'by-design', reason: 'a response header that becomes required is a stronger guarantee for readers' },
  'openapi-diff-090': { kind: 'by-design', reason: 'the removed response header was optional, readers already had to cope with its absence; warning (oasdiff: optional-response-header-removed WARN)' },
  'openapi-diff-097': { kind: 'peer-option', reason: 'RESPONSE_MIN_LENGTH_INCREASED is off by default; a higher response minLength narrows what readers get' },
  'openapi-diff-098': { kind: 'by-design', reason: 'a lower response minLength lets readers receive shorter strings than promised (oasdiff agrees: response-body-min-length-decreased ERR)' },
  'openapi-diff-114': { kind: 'expectation-misread', reason: "openapi-diff's default test asserts compatible; incompatible only with OPERATION_ID_CHANGED, off by default (we warn)" },
  'openapi-diff-123': { kind: 'by-design', reason: 'a removed optional query parameter is ignored, not rejected, for clients still sending it; warning (oasdiff: request-parameter-removed WARN)' },
  'openapi-diff-165': { kind: 'by-design', reason: "bearerFormat is documentation ('primarily for documentation purposes', OpenAPI 3); the token clients send is unchanged" },
  'openapi-diff-173': { kind: 'by-design', reason: 'an optional response property became writeOnly: readers already had to cope with its absence; warning (oasdiff: response-optional-property-became-write-only INFO)' },
  'openapi-diff-174': { kind: 'by-design', reason: 'a required response property stops being writeOnly, so readers now receive it: an addition for readers (oasdiff: WARN, not ERR)' },
};
