import { ERROR, HUNG_UP, NEXT, text } from '../common-params';
import { defineAction } from '../define-action';
import type { NodeDefinition, ParamCheck, PortSpec, WaitSpec } from '../node-definition';
import type { IntegerParam, ParamSpec } from '../param-spec';
import { EVENT } from '../../events';

/** Extra seconds the runner allows beyond the leg's own answer time-out. */
const ANSWER_GRACE_SECONDS = 15;

export const answer = defineAction({
  kind: 'answer',
  title: 'Answer',
  help: 'Answers an incoming call. Do this before playing or saying anything to the caller.',
  category: 'Calls',
  icon: '✆',
  tag: 'Answer',
});

export const hangup = defineAction({
  kind: 'hangup',
  title: 'Hang up',
  help: 'Ends this leg of the call. The flow can go on with the other legs.',
  category: 'Calls',
  icon: '☎',
  tag: 'Hangup',
  ports: () => [{ ...NEXT, required: false }, ERROR],
});

function seconds(
  name: string,
  label: string,
  help: string,
  max: number,
  def: number,
): IntegerParam {
  return {
    name,
    label,
    help,
    type: 'integer',
    min: 1,
    max,
    default: def,
    unit: 'seconds',
    exoml: 'none',
  };
}

const createLegParams: ParamSpec[] = [
  {
    name: 'contact_uri',
    label: 'Number to call',
    help: 'An Indian number with a leading 0 or country code (09163816621, +919163816621), or sip:user@domain.',
    type: 'string',
    format: 'phone',
    required: true,
    exoml: 'none',
  },
  {
    name: 'exophone',
    label: 'Caller ID (ExoPhone)',
    help: 'Your Exotel number or SIP identity shown to the person called.',
    type: 'string',
    format: 'phone',
    required: true,
    exoml: 'none',
  },
  {
    name: 'network_type',
    label: 'Network',
    help: 'PSTN for phone numbers, VoIP for SIP addresses.',
    type: 'enum',
    default: 'pstn',
    options: [
      { value: 'pstn', label: 'PSTN (phone number)' },
      { value: 'voip', label: 'VoIP (SIP)' },
    ],
    exoml: 'none',
  },
  {
    name: 'custom_param',
    label: 'Custom value',
    help: 'Any text; the platform echoes it in every event of this leg.',
    type: 'string',
    exoml: 'none',
  },
  seconds(
    'timeout',
    'Answer time-out',
    'Seconds from dialling until the call must be answered.',
    3600,
    30,
  ),
  seconds('setup_timeout', 'Setup time-out', 'Seconds for the call to start ringing.', 3600, 30),
  seconds('ring_timeout', 'Ring time-out', 'Seconds the phone may ring.', 3600, 30),
  seconds(
    'time_limit',
    'Time limit',
    'The longest the call may last, at most 14400 s (4 hours).',
    14400,
    14400,
  ),
  {
    name: 'amd_enable',
    label: 'Detect answering machines',
    help: 'On: the call leaves by "machine" when voicemail answers.',
    type: 'boolean',
    default: false,
    exoml: 'none',
  },
  {
    name: 'async_amd',
    label: 'Detect in the background',
    help: 'Deliver the answering-machine result later as an event (needs detection on).',
    type: 'boolean',
    default: false,
    exoml: 'none',
  },
  {
    name: 'priority',
    label: 'Priority',
    help: 'Only matters when your account limits calls per second.',
    type: 'enum',
    default: 'normal',
    options: [
      { value: 'normal', label: 'Normal' },
      { value: 'high', label: 'High' },
    ],
    exoml: 'none',
  },
  {
    name: 'requested_dc_code',
    label: 'Data centre',
    help: 'Optional: place the call in this data centre.',
    type: 'string',
    exoml: 'none',
  },
  {
    name: 'requested_nso_code',
    label: 'Network node',
    help: 'Optional: place the call on this network node.',
    type: 'string',
    exoml: 'none',
  },
];

function createLegChecks(params: Record<string, unknown>): ParamCheck[] {
  const problems: ParamCheck[] = [];
  if (params.async_amd === true && params.amd_enable !== true) {
    problems.push({
      param: 'async_amd',
      // The platform ignores it then (seed 001: "applicable only when amd_enable is true").
      message: 'Background detection does nothing unless "Detect answering machines" is on.',
      severity: 'warning',
    });
  }
  const uri = typeof params.contact_uri === 'string' ? params.contact_uri : '';
  const network = params.network_type ?? 'pstn';
  if (uri.startsWith('sip:') && network !== 'voip') {
    problems.push({
      param: 'network_type',
      message: 'A sip: address needs the VoIP network.',
      severity: 'error',
    });
  }
  if (uri !== '' && !uri.startsWith('sip:') && !uri.includes('{{') && network === 'voip') {
    problems.push({
      param: 'network_type',
      message: 'A phone number needs the PSTN network.',
      severity: 'error',
    });
  }
  return problems;
}

export const outboundCall: NodeDefinition = {
  kind: 'outbound-call',
  title: 'Outbound call',
  help: 'Dials a number for this leg role and waits until it is answered, busy, not answered or fails.',
  category: 'Calls',
  icon: '☏',
  usesLeg: true,
  trigger: false,
  params: createLegParams,
  ports: (params) => {
    const ports: PortSpec[] = [{ name: 'answered', label: 'Answered', required: true }];
    if (params.amd_enable === true)
      ports.push({ name: 'machine', label: 'Machine', required: false });
    ports.push(
      { name: 'busy', label: 'Busy', required: false },
      { name: 'no-answer', label: 'No answer', required: false },
      { name: 'failed', label: 'Failed', required: false },
      HUNG_UP,
      ERROR,
    );
    return ports;
  },
  checks: createLegChecks,
  waitsFor: (params): WaitSpec => ({
    outcomes: [
      { event: EVENT.legAnswered, match: { answered_by: 'MACHINE' }, port: 'machine' },
      // BEEP: detection heard a voicemail beep (seed 001 lists it beside HUMAN and MACHINE).
      { event: EVENT.legAnswered, match: { answered_by: 'BEEP' }, port: 'machine' },
      { event: EVENT.legAnswered, port: 'answered' },
      { event: EVENT.legTerminated, match: { terminal_status: 'busy' }, port: 'busy' },
      { event: EVENT.legTerminated, match: { terminal_status: 'no-answer' }, port: 'no-answer' },
      { event: EVENT.legTerminated, port: 'failed' },
      { event: EVENT.legFailedToCreate, port: 'failed' },
    ],
    timeoutSeconds: (Number(params.timeout) || 30) + ANSWER_GRACE_SECONDS,
    timeoutPort: 'no-answer',
  }),
  summary: (params) => text(params, 'contact_uri'),
};

export const incomingCall: NodeDefinition = {
  kind: 'incoming-call',
  title: 'Incoming call',
  help: 'Starts the flow when someone calls your ExoPhone. The caller becomes this leg role.',
  category: 'Calls',
  icon: '☎',
  usesLeg: true,
  trigger: true,
  params: [
    {
      name: 'exophone',
      label: 'ExoPhone',
      help: 'The number people call to reach this flow.',
      type: 'string',
      format: 'phone',
      required: true,
      exoml: 'none',
    },
  ],
  ports: () => [NEXT, HUNG_UP],
  waitsFor: () => null,
  summary: (params) => text(params, 'exophone'),
};
