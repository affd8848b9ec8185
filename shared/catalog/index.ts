import { answer, hangup, incomingCall, outboundCall } from './kinds/calls';
import { play, say, stopPlay, stopSay } from './kinds/audio';
import { gather } from './kinds/gather';
import { startRecording, stopRecording } from './kinds/recording';
import { hold, mute, unhold, unmute } from './kinds/call-control';
import { bridgeLegs, joinBridge, leaveBridge } from './kinds/bridging';
import { refer, startMonitoring, startStream, stopMonitoring, stopStream } from './kinds/streaming';
import { branch, end, setVariable, wait } from './kinds/flow-control';
import type { NodeDefinition, NodeKind } from './node-definition';
import type { Params } from './param-spec';

export * from './node-definition';
export * from './param-spec';
export { gatherChoices } from './kinds/gather';
export { branchConditions } from './kinds/flow-control';

/** Every node kind, in palette order. The single source of truth for nodes. */
export const catalog: readonly NodeDefinition[] = [
  incomingCall,
  outboundCall,
  answer,
  hangup,
  say,
  stopSay,
  play,
  stopPlay,
  gather,
  startRecording,
  stopRecording,
  hold,
  unhold,
  mute,
  unmute,
  bridgeLegs,
  joinBridge,
  leaveBridge,
  startStream,
  stopStream,
  startMonitoring,
  stopMonitoring,
  refer,
  wait,
  branch,
  setVariable,
  end,
];

const byKind = new Map<string, NodeDefinition>(
  catalog.map((definition) => [definition.kind, definition]),
);

/** The definition of a kind, or undefined for an unknown kind. */
export function getDefinition(kind: string): NodeDefinition | undefined {
  return byKind.get(kind);
}

/** The definition of a kind known to be valid (the flow schema has checked it). */
export function definitionOf(kind: NodeKind): NodeDefinition {
  const definition = byKind.get(kind);
  if (!definition) throw new Error(`No catalog definition for node kind "${kind}"`);
  return definition;
}

/** The params a new node of this kind starts with: every default, empty lists for menus. */
export function defaultParams(kind: NodeKind): Params {
  const params: Params = {};
  for (const spec of definitionOf(kind).params) {
    if ('default' in spec && spec.default !== undefined) params[spec.name] = spec.default;
    else if (spec.type === 'choices' || spec.type === 'conditions' || spec.type === 'legs') {
      params[spec.name] = [];
    }
  }
  return params;
}
