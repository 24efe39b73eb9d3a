// Small documents written for the tests. `makeOpenApi` varies paths so each call can be a new version.

export function makeOpenApi(opts: { title?: string; version?: string; paths?: string[]; extraProperty?: string } = {}): string {
  const paths = opts.paths ?? ['/antraege'];
  const lines = [
    'openapi: 3.1.0',
    'info:',
    `  title: ${opts.title ?? 'Antragsdienst'}`,
    `  version: ${opts.version ?? '1.0.0'}`,
    'paths:',
  ];
  for (const p of paths) {
    lines.push(
      `  ${p}:`,
      '    get:',
      `      operationId: list${p.replace(/[^a-zA-Z0-9]/g, '')}`,
      '      responses:',
      "        '200':",
      '          description: ok',
      '          content:',
      '            application/json:',
      '              schema:',
      "                $ref: '#/components/schemas/Antrag'",
    );
  }
  lines.push(
    'components:',
    '  schemas:',
    '    Antrag:',
    '      type: object',
    '      required: [id]',
    '      properties:',
    '        id: { type: string }',
    ...(opts.extraProperty ? [`        ${opts.extraProperty}: { type: string }`] : []),
  );
  return `${lines.join('\n')}\n`;
}

export function makeAsyncApi(opts: { version?: string } = {}): string {
  return `asyncapi: 3.0.0
info:
  title: Antragsereignisse
  version: ${opts.version ?? '1.0.0'}
channels:
  antraege:
    address: antraege.eingegangen
    messages:
      AntragEingegangen:
        payload:
          type: object
          properties:
            antragId: { type: string }
operations:
  sendAntragEingegangen:
    action: send
    channel:
      $ref: '#/channels/antraege'
`;
}

export const COMPONENT_INPUT = {
  slug: 'antragsservice',
  name: 'Antragsservice',
  layer: 'submission',
  description: 'Nimmt Anträge entgegen',
  tags: ['antrag', 'ozg'],
  ownerOrganisation: 'Land Musterland',
  license: 'EUPL-1.2',
  platformOwner: { name: 'Erika Mustermann', email: 'erika@example.org' },
};
