import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ComponentExtensions } from '../components/component-extensions.js';
import type { FilterPredicate } from '../components/component-extensions.js';
import { DomainError } from '../common/errors/domain-error.js';
import { summaryPredicate } from './trust.repository.js';
import { normaliseLicenceFilter } from './trust.service.js';

const CRYPTO_STATUSES = ['NONE', 'PASS', 'WARN', 'FAIL'];

/** Implements the trust filters of component listings and contract search (one summary row per component). */
@Injectable()
export class TrustComponentFilter implements OnModuleInit {
  constructor(private readonly extensions: ComponentExtensions) {}

  onModuleInit(): void {
    this.extensions.registerFilter({
      name: 'trust',
      handles: ['licence', 'osiApproved', 'hasSbom', 'tr03183Compliant', 'cryptoStatus'],
      build: (filter, scope) => {
        const c = scope.component;
        const out: FilterPredicate[] = [];
        if (filter.licence != null) {
          if (filter.licence.length > 200) throw new DomainError('BAD_REQUEST', 'licence filter is longer than 200 characters', [{ pointer: '/filter/licence', message: 'too long' }]);
          out.push(summaryPredicate(c, 'ts.licence_ids && ARRAY[:...tLicence]::text[]', { tLicence: normaliseLicenceFilter(filter.licence) }));
        }
        if (filter.osiApproved === true) out.push(summaryPredicate(c, 'cardinality(ts.licence_ids) > 0 AND NOT ts.has_non_osi_licence AND NOT ts.has_unknown_licence', {}));
        if (filter.osiApproved === false) out.push(summaryPredicate(c, '(ts.has_non_osi_licence OR ts.has_unknown_licence)', {}));
        if (filter.hasSbom === true) out.push(summaryPredicate(c, 'ts.has_sbom', {}));
        if (filter.hasSbom === false) out.push({ sql: `NOT ${summaryPredicate(c, 'ts.has_sbom', {}).sql}`, params: {} });
        if (filter.tr03183Compliant != null) out.push(summaryPredicate(c, 'ts.tr03183_compliant = :tTr', { tTr: filter.tr03183Compliant }));
        if (filter.cryptoStatus?.length) {
          const bad = filter.cryptoStatus.find((s) => !CRYPTO_STATUSES.includes(s));
          if (bad) throw new DomainError('BAD_REQUEST', `cryptoStatus "${bad}" is not one of ${CRYPTO_STATUSES.join(', ')}`, [{ pointer: '/filter/cryptoStatus', message: 'unknown status' }]);
          out.push(summaryPredicate(c, 'ts.crypto_status IN (:...tCrypto)', { tCrypto: filter.cryptoStatus }));
        }
        return out;
      },
    });
  }
}
