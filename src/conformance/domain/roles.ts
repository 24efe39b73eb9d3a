// The roles a base component can claim towards the EUDI Wallet ecosystem. Wallet Providers are not a
// role here: the registry describes services that talk to wallets, not wallets.

export const CONFORMANCE_ROLES = [
  'RELYING_PARTY',
  'RP_INTERMEDIARY',
  'PID_PROVIDER',
  'QEAA_PROVIDER',
  'PUB_EAA_PROVIDER',
  'EAA_PROVIDER',
] as const;

export type ConformanceRole = (typeof CONFORMANCE_ROLES)[number];

export const RELYING_PARTY_ROLES: readonly ConformanceRole[] = ['RELYING_PARTY', 'RP_INTERMEDIARY'];

export const ATTESTATION_PROVIDER_ROLES: readonly ConformanceRole[] = [
  'QEAA_PROVIDER',
  'PUB_EAA_PROVIDER',
  'EAA_PROVIDER',
];

export const ISSUER_ROLES: readonly ConformanceRole[] = ['PID_PROVIDER', ...ATTESTATION_PROVIDER_ROLES];

export function isConformanceRole(value: string): value is ConformanceRole {
  return (CONFORMANCE_ROLES as readonly string[]).includes(value);
}

// Which roles an ARF requirement addresses is not a column of the CSV. We read it from the text
// (the actors a requirement names) and fall back to the category, because categories alone mislead:
// e.g. VCR_12 ("If a Relying Party ...") sits under "Attestation & PID Providers".
const TEXT_MENTIONS: readonly [RegExp, readonly ConformanceRole[]][] = [
  [/relying part(y|ies)/i, RELYING_PARTY_ROLES],
  [/intermediar(y|ies)/i, ['RP_INTERMEDIARY']],
  [/\bPID Providers?\b/, ['PID_PROVIDER']],
  [/\bAttestation Providers?\b/, ATTESTATION_PROVIDER_ROLES],
  [/\bQEAA Providers?\b/, ['QEAA_PROVIDER']],
  [/\bPuB-EAA Providers?\b/, ['PUB_EAA_PROVIDER']],
  [/(?<![-\w])EAA Providers?\b/, ['EAA_PROVIDER']],
];

const CATEGORY_ROLES: Readonly<Record<string, readonly ConformanceRole[]>> = {
  'Relying Parties': RELYING_PARTY_ROLES,
  'Attestation & PID Providers': ISSUER_ROLES,
};

/** Roles an ARF requirement applies to, in CONFORMANCE_ROLES order; empty for wallet-only rules. */
export function rolesForArfRequirement(category: string, text: string): ConformanceRole[] {
  const found = new Set<ConformanceRole>();
  for (const [pattern, roles] of TEXT_MENTIONS) {
    if (pattern.test(text)) {
      roles.forEach((r) => found.add(r));
    }
  }
  if (found.size === 0) {
    (CATEGORY_ROLES[category] ?? []).forEach((r) => found.add(r));
  }
  return CONFORMANCE_ROLES.filter((r) => found.has(r));
}
