import { describe, expect, it } from 'vitest';
import { catalog, defaultParams } from '../../../../shared/catalog';
import type { NodeKind, Params } from '../../../../shared/catalog';
import { compileNodeExoml, ExomlContentError, exomlToActions } from '../../../../shared/exoml';

/** The ExoML each action kind posts for the given params: the documented spelling. */
const GOLDEN: Record<string, { params: Params; exoml: string }> = {
  answer: { params: {}, exoml: '<Flow><Answer/></Flow>' },
  hangup: { params: {}, exoml: '<Flow><Hangup/></Flow>' },
  play: {
    params: { url: 'https://x.example/a.wav', loop: 2 },
    exoml: '<Flow><StartPlay loop="2">https://x.example/a.wav</StartPlay></Flow>',
  },
  'stop-play': { params: {}, exoml: '<Flow><StopPlay/></Flow>' },
  say: {
    params: {
      text: 'Hello there',
      preferredTTSEngine: 'polly',
      language: 'en',
      pollyVoiceId: 'Aditi',
      loop: 1,
    },
    exoml:
      '<Flow><Say preferredTTSEngine="polly" language="en" pollyVoiceId="Aditi" loop="1">Hello there</Say></Flow>',
  },
  'stop-say': { params: {}, exoml: '<Flow><StopSay/></Flow>' },
  'start-recording': {
    params: { direction: 'both', format: 'mp3', storageType: 's3' },
    exoml: '<Flow><StartRecording direction="both" format="mp3" storageType="s3"/></Flow>',
  },
  'stop-recording': { params: {}, exoml: '<Flow><StopRecording/></Flow>' },
  gather: {
    params: { text: 'Enter your PIN', numDigits: 4, timeoutInSec: 10, finishOnKey: '#' },
    exoml:
      '<Flow><Gather numDigits="4" timeoutInSec="10" finishOnKey="#"><Say>Enter your PIN</Say></Gather></Flow>',
  },
  hold: {
    params: { url: 'https://x.example/moh.wav' },
    exoml: '<Flow><Hold><StartPlay>https://x.example/moh.wav</StartPlay></Hold></Flow>',
  },
  unhold: { params: {}, exoml: '<Flow><UnHold/></Flow>' },
  mute: { params: { direction: 'out' }, exoml: '<Flow><Mute direction="out"/></Flow>' },
  unmute: { params: { direction: 'in' }, exoml: '<Flow><UnMute direction="in"/></Flow>' },
  'join-bridge': {
    params: { bridgeSid: 'b123', absorbDtmf: true },
    exoml: '<Flow><JoinBridge bridgeSid="b123" absorbDtmf="true"/></Flow>',
  },
  'leave-bridge': { params: {}, exoml: '<Flow><LeaveBridge/></Flow>' },
  'start-stream': {
    params: { streamType: 'bidirectional', streamUrl: 'wss://bot.example/s' },
    exoml: '<Flow><StartStream streamType="bidirectional" streamUrl="wss://bot.example/s"/></Flow>',
  },
  'stop-stream': { params: {}, exoml: '<Flow><StopStream/></Flow>' },
  'start-monitoring': {
    params: { monitoringLegSid: 'leg9', rxAudio: 'muted' },
    exoml: '<Flow><StartMonitoring monitoringLegSid="leg9" rxAudio="muted"/></Flow>',
  },
  'stop-monitoring': { params: {}, exoml: '<Flow><StopMonitoring/></Flow>' },
  refer: {
    params: { legEventEndpoint: 'grpc://10.0.0.1:9001' },
    exoml: '<Flow><Refer legEventEndpoint="grpc://10.0.0.1:9001"/></Flow>',
  },
};

const actionKinds = catalog.filter((definition) => definition.toExoml).map((d) => d.kind);

