// A small registry for the search tests: realistic German base components, written for the tests.

export interface FixtureComponent {
  input: { slug: string; name: string; layer: string; description: string; tags: string[]; ownerOrganisation: string };
  contracts: { name: string; versions: { version: string; document: string }[] }[];
}

const antragApi = (version: string, extra = '') => `openapi: 3.1.0
info:
  title: Antragsdienst
  version: ${version}
  description: Anträge digital einreichen und den Bearbeitungsstand abfragen.${extra}
tags:
  - name: Anträge
servers:
  - url: https://antrag.example.de/api
paths:
  /antraege:
    post:
      operationId: antragEinreichen
      summary: Antrag einreichen
      description: Nimmt einen vollständigen Antrag entgegen und gibt die Antragsnummer zurück.
      tags: [Anträge]
      responses:
        '201': { description: angelegt }
  /antraege/{antragId}:
    get:
      operationId: getAntrag
      summary: Antrag abrufen
      parameters:
        - { name: antragId, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok }
${version.startsWith('2.') ? `  /antraege/{antragId}/status:
    get:
      operationId: getAntragStatus
      summary: Bearbeitungsstatus eines Antrags
      parameters:
        - { name: antragId, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok }
` : ''}components:
  schemas:
    Antrag:
      type: object
      properties:
        antragId: { type: string }
        antragsteller: { type: string }
        eingereichtAm: { type: string, format: date-time }
  securitySchemes:
    eudiWallet:
      type: openIdConnect
      description: Anmeldung mit der EUDI Wallet (OpenID4VP)
      openIdConnectUrl: https://wallet.example.de/.well-known/openid-configuration
`;

const antragEvents = `asyncapi: 3.0.0
info:
  title: Antragsereignisse
  version: 1.0.0
  description: Statusereignisse zu eingereichten Anträgen.
channels:
  antragStatus:
    address: antraege/{antragId}/status
    messages:
      AntragStatusGeaendert:
        $ref: '#/components/messages/AntragStatusGeaendert'
  antragEingang:
    address: antraege.eingegangen
    messages:
      AntragEingegangen:
        $ref: '#/components/messages/AntragEingegangen'
operations:
  sendeStatus:
    action: send
    channel: { $ref: '#/channels/antragStatus' }
    summary: Meldet jede Statusänderung eines Antrags
  sendeEingang:
    action: send
    channel: { $ref: '#/channels/antragEingang' }
components:
  messages:
    AntragStatusGeaendert:
      summary: Der Bearbeitungsstatus eines Antrags hat sich geändert
      payload:
        type: object
        properties:
          antragId: { type: string }
          neuerStatus: { type: string }
    AntragEingegangen:
      summary: Ein Antrag ist eingegangen
      payload:
        type: object
        properties:
          antragId: { type: string }
`;

const hundesteuer = `openapi: 3.0.3
info:
  title: Hundesteuer-Anmeldung
  version: 1.0.0
  description: Hunde bei der Kommune zur Hundesteuer an- und abmelden.
paths:
  /hundesteuer/anmeldungen:
    post:
      operationId: hundAnmelden
      summary: Hund zur Hundesteuer anmelden
      responses:
        '201': { description: angemeldet }
components:
  schemas:
    Hundehalter:
      type: object
      properties:
        name: { type: string }
        hunderasse: { type: string }
`;

const wetter = `swagger: '2.0'
info:
  title: Wetterwarnungen
  version: 1.0.0
  description: Amtliche Unwetterwarnungen für Landkreise.
host: warn.example.de
basePath: /v1
paths:
  /warnings:
    get:
      operationId: getWarnings
      summary: Aktuelle Unwetterwarnungen abrufen
      responses:
        '200': { description: ok }
definitions:
  Warning:
    type: object
    properties:
      severity: { type: string }
      region: { type: string }
`;

const zahlung = `asyncapi: 2.6.0
info:
  title: Zahlungsereignisse
  version: 1.0.0
channels:
  payments/received:
    subscribe:
      operationId: onPaymentReceived
      summary: A payment for a fee notice was received
      message:
        name: PaymentReceived
        title: Zahlung eingegangen
        payload:
          type: object
          properties:
            amount: { type: number }
            kassenzeichen: { type: string }
`;

const postfach = `openapi: 3.0.3
info:
  title: Postfach-Schnittstelle
  version: 1.0.0
paths:
  /nachrichten:
    post:
      operationId: nachrichtSenden
      summary: Nachricht an ein Postfach senden
      responses:
        '202': { description: angenommen }
`;

const org = 'Land Musterland';
export const SEARCH_FIXTURES: FixtureComponent[] = [
  {
    input: { slug: 'antragsservice', name: 'Antragsservice', layer: 'submission', description: 'Nimmt Anträge entgegen', tags: ['antrag', 'ozg'], ownerOrganisation: org },
    contracts: [
      { name: 'antrag-api', versions: [{ version: '1.0.0', document: antragApi('1.0.0') }, { version: '2.0.0', document: antragApi('2.0.0') }] },
      { name: 'antrag-events', versions: [{ version: '1.0.0', document: antragEvents }] },
    ],
  },
  {
    input: { slug: 'hundesteuer', name: 'Hundesteuer', layer: 'finance', description: 'Kommunale Steuer', tags: ['steuer', 'kommune'], ownerOrganisation: 'Stadt Beispielstadt' },
    contracts: [{ name: 'anmeldung-api', versions: [{ version: '1.0.0', document: hundesteuer }] }],
  },
  {
    input: { slug: 'wetterdienst', name: 'Wetterdienst', layer: 'data-exchange', description: 'Warnungen', tags: ['wetter'], ownerOrganisation: 'Bund' },
    contracts: [{ name: 'warn-api', versions: [{ version: '1.0.0', document: wetter }] }],
  },
  {
    input: { slug: 'zahlungsverkehr', name: 'Zahlungsverkehr', layer: 'payment', description: 'Payment events', tags: ['zahlung'], ownerOrganisation: org },
    contracts: [{ name: 'zahlung-events', versions: [{ version: '1.0.0', document: zahlung }] }],
  },
  {
    input: { slug: 'buergerpostfach', name: 'Bürgerpostfach', layer: 'communication', description: 'Sichere Kommunikation mit Bürgerinnen und Bürgern', tags: ['postfach'], ownerOrganisation: 'Bund' },
    contracts: [{ name: 'postfach-api', versions: [{ version: '1.0.0', document: postfach }] }],
  },
];

/** A hotfix of the old major, published after 2.0.0: must not become `latest`. */
export const ANTRAG_HOTFIX = { version: '1.0.1', document: antragApi('1.0.1', ' Korrekturfassung Sonderfall Quellcodeprüfung.') };
