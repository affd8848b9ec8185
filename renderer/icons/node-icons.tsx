import {
  AudioLines,
  AudioLinesOff,
  Bridge,
  CircleDot,
  CirclePause,
  CirclePlay,
  CircleQuestionMark,
  CircleStop,
  Flag,
  Grid3x3,
  HeadphoneOff,
  Headphones,
  Hourglass,
  LogIn,
  LogOut,
  MessageSquareOff,
  MessageSquareQuote,
  Mic,
  MicOff,
  PhoneCall,
  PhoneForwarded,
  PhoneIncoming,
  PhoneOff,
  PhoneOutgoing,
  Split,
  Variable,
  Volume2,
  VolumeOff,
} from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import type { NodeKind } from '../../shared/catalog';

/**
 * The icon of each node kind, as an SVG from lucide-react. The catalog's `icon` glyphs depend on
 * the machine's fonts (Branch's ⑂ showed as an empty box on some), so the renderer draws these
 * instead; one map, so the palette, the canvas and the inspector always agree. Pairs share a
 * shape (start/stop, mute/unmute) so a stop reads as the undoing of its start.
 */
export const NODE_ICONS: Readonly<Record<NodeKind, LucideIcon>> = {
  'incoming-call': PhoneIncoming,
  'outbound-call': PhoneOutgoing,
  answer: PhoneCall,
  hangup: PhoneOff,
  play: Volume2,
  'stop-play': VolumeOff,
  say: MessageSquareQuote,
  'stop-say': MessageSquareOff,
  gather: Grid3x3,
  'start-recording': CircleDot,
  'stop-recording': CircleStop,
  hold: CirclePause,
  unhold: CirclePlay,
  mute: MicOff,
  unmute: Mic,
  'join-bridge': LogIn,
  'leave-bridge': LogOut,
  'bridge-legs': Bridge,
  'start-stream': AudioLines,
  'stop-stream': AudioLinesOff,
  'start-monitoring': Headphones,
  'stop-monitoring': HeadphoneOff,
  refer: PhoneForwarded,
  wait: Hourglass,
  branch: Split,
  'set-variable': Variable,
  end: Flag,
};

/** The icon of `kind`, or a question mark for a kind this version does not know. */
export function nodeIconOf(kind: string): LucideIcon {
  return (NODE_ICONS as Partial<Record<string, LucideIcon>>)[kind] ?? CircleQuestionMark;
}

/**
 * A node kind's icon on its category's tinted square (`.node-icon`), hidden from screen readers:
 * the kind's title always stands beside it.
 */
export function NodeIcon({ kind, large = false }: { kind: string; large?: boolean }) {
  const Icon = nodeIconOf(kind);
  return (
    <span className={large ? 'node-icon node-icon--large' : 'node-icon'} aria-hidden="true">
      <Icon className="node-icon__svg" size={large ? 22 : 16} strokeWidth={2} focusable="false" />
    </span>
  );
}