describe('ExoML of every action kind', () => {
  it('covers exactly the 20 leg actions of the reference', () => {
    expect([...actionKinds].sort()).toEqual(Object.keys(GOLDEN).sort());
  });

  it.each(Object.entries(GOLDEN))(
    '%s compiles to the documented spelling',
    (kind, { params, exoml }) => {
      expect(compileNodeExoml({ kind: kind as NodeKind, params })).toBe(exoml);
    },
  );

  it.each(Object.entries(GOLDEN))(
    '%s round-trips: parse then compile gives the same ExoML',
    (kind, { params, exoml }) => {
      const [action, ...rest] = exomlToActions(exoml);
      expect(rest).toEqual([]);
      expect(action!.kind).toBe(kind);
      expect(action!.params).toEqual(params);
      expect(compileNodeExoml(action!)).toBe(exoml);
    },
  );

  it.each(actionKinds)('%s compiles with its default params', (kind) => {
    expect(compileNodeExoml({ kind, params: defaultParams(kind) })).toMatch(
      /^<Flow><[A-Z]\w*[ />]/,
    );
  });

  it('returns null for kinds that are not ExoML actions', () => {
    for (const kind of [
      'outbound-call',
      'incoming-call',
      'bridge-legs',
      'wait',
      'branch',
      'set-variable',
      'end',
    ] as const) {
      expect(compileNodeExoml({ kind, params: defaultParams(kind) })).toBeNull();
    }
  });

  it('keeps runner-only options such as "wait" out of the ExoML', () => {
    expect(compileNodeExoml({ kind: 'play', params: { url: 'https://a/b.wav', wait: true } })).toBe(
      '<Flow><StartPlay>https://a/b.wav</StartPlay></Flow>',
    );
  });
});

describe('templates and escaping', () => {
  it('substitutes {{variables}} before escaping, so values cannot inject tags', () => {
    const exoml = compileNodeExoml(
      { kind: 'say', params: { text: 'You pressed {{digits}} & {{ caller.contact_uri }}.' } },
      { digits: '<Hangup/>', 'caller.contact_uri': '0916"3816621' },
    );
    expect(exoml).toBe('<Flow><Say>You pressed &lt;Hangup/&gt; &amp; 0916"3816621.</Say></Flow>');
    expect(exomlToActions(exoml!)[0]!.params.text).toBe('You pressed <Hangup/> & 0916"3816621.');
  });

  it('leaves templates as written in a design-time preview and empties unknown ones in a run', () => {
    expect(compileNodeExoml({ kind: 'say', params: { text: 'Hi {{name}}' } })).toBe(
      '<Flow><Say>Hi {{name}}</Say></Flow>',
    );
    expect(compileNodeExoml({ kind: 'say', params: { text: 'Hi {{name}}' } }, {})).toBe(
      '<Flow><Say>Hi </Say></Flow>',
    );
  });

  it('escapes attribute values', () => {
    const exoml = compileNodeExoml({
      kind: 'start-stream',
      params: { streamUrl: 'wss://a/?x=1&y="2"' },
    });
    expect(exoml).toBe('<Flow><StartStream streamUrl="wss://a/?x=1&amp;y=&quot;2&quot;"/></Flow>');
    expect(exomlToActions(exoml!)[0]!.params.streamUrl).toBe('wss://a/?x=1&y="2"');
  });
});

describe('parsing ExoML written by people', () => {
  it('accepts any tag and attribute case, as the lower-cased seed pages show', () => {
    const actions = exomlToActions(
      '<?xml version="1.0"?>\n<flow>\n  <!-- greet -->\n  <say LOOP="2">hello</say>\n  <gather numdigits="3"><startplay>https://a/p.wav</startplay></gather>\n</flow>',
    );
    expect(actions).toEqual([
      { kind: 'say', params: { loop: 2, text: 'hello' } },
      { kind: 'gather', params: { numDigits: 3, url: 'https://a/p.wav' } },
    ]);
  });

  it('names an unknown tag and lists the known ones', () => {
    expect(() => exomlToActions('<Flow><Dance/></Flow>')).toThrow(ExomlContentError);
    expect(() => exomlToActions('<Flow><Dance/></Flow>')).toThrow(
      /<Dance> is not an ExoML action\. Known actions: Answer, /,
    );
  });

  it('requires the <Flow> root and no loose text', () => {
    expect(() => exomlToActions('<Say>hi</Say>')).toThrow(/root element must be <Flow>/);
    expect(() => exomlToActions('<Flow>hi</Flow>')).toThrow(/Text directly inside <Flow>/);
  });
});
