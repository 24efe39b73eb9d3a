// The search relevance set of issue 22: queries as integrators type them, with the components an
// answer must show near the top. Corpus: the bundesAPI documents of ../shared/corpus/openapi/german-public
// (component = directory name, contract `api`, and `api-en` for an openapi_en.yaml) plus the example
// contracts of contracts/ (seeded) and the documents we wrote in test/fixtures/relevance/. `expected` lists the acceptable components; the first of them in
// the hit list counts for recall@5 and MRR.

export type RelevanceCategory = 'german' | 'english' | 'typo' | 'compound' | 'plural' | 'operation' | 'channel' | 'path';

export interface RelevanceQuery {
  query: string;
  expected: string[];
  category: RelevanceCategory;
  /** searchContracts filter (operation queries). */
  filter?: Record<string, unknown>;
  /** Named in issue 22. */
  issue?: true;
}

const q = (category: RelevanceCategory, query: string, expected: string | string[], extra: Partial<RelevanceQuery> = {}): RelevanceQuery =>
  ({ query, expected: Array.isArray(expected) ? expected : [expected], category, ...extra });

// polizei-brandenburg publishes water levels too (`/pegel`, "Pegelstände").
const PEGEL = ['pegel-online-api', 'polizei-brandenburg-api'];
const ANTRAG = ['antragsservice', 'dip-bundestag-api', 'pflanzenschutzmittelzulassung-api'];

export const RELEVANCE_SET: RelevanceQuery[] = [
  // German, as written in the documents
  q('german', 'Feiertage', 'feiertage-api'),
  q('german', 'Autobahn Baustellen', 'autobahn-api'),
  q('german', 'Webcam Autobahn', 'autobahn-api'),
  q('german', 'Lebensmittel', 'lebensmittelwarnung-api', { issue: true }),
  q('german', 'Reisewarnung', 'travelwarning-api'),
  q('german', 'Jobsuche', 'jobsuche-api'),
  q('german', 'Polizei', 'polizei-brandenburg-api'),
  q('german', 'Drucksache', 'dip-bundestag-api'),
  q('german', 'Lobbyregister', 'bundestag-lobbyregister-api'),
  q('german', 'Einfuhrzoll', 'zoll-api'),
  q('german', 'Hilfsmittel', 'hilfsmittel-api'),
  q('german', 'Pflanzenschutzmittel Zulassung', 'pflanzenschutzmittelzulassung-api'),
  q('german', 'Unwetter', ['dwd-api', 'nina-api']),
  q('german', 'Tagesordnung', 'bundestag-tagesordnung-api'),
  q('german', 'Bundeshaushalt', 'bundeshaushalt-api'),
  q('german', 'Wasserstand', 'pegel-online-api', { issue: true }),
  q('german', 'Antrag', ANTRAG),
  q('german', 'Antrag einreichen', 'antragsservice'),
  q('german', 'Zahlung', 'epayment'),
  q('german', 'Postfach Nachricht', 'nachrichten'),
  q('german', 'Marktstammdaten', 'marktstammdaten-api'),
  q('german', 'Bevölkerungsschutz', 'nina-api'),
  q('german', 'Luftqualität', 'luftqualitaet-api'),
  q('german', 'Hundesteuer', 'hundesteuer'),
  // typos (long and short words)
  q('typo', 'Feirtage', 'feiertage-api', { issue: true }),
  q('typo', 'Hundesteur', 'hundesteuer', { issue: true }),
  q('typo', 'Bscheid', 'hundesteuer'),
  q('typo', 'Antrg', ANTRAG, { issue: true }),
  q('typo', 'Antarg', ANTRAG, { issue: true }),
  q('typo', 'Pegelstnd', PEGEL, { issue: true }),
  q('typo', 'Autobhan', 'autobahn-api'),
  q('typo', 'Lebensmitel', 'lebensmittelwarnung-api'),
  q('typo', 'Reisewarnug', 'travelwarning-api'),
  q('typo', 'Jobsuhe', 'jobsuche-api'),
  q('typo', 'Zahlnug', 'epayment'),
  q('typo', 'Polizie', 'polizei-brandenburg-api'),
  q('typo', 'Pegl', PEGEL),
  // compounds: parts of indexed compounds, and compounds no document contains
  q('compound', 'Pegelstand', 'pegel-online-api', { issue: true }),
  q('compound', 'Autobahnwebcam', 'autobahn-api'),
  q('compound', 'Warnung', ['lebensmittelwarnung-api', 'travelwarning-api', 'dwd-api', 'nina-api']),
  q('compound', 'Lebensmittelrückruf', 'lebensmittelwarnung-api'),
  // plurals, with and without umlaut
  q('plural', 'Wasserstände', 'pegel-online-api', { issue: true }),
  q('plural', 'Pegelstände', 'pegel-online-api'),
  q('plural', 'Lebensmittelwarnungen', 'lebensmittelwarnung-api', { issue: true }),
  q('plural', 'Anträge', ANTRAG),
  q('plural', 'Webcams', 'autobahn-api'),
  q('plural', 'Reisewarnungen', 'travelwarning-api'),
  // English
  q('english', 'holidays', 'feiertage-api', { issue: true }),
  q('english', 'public holidays', 'feiertage-api'),
  q('english', 'water level', 'pegel-online-api', { issue: true }),
  q('english', 'weather warning', ['dwd-api', 'nina-api'], { issue: true }),
  q('english', 'travel warnings', 'travelwarning-api'),
  q('english', 'food warning', 'lebensmittelwarnung-api'),
  q('english', 'motorway roadworks', 'autobahn-api'),
  q('english', 'police', 'polizei-brandenburg-api'),
  q('english', 'customs duty', 'zoll-api'),
  q('english', 'air quality', 'luftqualitaet-api'),
  q('english', 'payment', 'epayment'),
  q('english', 'dog tax', 'hundesteuer'),
  q('english', 'dog registration', 'hundesteuer'),
  q('english', 'tax notice', 'hundesteuer'),
  q('english', 'electricity market', 'smard-api'),
  q('english', 'parliament agenda', 'bundestag-tagesordnung-api'),
  q('english', 'federal budget', 'bundeshaushalt-api'),
  q('english', 'civil protection', 'nina-api'),
  q('english', 'citizen mailbox', 'nachrichten'),
  // operations (filter) and channels / paths (query)
  q('operation', 'Zahlung', 'epayment', { filter: { operation: 'SEND zahlung.*' }, issue: true }),
  q('operation', 'Zahlung', 'epayment', { filter: { operation: 'SUBSCRIBE zahlung.*' } }),
  q('operation', 'Antrag', 'antragsservice', { filter: { operation: 'SEND dstack.antrag.*' } }),
  q('operation', 'Zahlung', 'epayment', { filter: { operation: 'POST /zahlungen*' } }),
  q('operation', 'roadworks', 'autobahn-api', { filter: { operation: 'GET /{roadId}/services/*' } }),
  q('channel', 'zahlung.abgeschlossen', 'epayment'),
  q('channel', 'dstack.antrag.eingegangen.v1', 'antragsservice'),
  q('path', '/zahlungen/{id}/erstattungen', 'epayment'),
  q('path', '/nachrichten/{nachrichtId}', 'nachrichten'),
];
