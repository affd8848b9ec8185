import { firstWords, loopParam, text, waitParam } from '../common-params';
import { defineAction } from '../define-action';
import type { WaitSpec } from '../node-definition';
import type { Params } from '../param-spec';
import { AUDIO_EVENTS } from '../../events';

/** How long a wait-until-finished audio node may take before it leaves by `error`. */
const AUDIO_WAIT_SECONDS = 600;

function finishedOrStopped(prefix: 'play' | 'say') {
  return (params: Params): WaitSpec | null =>
    params.wait === false
      ? null
      : {
          outcomes: [
            { event: AUDIO_EVENTS[prefix].completed, port: 'next' },
            { event: AUDIO_EVENTS[prefix].interrupted, port: 'next' },
            { event: AUDIO_EVENTS[prefix].failedToStart, port: 'error' },
          ],
          timeoutSeconds: AUDIO_WAIT_SECONDS,
          timeoutPort: 'error',
        };
}

export const play = defineAction({
  kind: 'play',
  title: 'Play audio',
  help: 'Plays a recorded audio file (a WAV or MP3 at a public URL) to the caller.',
  category: 'Audio',
  icon: '♫',
  tag: 'StartPlay',
  params: [
    {
      name: 'url',
      label: 'Audio URL',
      help: 'A public http(s) address of a WAV or MP3 file.',
      type: 'string',
      format: 'url',
      schemes: ['https:', 'http:'],
      required: true,
      exoml: 'content',
      placeholder: 'https://example.com/welcome.wav',
    },
    loopParam,
    waitParam,
  ],
  summary: (params) => firstWords(text(params, 'url').replace(/^.*\//, '')),
  waitsFor: finishedOrStopped('play'),
});

export const stopPlay = defineAction({
  kind: 'stop-play',
  title: 'Stop audio',
  help: 'Stops the audio that is playing on the leg.',
  category: 'Audio',
  icon: '■',
  tag: 'StopPlay',
});

export const say = defineAction({
  kind: 'say',
  title: 'Say',
  help: 'Reads text aloud with a text-to-speech voice. Use {{name}} to say a variable.',
  category: 'Audio',
  icon: '❝',
  tag: 'Say',
  params: [
    {
      name: 'text',
      label: 'Text',
      help: 'What to say. {{digits}} or {{caller.contact_uri}} are replaced when the call runs.',
      type: 'string',
      format: 'multiline',
      required: true,
      exoml: 'content',
    },
    {
      name: 'preferredTTSEngine',
      label: 'Voice engine',
      help: 'The text-to-speech service to use.',
      type: 'enum',
      default: 'polly',
      options: [
        { value: 'polly', label: 'Amazon Polly' },
        { value: 'googletts', label: 'Google TTS' },
      ],
    },
    {
      name: 'language',
      label: 'Language',
      help: 'Language code such as en, hi or en-IN.',
      type: 'string',
      default: 'en',
    },
    {
      name: 'pollyVoiceId',
      label: 'Polly voice',
      help: 'The Polly voice, for example Aditi or Raveena. Leave empty for the default voice.',
      type: 'string',
    },
    loopParam,
    waitParam,
  ],
  summary: (params) => firstWords(text(params, 'text')),
  waitsFor: finishedOrStopped('say'),
});

export const stopSay = defineAction({
  kind: 'stop-say',
  title: 'Stop speaking',
  help: 'Stops the text-to-speech that is playing on the leg.',
  category: 'Audio',
  icon: '■',
  tag: 'StopSay',
});
