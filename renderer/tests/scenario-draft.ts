import { EXPECTED_STATUSES, scenarioWireSchema } from '../../shared/flow-tests';
import type { ScenarioWire } from '../../shared/flow-tests';
import type { FieldMessage } from '../inspector/field-problems';

/**
 * What a virtual party can do, as the scenario form offers it. The simulator's persona schema
 * (electron/simulator/personas) has the final word: the backend checks every scenario against
 * it before writing or running, and its refusals are shown on the form too.
 */
export const BEHAVIOURS: Readonly<Record<string, string>> = {
  answer: 'Answers',
  busy: 'Is busy',
  'no-answer': 'Does not answer',
  fail: 'Fails to connect',
  machine: 'Is an answering machine',
  interactive: 'Rings the virtual phone',
};

/** One party of a scenario as the form edits it: text, as typed. */
export interface PartyDraft {
  number: string;
  behaviour: string;
  answerAfter: string;
  /** The keys pressed at each Gather in turn, separated by commas: `2, 1234#`. */
  digits: string;
  hangupAfter: string;
  /** The persona's other fields (`answeredBy`), kept as they were. */
  rest: Readonly<Record<string, unknown>>;
}

export interface IncomingDraft {
  from: string;
  to: string;
  after: string;
}

export interface ScenarioDraft {
  name: string;
  parties: PartyDraft[];
  incoming: IncomingDraft[];
  /** The status expected, or '' for any. */
  status: string;
  /** The node ids expected, separated by arrows or commas; '' expects no particular path. */
  path: string;
  /** Each role's terminal status, one `role: status` a line. */
  legs: string;
}

/** Messages of the form by field: `name`, `parties.0.digits`, `expect.path`… and `form`. */
export type DraftMessages = Readonly<Record<string, readonly FieldMessage[]>>;

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export const PATH_SEPARATOR = ' → ';

export function emptyParty(): PartyDraft {
  return {
    number: '',
    behaviour: 'answer',
    answerAfter: '',
    digits: '',
    hangupAfter: '',
    rest: {},
  };
}

export function emptyIncoming(): IncomingDraft {
  return { from: '', to: '', after: '0' };
}

/** The form's text for a scenario. */
export function draftOf(scenario: ScenarioWire): ScenarioDraft {
  return {
    name: scenario.name,
    parties: Object.entries(scenario.parties).map(([number, persona]) => {
      const { behaviour, answerAfter, digits, hangupAfter, ...rest } = persona;
      return {
        number,
        behaviour,
        answerAfter: text(answerAfter),
        digits: Array.isArray(digits) ? digits.join(', ') : '',
        hangupAfter: text(hangupAfter),
        rest,
      };
    }),
    incoming: scenario.incoming.map((call) => ({
      from: call.from,
      to: call.to,
      after: String(call.after),
    })),
    status: scenario.expect.status ?? '',
    path: scenario.expect.path?.join(PATH_SEPARATOR) ?? '',
    legs: Object.entries(scenario.expect.legs ?? {})
      .map(([role, status]) => `${role}: ${status}`)
      .join('\n'),
  };
}

