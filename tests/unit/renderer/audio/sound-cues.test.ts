import { describe, expect, it } from 'vitest';
import type { RunUpdateMessage } from '../../../../shared/ipc';
import { NO_CUES, cuesOf, keyPressedHere } from '../../../../renderer/audio/cues/sound-cues';
import type { CueState } from '../../../../renderer/audio/cues/sound-cues';
import type { SoundCue } from '../../../../renderer/audio/cues/sound-cue';

const SID = 'leg0000000000000000000000000000';
const at = 1_767_238_200_000;

const action = (exoml: string, target = 'caller'): RunUpdateMessage => ({
  type: 'api',
  method: 'legAction',
  target,
  request: { exoml: `<Flow>${exoml}</Flow>`, action_custom_param: 'run:1' },
  ok: true,
  reply: { leg_sid: SID },
  at,
});
const event = (name: string, extra: Record<string, unknown> = {}): RunUpdateMessage => ({
  type: 'event',
  leg: 'caller',
  name,
  eventSid: name,
  data: { leg_sid: SID, ...extra },
  at,
});

/** Folds updates through the mapping from `state`, collecting every cue. */
function play(updates: RunUpdateMessage[], state: CueState = NO_CUES) {
  const cues: SoundCue[] = [];
  for (const update of updates) {
    const step = cuesOf(state, update);
    state = step.state;
    cues.push(...step.cues);
  }
  return { state, cues };
}

describe('the event-to-sound mapping', () => {
  it('speaks a Say when its leg starts it, in its language, and stops when it ends', () => {
    const { cues } = play([
      action('<Say language="hi" loop="1">नमस्ते</Say>'),
      event('say_started'),
      event('say_completed'),
    ]);
    expect(cues).toEqual([
      { kind: 'speak', leg: 'caller', text: 'नमस्ते', language: 'hi', loop: 1, durationMs: 2_000 },
      { kind: 'stop', leg: 'caller', what: 'say' },
    ]);
  });

  it('pairs a start event that beats its action update', () => {
    const { cues } = play([event('say_started'), action('<Say>Hello</Say>')]);
    expect(cues).toMatchObject([{ kind: 'speak', text: 'Hello' }]);
  });

  it("speaks a Gather's prompt, then plays its audio, each on its own start event", () => {
    const { cues } = play([
      action(
        '<Gather numDigits="1"><Say>Press 1</Say><StartPlay>https://x.test/m.wav</StartPlay></Gather>',
      ),
      event('gather_initiated'),
      event('say_started'),
      event('say_completed'),
      event('play_started'),
      event('play_interrupted'),
    ]);
    expect(cues.map((cue) => cue.kind)).toEqual(['speak', 'stop', 'play-url', 'stop']);
    expect(cues[2]).toEqual({
      kind: 'play-url',
      leg: 'caller',
      url: 'https://x.test/m.wav',
      plays: 1,
    });
  });

  it('rings until answered, and a hang-up is heard', () => {
    const { cues } = play([
      event('incoming_leg'),
      event('leg_ringing'),
      event('leg_answered'),
      event('leg_terminated'),
    ]);
    expect(cues).toEqual([
      { kind: 'ring', leg: 'caller' },
      { kind: 'ring-stop', leg: 'caller' },
      { kind: 'hang-up', leg: 'caller' },
    ]);
  });

  it("plays a scripted party's keys, but not keys pressed on this window's keypad", () => {
    const scripted = play([event('gather_initiated'), event('gather_success', { digits: '2' })]);
    expect(scripted.cues).toEqual([{ kind: 'dtmf', leg: 'caller', digits: '2' }]);

    const started = play([event('gather_initiated')]);
    const pressed = keyPressedHere(started.state, SID);
    expect(play([event('gather_success', { digits: '2' })], pressed).cues).toEqual([]);
    // The next Gather's keys come from the script again.
    const again = play(
      [event('gather_initiated'), event('gather_success', { digits: '3' })],
      pressed,
    );
    expect(again.cues).toEqual([{ kind: 'dtmf', leg: 'caller', digits: '3' }]);
  });

  it('plays hold music from the Hold, or the generated pattern when it has none', () => {
    const withMusic = play([
      action('<Hold><StartPlay>https://x.test/moh.mp3</StartPlay></Hold>'),
      event('hold_success'),
      event('unhold_success'),
    ]);
    expect(withMusic.cues).toEqual([
      { kind: 'hold-music', leg: 'caller', url: 'https://x.test/moh.mp3' },
      { kind: 'stop', leg: 'caller', what: 'hold' },
    ]);
    expect(play([action('<Hold/>'), event('hold_success')]).cues).toEqual([
      { kind: 'hold-music', leg: 'caller', url: null },
    ]);
  });

  it('ignores failed actions and bodies that are not ExoML, and silences all when the run ends', () => {
    const failed = { ...action('<Say>x</Say>'), ok: false } as RunUpdateMessage;
    expect(play([failed, event('say_started')]).cues).toEqual([]);
    expect(play([action('<Say>'), event('say_started')]).cues).toEqual([]);
    const finished: RunUpdateMessage = {
      type: 'finished',
      status: 'completed',
      reason: '',
      path: [],
      legs: {},
      at,
    };
    expect(play([finished]).cues).toEqual([{ kind: 'stop-all' }]);
  });
});
