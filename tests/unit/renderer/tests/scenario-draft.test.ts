import { describe, expect, it } from 'vitest';
import {
  draftOf,
  emptyParty,
  pathOfText,
  scenarioOfDraft,
} from '../../../../renderer/tests/scenario-draft';
import type { ScenarioWire } from '../../../../shared/flow-tests';

const NODES = new Set(['start', 'answer', 'welcome', 'menu', 'sales', 'bye']);

const RECORDED: ScenarioWire = {
  name: 'presses 2',
  parties: {
    '09876500009': { behaviour: 'answer', answerAfter: 0, digits: ['2'], answeredBy: 'HUMAN' },
  },
  incoming: [{ from: '09876500009', to: '08030752400', after: 1.5 }],
  expect: {
    status: 'completed',
    path: ['start', 'answer', 'welcome', 'menu', 'sales', 'bye'],
    legs: { caller: 'completed' },
  },
};

describe('the scenario form', () => {
  it('gives back the scenario it was opened on, untouched', () => {
    const { scenario, messages } = scenarioOfDraft(draftOf(RECORDED), NODES, new Set());
    expect(messages).toEqual({});
    expect(scenario).toEqual(RECORDED);
  });

  it('reads a path written with arrows, commas or lines', () => {
    expect(pathOfText('start → answer,menu\n sales -> bye')).toEqual([
      'start',
      'answer',
      'menu',
      'sales',
      'bye',
    ]);
  });

  it('puts each problem under its field, as the inspector does', () => {
    const draft = draftOf(RECORDED);
    draft.name = 'taken';
    draft.parties[0]!.digits = '2, 1a';
    draft.parties[0]!.hangupAfter = '0';
    draft.parties.push({ ...emptyParty() });
    draft.incoming[0]!.to = ' ';
    draft.legs = 'caller completed';
    const { scenario, messages } = scenarioOfDraft(draft, NODES, new Set(['taken']));
    expect(scenario).toBeNull();
    expect(messages.name?.[0]?.text).toBe('Another test is called “taken”.');
    expect(messages['parties.0.digits']?.[0]?.text).toMatch(/0-9, \* and #/);
    expect(messages['parties.0.hangupAfter']?.[0]?.text).toMatch(/more than 0/);
    expect(messages['parties.1.number']?.[0]?.text).toBe('Enter the number this party answers.');
    expect(messages['incoming.0.to']?.[0]?.text).toBe('Enter the ExoPhone called.');
    expect(messages['expect.legs']?.[0]?.text).toMatch(/role: status/);
  });

  it('warns of a path through nodes the flow does not have, and still saves it', () => {
    const draft = draftOf(RECORDED);
    draft.path = 'start → answer → salez';
    const { scenario, messages } = scenarioOfDraft(draft, NODES, new Set());
    expect(messages['expect.path']?.[0]).toMatchObject({
      severity: 'warning',
      text: '“salez” is not a node of this flow.',
    });
    expect(scenario?.expect.path).toEqual(['start', 'answer', 'salez']);
  });

  it('leaves out what is not given: any status, any path, the phonebook’s timing', () => {
    const draft = draftOf({ name: 'bare', parties: {}, incoming: [], expect: {} });
    draft.parties.push({ ...emptyParty(), number: '09876500002', behaviour: 'busy' });
    const { scenario } = scenarioOfDraft(draft, NODES, new Set());
    expect(scenario).toEqual({
      name: 'bare',
      parties: { '09876500002': { behaviour: 'busy' } },
      incoming: [],
      expect: {},
    });
  });
});