/** The node ids of a path as typed: separated by arrows, commas or lines. */
export function pathOfText(typed: string): string[] {
  return typed
    .split(/→|->|,|\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

type Adder = (field: string, text: string, severity?: FieldMessage['severity']) => void;

/** Seconds as typed: '' is "not given"; otherwise a number in range, or a message. */
function seconds(typed: string, field: string, add: Adder, positive = false): number | undefined {
  if (typed.trim() === '') return undefined;
  const value = Number(typed);
  if (!Number.isFinite(value) || value < 0 || value > 86_400 || (positive && value === 0)) {
    add(field, `Enter seconds from ${positive ? 'more than 0' : '0'} to 86400.`);
    return undefined;
  }
  return value;
}

/**
 * Checks the form and builds the scenario it describes. `nodeIds` are the flow's, so a path
 * naming a node that is not there is pointed out (as a warning: the node may be added next);
 * `takenNames` are the other tests' names, which this one may not repeat.
 */
export function scenarioOfDraft(
  draft: ScenarioDraft,
  nodeIds: ReadonlySet<string>,
  takenNames: ReadonlySet<string>,
): { scenario: ScenarioWire | null; messages: DraftMessages } {
  const messages: Record<string, FieldMessage[]> = {};
  const add: Adder = (field, message, severity = 'error') =>
    (messages[field] ??= []).push({ severity, text: message, missing: false });

  const name = draft.name.trim();
  if (!name) add('name', 'Give the test a name.');
  else if (takenNames.has(name)) add('name', `Another test is called “${name}”.`);

  const parties: Record<string, Record<string, unknown>> = {};
  draft.parties.forEach((party, index) => {
    const at = `parties.${index}`;
    const number = party.number.trim();
    if (!number) add(`${at}.number`, 'Enter the number this party answers.');
    else if (number in parties) add(`${at}.number`, `${number} is listed twice.`);
    if (!(party.behaviour in BEHAVIOURS)) add(`${at}.behaviour`, 'Choose what the party does.');
    const answerAfter = seconds(party.answerAfter, `${at}.answerAfter`, add);
    const hangupAfter = seconds(party.hangupAfter, `${at}.hangupAfter`, add, true);
    const digits = party.digits.trim() ? party.digits.split(',').map((keys) => keys.trim()) : [];
    if (digits.some((keys) => !/^[0-9*#]*$/.test(keys))) {
      add(`${at}.digits`, 'Keys may only be 0-9, * and #, with a comma between Gathers.');
    }
    parties[number || `party ${index + 1}`] = {
      ...party.rest,
      behaviour: party.behaviour,
      ...(answerAfter !== undefined && { answerAfter }),
      ...(digits.length > 0 && { digits }),
      ...(hangupAfter !== undefined && { hangupAfter }),
    };
  });

  const incoming = draft.incoming.map((call, index) => {
    const at = `incoming.${index}`;
    if (!call.from.trim()) add(`${at}.from`, 'Enter the number calling.');
    if (!call.to.trim()) add(`${at}.to`, 'Enter the ExoPhone called.');
    return {
      from: call.from.trim(),
      to: call.to.trim(),
      after: seconds(call.after, `${at}.after`, add) ?? 0,
    };
  });

  if (draft.status && !(EXPECTED_STATUSES as readonly string[]).includes(draft.status)) {
    add('expect.status', 'Choose a status.');
  }
  const path = pathOfText(draft.path);
  const unknown = path.filter((nodeId) => !nodeIds.has(nodeId));
  if (unknown.length > 0) {
    const listed = unknown.map((nodeId) => `“${nodeId}”`).join(', ');
    add(
      'expect.path',
      `${listed} ${unknown.length === 1 ? 'is not a node' : 'are not nodes'} of this flow.`,
      'warning',
    );
  }
  const legs: Record<string, string> = {};
  for (const line of draft.legs.split('\n')) {
    if (!line.trim()) continue;
    const match = /^\s*([^:]+?)\s*:\s*(\S+)\s*$/.exec(line);
    if (match) legs[match[1]!] = match[2]!;
    else add('expect.legs', `Write “${line.trim()}” as role: status, e.g. caller: completed.`);
  }

  const candidate = {
    name,
    parties,
    incoming,
    expect: {
      ...(draft.status && { status: draft.status }),
      ...(path.length > 0 && { path }),
      ...(Object.keys(legs).length > 0 && { legs }),
    },
  };
  if (Object.values(messages).some((list) => list.some((m) => m.severity === 'error'))) {
    return { scenario: null, messages };
  }
  // The contract's own schema has the last word on the shape.
  const checked = scenarioWireSchema.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues)
      add('form', `${issue.path.join('.')}: ${issue.message}`);
    return { scenario: null, messages };
  }
  return { scenario: checked.data, messages };
}
