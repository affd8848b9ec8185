import type { SimHarness } from './sim-harness';
import { waitUntil } from './wait-until';

/** The phonebook's interactive number: it waits for the control API, so tests set the pace. */
export const VIRTUAL_PHONE = '09876500009';

/** Dials the virtual phone, answers it through the control API and waits for `leg_answered`. */
export async function answeredLeg(
  h: SimHarness,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const legSid = await h.dial(VIRTUAL_PHONE, extra);
  await waitUntil('the virtual phone to ring', () => h.sim.control.getLeg(legSid).ringing);
  h.sim.control.answer(legSid);
  await h.waitForEvent(legSid, 'leg_answered');
  return legSid;
}
