import { z } from 'zod';
import { personaSchema } from '../personas/persona';
import { ControlError } from './control-types';
import type { SimulatorControl } from './control-types';

/** A control reply: status and JSON body. */
export interface ControlReply {
  status: number;
  body: unknown;
  /** Raw bytes instead of JSON (a recording). */
  raw?: { contentType: string; data: Buffer };
}

const digitsBody = z.object({ digits: z.string() });
const callBody = z.object({
  from: z.string(),
  exophone: z.string(),
  persona: personaSchema.optional(),
  name: z.string().optional(),
  endpoint: z.string().optional(),
});
const exophoneBody = z.object({ endpoint: z.string() });
const personaBody = z.object({ persona: personaSchema, name: z.string().optional() });
/** The range is the control API's to check, so in process and over HTTP say the same. */
const advanceBody = z.object({ ms: z.number() });

/** Serves a recording file made by the simulator, if there is one. */
export type RecordingFiles = (file: string) => Buffer | undefined;

/**
 * `/_sim/`: the control API over HTTP, for the virtual phone and for tests. Plain JSON (no
 * platform envelope, no auth, no rate limit): it is the simulator's own, off the platform's paths.
 *
 * GET  /_sim                        stats
 * GET  /_sim/legs[?live=true]       legs          GET /_sim/legs/{sid}   one leg
 * GET  /_sim/parties                far parties of live legs
 * POST /_sim/legs/{sid}/answer | /reject | /hangup
 * POST /_sim/legs/{sid}/digits      {"digits": "12#"}
 * POST /_sim/calls                  {"from", "exophone", "persona"?, "name"?, "endpoint"?}
 * GET  /_sim/exophones              PUT /_sim/exophones/{exophone}  {"endpoint"}
 * GET  /_sim/phonebook              PUT /_sim/phonebook/{number}    {"persona", "name"?}
 * GET  /_sim/recordings/{sid}.wav   a silent recording
 * GET  /_sim/clock                  where the virtual clock stands
 * POST /_sim/clock/advance          {"ms": 1500}   a manual clock: fire what falls due, deliver
 * POST /_sim/clock/next             a manual clock: fire the next timer, deliver its events
 *
 * Resolves when the request is done: a move of the clock, once the events it sent are delivered.
 */
export async function handleControlRequest(
  control: SimulatorControl,
  recordings: RecordingFiles,
  method: string,
  url: URL,
  body: unknown,
): Promise<ControlReply> {
  const ok = (value: unknown): ControlReply => ({ status: 200, body: value });
  try {
    const [resource, id, verb] = pathParts(url);
    const key = `${method} ${resource ?? ''}${id === undefined ? '' : '/:id'}${verb === undefined ? '' : `/${verb}`}`;
    switch (key) {
      case 'GET ':
        return ok(control.stats());
      case 'GET legs':
        return ok(control.listLegs(liveFilter(url)));
      case 'GET legs/:id':
        return ok(control.getLeg(id!));
      case 'GET parties':
        return ok(control.listParties());
      case 'POST legs/:id/answer':
        return ok(control.answer(id!));
      case 'POST legs/:id/reject':
        return ok(control.reject(id!));
      case 'POST legs/:id/hangup':
        return ok(control.hangUp(id!));
      case 'POST legs/:id/digits':
        return ok(control.pressDigits(id!, parse(digitsBody, body).digits));
      case 'POST calls':
        return {
          status: 201,
          body: control.placeIncomingCall(dropUndefined(parse(callBody, body))),
        };
      case 'GET exophones':
        return ok(control.exophones());
      case 'PUT exophones/:id':
        return ok(control.registerExophone(id!, parse(exophoneBody, body).endpoint));
      case 'GET phonebook':
        return ok(control.phonebook());
      case 'PUT phonebook/:id': {
        const { persona, name } = parse(personaBody, body);
        return ok(control.setPersona(id!, persona, name));
      }
      case 'GET clock':
        return ok(control.clock());
      case 'POST clock/:id':
        if (id === 'advance') return ok(await control.advanceClock(parse(advanceBody, body).ms));
        if (id === 'next') return ok(await control.advanceClockToNext());
        throw new ControlError(404, `No control endpoint ${method} ${url.pathname}.`);
      case 'GET recordings/:id': {
        const data = recordings(id!);
        if (!data) throw new ControlError(404, `There is no recording ${id}.`);
        return { status: 200, body: null, raw: { contentType: 'audio/wav', data } };
      }
      default:
        return { status: 404, body: { error: `No control endpoint ${method} ${url.pathname}.` } };
    }
  } catch (error) {
    if (error instanceof ControlError)
      return { status: error.status, body: { error: error.message } };
    throw error;
  }
}

/** The path after `/_sim`, decoded; a broken %-escape is a 400. */
function pathParts(url: URL): string[] {
  try {
    return url.pathname.split('/').filter(Boolean).slice(1).map(decodeURIComponent);
  } catch {
    throw new ControlError(400, `The path ${url.pathname} has a broken %-escape.`);
  }
}

function liveFilter(url: URL): { live?: boolean } {
  const live = url.searchParams.get('live');
  return live === null ? {} : { live: live !== 'false' };
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`,
  );
  throw new ControlError(400, `Bad request: ${problems.join('; ')}`);
}

/** Zod leaves absent optional fields as undefined keys; the control API wants them absent. */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
