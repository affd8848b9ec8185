/**
 * The samples of the four seed pages (shared/reference/seeds/, binding), copied word for word
 * where they are JSON, so the conformance suite checks the simulator against them rather than
 * against our reading of them.
 */

/** Seed 001: the example create-leg request. */
export const CREATE_LEG_REQUEST = {
  contact_uri: '09163816621',
  exophone: '08030752400',
  leg_event_endpoint: 'grpc://127.0.0.1:9001',
  network_type: 'pstn',
  timeout: 200,
  time_limit: 200,
};

/** Seed 001: its reply. */
export const CREATE_LEG_REPLY = {
  request_id: '811b113c561a4d35bd8520112eb629f7',
  method: 'POST',
  http_code: 202,
  response: {
    error_data: null,
    data: {
      leg_sid: '2QYATxQ9t4UKcUwcqJClSa9OEZ400000',
      created_at: '2023-05-31 08:02:32.608752571 +0000 UTC',
      account_sid: 'exotel60',
      contact_uri: '09163816621',
      network_type: 'pstn',
      exophone: '08030752400',
      custom_param: null,
      leg_event_endpoint: '127.0.0.1:9001',
    },
  },
};

/** Seed 001: the incoming-leg event sample (no event_data: the leg's fields are in `data`). */
export const LEG_INCOMING_EVENT = {
  event_sid: '2K8DQQuKWiXhXdfpMnXJYKVoTdB',
  event_type: 'leg_lifecycle_event',
  event_name: 'leg_incoming',
  event_timestamp: { seconds: 1673347299, nanos: 607761576 },
  data: {
    account_sid: 'exotel60',
    caller_id: '08030752400',
    contact_uri: '09163816622',
    date_created: '2023-01-10T10:41:39.607712401Z',
    date_updated: '2023-01-10T10:41:39.607712401Z',
    dc_code: '101',
    direction: 'inbound',
    exophone: '08030752400',
    leg_sid: '2K8DQQr2eoPW6HXJej7VesxsTUy00000',
    network_type: 'pstn',
    nso_code: '9988fd96-ce41-11ed-9a09-0242ac110003',
    start_time: '2023-01-10T10:41:39.03987348Z',
    state: 'ringing',
    time_limit: 14400,
  },
};

/** Seed 001: the outbound `leg_connecting` sample. */
export const LEG_CONNECTING_EVENT = {
  event_sid: '2Qmm2gI1sRmNkiGNyREGKHv2PnG00000',
  event_type: 'leg_lifecycle_event',
  event_name: 'leg_connecting',
  event_timestamp: { seconds: 1685966925, nanos: 743609442 },
  data: {
    account_sid: 'exotel60',
    caller_id: '8030752501',
    contact_uri: '07417712343',
    custom_param: 'MD_LEGS',
    date_created: '2023-06-05T12:08:45.521094309Z',
    date_updated: '2023-06-05T12:08:45.631124146Z',
    dc_code: '101',
    direction: 'outbound',
    exophone: '08030752400',
    leg_sid: '2Qmm2j6Y9MfjJfQMNg61K8DaKxv00000',
    network_type: 'pstn',
    nso_code: '9988fd96-ce41-11ed-9a09-0242ac110003',
    start_time: '2023-06-05T12:08:45.630677211Z',
    state: 'connecting',
    time_limit: 14400,
  },
};

/**
 * Seed 001's event table: for each lifecycle event, what `data`, `event_data.data` and
 * `event_data.error` hold ("None" and "-" are written as empty).
 */
export const EVENT_TABLE: Record<
  string,
  { type: string; data: Record<string, string[]>; actionData: string[]; error: boolean }
> = {
  leg_connecting: {
    type: 'leg_lifecycle_event',
    data: { state: ['connecting'] },
    actionData: [],
    error: false,
  },
  leg_ringing: {
    type: 'leg_lifecycle_event',
    data: { state: ['ringing'] },
    actionData: [],
    error: false,
  },
  leg_answered: {
    type: 'leg_lifecycle_event',
    data: { state: ['connected'], answered_by: ['BEEP', 'HUMAN', 'MACHINE'] },
    actionData: [],
    error: false,
  },
  amd_result_success: {
    type: 'leg_action_event',
    data: { state: ['connected'], answered_by: ['BEEP', 'HUMAN', 'MACHINE'] },
    actionData: [],
    error: false,
  },
  leg_terminated: {
    type: 'leg_lifecycle_event',
    data: { state: ['terminal'], terminal_status: ['completed', 'busy', 'no-answer', 'failed'] },
    actionData: ['hangup_cause_code'],
    error: true,
  },
  leg_failed_to_create: {
    type: 'leg_lifecycle_event',
    data: { state: ['terminal'], terminal_status: ['failed'] },
    actionData: [],
    error: true,
  },
};

/** Seed 001: the fields of an event's `error`. */
export const ERROR_FIELDS = ['error_code', 'message', 'description'];

/** Seed 003: the v3 call-legs sample reply (its envelope). */
export const V3_CALL_LEGS_REPLY_KEYS = [
  'request_id',
  'method',
  'http_code',
  'metadata',
  'response',
];
export const V3_RESPONSE_KEYS = ['code', 'error_data', 'status', 'leg_details'];

/** Seed 003: the error table. */
export const V3_ERRORS: { status: number; code: number; description: string }[] = [
  { status: 500, code: 10743, description: 'Legs not found' },
  { status: 500, code: 10715, description: 'Error retrieving leg details' },
  { status: 429, code: 10724, description: 'Too many requests (from Mavrix)' },
  { status: 404, code: 10744, description: 'Call not found' },
  { status: 404, code: 1017, description: 'Tenant not found' },
  { status: 401, code: 1010, description: 'Authentication failed' },
];

/** Seed 002: `loop` — "number of times to repeat (max 10)", default 0. */
export const LOOP = { default: 0, max: 10 };
