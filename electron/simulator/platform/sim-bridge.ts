import type { MediaQueue } from './media-queue';
import type { ActiveRecording } from './sim-leg';

/** Everything the simulator knows about one bridge. Times are virtual ms since the epoch. */
export interface SimBridge {
  sid: string;
  accountSid: string;
  /** Where its events go; `<Refer>` on the bridge changes it. */
  endpoint: string;
  absorbDtmf: boolean;
  /** Every leg that was ever in it, in the order they joined. */
  legSids: string[];
  /** The legs in it now. */
  active: Set<string>;
  /** The most legs it has held at once: once two, it ends when fewer than two legs are live. */
  peak: number;
  state: 'active' | 'terminal';
  terminalStatus?: 'completed';
  createdAt: number;
  updatedAt: number;
  endTime?: number;
  lastStamp: number;
  media: MediaQueue;
  recording?: ActiveRecording;
}
