import { describe, expect, it } from 'vitest';
import {
  catalog,
  CATEGORIES,
  defaultParams,
  getDefinition,
  NODE_KINDS,
} from '../../../../shared/catalog';

/** The kind ids other teams' tests use (issue 2). */
const KIND_IDS =
  `answer, hangup, play, stop-play, say, stop-say, start-recording, stop-recording, gather,
  hold, unhold, mute, unmute, join-bridge, leave-bridge, start-stream, stop-stream,
  start-monitoring, stop-monitoring, refer, outbound-call, incoming-call, bridge-legs, wait, branch,
  set-variable, end`.split(/[\s,]+/);

const portNames = (kind: string, params = defaultParams(kind as never)) =>
  getDefinition(kind)!
    .ports(params)
    .map((port) => port.name);

describe('the node catalog', () => {
  it('has one definition for each documented kind id', () => {
    expect(catalog.map((definition) => definition.kind).sort()).toEqual([...KIND_IDS].sort());
    expect([...NODE_KINDS].sort()).toEqual([...KIND_IDS].sort());
  });

  it.each(catalog.map((definition) => [definition.kind, definition] as const))(
    '%s has a title, help, a known category, an icon and labelled params',
    (_kind, definition) => {
      expect(definition.title.length).toBeGreaterThan(2);
      expect(definition.help).toMatch(/\.$/);
      expect(CATEGORIES).toContain(definition.category);
      expect(definition.icon).not.toBe('');
      for (const spec of definition.params) {
        expect(spec.label, spec.name).not.toBe('');
        expect(spec.help, spec.name).not.toBe('');
      }
    },
  );

  it('gives every action next and error, and End no ports', () => {
    for (const definition of catalog.filter((d) => d.toExoml)) {
      expect(portNames(definition.kind), definition.kind).toEqual(
        expect.arrayContaining(['error']),
      );
    }
    expect(portNames('say')).toEqual(['next', 'error']);
    expect(portNames('end')).toEqual([]);
  });

  it('derives Gather ports from its choices', () => {
    const params = {
      ...defaultParams('gather'),
      choices: [
        { digits: '1', label: 'Sales' },
        { digits: '22', label: '' },
      ],
    };
    expect(portNames('gather', params)).toEqual(['1', '22', 'no-input', 'invalid', 'error']);
  });

  it('gives Outbound call its outcomes, with machine only when detection is on', () => {
    expect(portNames('outbound-call')).toEqual([
      'answered',
      'busy',
      'no-answer',
      'failed',
      'hung-up',
      'error',
    ]);
    expect(portNames('outbound-call', { amd_enable: true })).toContain('machine');
  });

  it('sends MACHINE and BEEP (seed 001) to machine, anything else answered to answered', () => {
    const outcomes = getDefinition('outbound-call')!.waitsFor({ amd_enable: true })!.outcomes;
    const portFor = (answeredBy: string) =>
      outcomes.find(
        (outcome) =>
          outcome.event === 'leg_answered' &&
          (outcome.match?.answered_by ?? answeredBy) === answeredBy,
      )?.port;
    expect(portFor('MACHINE')).toBe('machine');
    expect(portFor('BEEP')).toBe('machine');
    expect(portFor('HUMAN')).toBe('answered');
  });

  it('labels loop as repeats with the seed default (seed 002: "number of times to repeat")', () => {
    for (const kind of ['say', 'play']) {
      const loop = getDefinition(kind)!.params.find((spec) => spec.name === 'loop');
      expect(loop).toMatchObject({ label: 'Repeats', default: 0, min: 0, max: 10 });
      expect(loop?.help).toMatch(/0 plays it once/);
    }
  });

  it('takes the create-leg endpoint rule in Refer: no grpcs://', () => {
    const endpoint = getDefinition('refer')!.params.find(
      (spec) => spec.name === 'legEventEndpoint',
    );
    expect(endpoint).toMatchObject({ schemes: ['grpc:', 'https:', 'http:'] });
  });

  it('derives Branch ports from its conditions', () => {
    const params = {
      variable: 'digits',
      conditions: [{ operator: 'equals' as const, value: '1' }],
    };
    expect(portNames('branch', params)).toEqual(['if-1', 'else']);
  });

  it('uses the platform names and documented ranges', () => {
    const outbound = getDefinition('outbound-call')!.params.map((spec) => spec.name);
    expect(outbound).toEqual(
      expect.arrayContaining([
        'contact_uri',
        'exophone',
        'network_type',
        'timeout',
        'amd_enable',
        'async_amd',
        'time_limit',
        'priority',
      ]),
    );
    const timeLimit = getDefinition('outbound-call')!.params.find(
      (spec) => spec.name === 'time_limit',
    );
    expect(timeLimit).toMatchObject({ max: 14400, default: 14400 });
    const loop = getDefinition('play')!.params.find((spec) => spec.name === 'loop');
    expect(loop).toMatchObject({ min: 0, max: 10 });
  });

  it('says what the runner waits for', () => {
    expect(getDefinition('say')!.waitsFor(defaultParams('say'))?.outcomes[0]).toEqual({
      event: 'say_completed',
      port: 'next',
    });
    expect(getDefinition('say')!.waitsFor({ wait: false })).toBeNull();
    expect(getDefinition('gather')!.waitsFor(defaultParams('gather'))).toMatchObject({
      timeoutPort: 'no-input',
      timeoutSeconds: 40,
    });
    expect(getDefinition('outbound-call')!.waitsFor({ timeout: 20 })).toMatchObject({
      timeoutSeconds: 35,
      timeoutPort: 'no-answer',
    });
    expect(getDefinition('answer')!.waitsFor({})).toBeNull();
  });

  it('summarises params in one line', () => {
    expect(
      getDefinition('say')!.summary({
        text: 'Welcome to Acme, where every call is answered by a person',
      }),
    ).toBe('Welcome to Acme, where every call is an…');
    expect(getDefinition('play')!.summary({ url: 'https://cdn.example/audio/welcome.wav' })).toBe(
      'welcome.wav',
    );
  });
});
