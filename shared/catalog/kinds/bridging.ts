import { ERROR, NEXT } from '../common-params';
import { defineAction } from '../define-action';
import type { NodeDefinition } from '../node-definition';
import { EVENT } from '../../events';

/** Seconds the runner waits for the platform to confirm a bridge. */
const BRIDGE_WAIT_SECONDS = 30;

export const joinBridge = defineAction({
  kind: 'join-bridge',
  title: 'Join bridge',
  help: 'Puts the leg into an existing bridge (a conference of legs).',
  category: 'Bridging',
  icon: '⊕',
  tag: 'JoinBridge',
  params: [
    {
      name: 'bridgeSid',
      label: 'Bridge',
      help: 'The bridge sid, usually {{bridge.sid}} from an earlier Bridge legs node.',
      type: 'string',
      default: '{{bridge.sid}}',
      required: true,
    },
    {
      name: 'absorbDtmf',
      label: 'Absorb key presses',
      help: 'On: keys pressed on this leg are not heard by the others.',
      type: 'boolean',
      default: false,
    },
  ],
});

export const leaveBridge = defineAction({
  kind: 'leave-bridge',
  title: 'Leave bridge',
  help: 'Takes the leg out of its bridge; the call goes on.',
  category: 'Bridging',
  icon: '⊖',
  tag: 'LeaveBridge',
});

/** Not an ExoML action: an API call that creates a bridge with the given legs in it. */
export const bridgeLegs: NodeDefinition = {
  kind: 'bridge-legs',
  title: 'Bridge legs',
  help: 'Connects two or more legs so they talk to each other, e.g. a customer and an agent. If Next leads nowhere, the flow waits while they talk, until someone hangs up.',
  category: 'Bridging',
  icon: '⇋',
  usesLeg: false,
  trigger: false,
  params: [
    {
      name: 'legs',
      label: 'Legs',
      help: 'The leg roles to connect; at least two.',
      type: 'legs',
      minItems: 2,
      exoml: 'none',
    },
    {
      name: 'absorb_dtmf',
      label: 'Absorb key presses',
      help: 'On: keys pressed by one party are not heard by the others.',
      type: 'boolean',
      default: false,
      exoml: 'none',
    },
  ],
  // Next is optional: a bridge usually lasts until a leg hangs up, which its hung-up handler takes.
  ports: () => [{ ...NEXT, required: false }, ERROR],
  waitsFor: () => ({
    outcomes: [
      { event: EVENT.bridgeCreated, port: 'next' },
      { event: EVENT.bridgeFailedToCreate, port: 'error' },
    ],
    timeoutSeconds: BRIDGE_WAIT_SECONDS,
    timeoutPort: 'error',
  }),
  summary: (params) => (Array.isArray(params.legs) ? params.legs.join(' ⇋ ') : ''),
};
