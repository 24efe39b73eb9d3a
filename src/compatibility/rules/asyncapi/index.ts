// The AsyncAPI rule registry: one line per rule. Order is the order changes are reported in.
import { bindingsChanged } from './bindings-changed.rule.js';
import { channelAdded } from './channel-added.rule.js';
import { channelAddressChanged } from './channel-address-changed.rule.js';
import { channelParameterChanged } from './channel-parameter-changed.rule.js';
import { channelRemoved } from './channel-removed.rule.js';
import { channelServersChanged } from './channel-servers-changed.rule.js';
import type { AsyncApiRule } from './define-rule.js';
import { documentationChanged } from './documentation-changed.rule.js';
import { messageAdded } from './message-added.rule.js';
import { messageContentTypeChanged } from './message-content-type-changed.rule.js';
import { messageCorrelationIdChanged } from './message-correlation-id-changed.rule.js';
import { messageHeadersChanged } from './message-headers-changed.rule.js';
import { messagePayloadChanged } from './message-payload-changed.rule.js';
import { messagePayloadNotCompared } from './message-payload-not-compared.rule.js';
import { messageRemoved } from './message-removed.rule.js';
import { operationActionChanged } from './operation-action-changed.rule.js';
import { operationAdded } from './operation-added.rule.js';
import { operationRemoved } from './operation-removed.rule.js';
import { securityRequirementsNarrowed } from './security-requirements-narrowed.rule.js';
import { securityRequirementsWidened } from './security-requirements-widened.rule.js';
import { serverAdded } from './server-added.rule.js';
import { serverHostChanged } from './server-host-changed.rule.js';
import { serverProtocolChanged } from './server-protocol-changed.rule.js';
import { serverRemoved } from './server-removed.rule.js';
import { serverVariableChanged } from './server-variable-changed.rule.js';

export const ASYNCAPI_RULES: readonly AsyncApiRule[] = [
  serverRemoved,
  serverHostChanged,
  serverProtocolChanged,
  serverVariableChanged,
  serverAdded,
  channelRemoved,
  channelAddressChanged,
  channelParameterChanged,
  channelServersChanged,
  channelAdded,
  operationRemoved,
  operationActionChanged,
  operationAdded,
  messageRemoved,
  messageAdded,
  messageContentTypeChanged,
  messageCorrelationIdChanged,
  messagePayloadChanged,
  messageHeadersChanged,
  messagePayloadNotCompared,
  securityRequirementsNarrowed,
  securityRequirementsWidened,
  bindingsChanged,
  documentationChanged,
];

export type { AsyncApiRule } from './define-rule.js';
