import { firstWords, text } from '../common-params';
import { defineAction } from '../define-action';

export const startStream = defineAction({
  kind: 'start-stream',
  title: 'Start stream',
  help: "Streams the call's audio to your WebSocket server, e.g. a voice bot.",
  category: 'Streaming & monitoring',
  icon: '⇄',
  tag: 'StartStream',
  params: [
    {
      name: 'streamType',
      label: 'Stream type',
      help: 'One way (you listen) or both ways (your bot can talk back).',
      type: 'enum',
      default: 'bidirectional',
      options: [
        { value: 'unidirectional', label: 'One way' },
        { value: 'bidirectional', label: 'Both ways' },
      ],
    },
    {
      name: 'streamUrl',
      label: 'WebSocket URL',
      help: 'Your server, starting with wss://.',
      type: 'string',
      format: 'url',
      schemes: ['wss:', 'ws:'],
      required: true,
      placeholder: 'wss://bot.example.com/stream',
    },
  ],
  summary: (params) => firstWords(text(params, 'streamUrl')),
});

export const stopStream = defineAction({
  kind: 'stop-stream',
  title: 'Stop stream',
  help: 'Stops streaming audio from this leg.',
  category: 'Streaming & monitoring',
  icon: '■',
  tag: 'StopStream',
});

export const startMonitoring = defineAction({
  kind: 'start-monitoring',
  title: 'Start monitoring',
  help: 'Lets a supervisor leg listen to this call, or whisper to the agent.',
  category: 'Streaming & monitoring',
  icon: '◎',
  tag: 'StartMonitoring',
  params: [
    {
      name: 'monitoringLegSid',
      label: 'Supervisor leg',
      help: "The supervisor's leg sid, usually a template such as {{supervisor.leg_sid}}.",
      type: 'string',
      required: true,
    },
    {
      name: 'rxAudio',
      label: 'Mode',
      help: 'Listen only, or whisper (the agent hears the supervisor).',
      type: 'enum',
      default: 'muted',
      options: [
        { value: 'muted', label: 'Listen' },
        { value: 'enabled', label: 'Whisper' },
      ],
    },
  ],
  summary: (params) => (params.rxAudio === 'enabled' ? 'whisper' : 'listen'),
});

export const stopMonitoring = defineAction({
  kind: 'stop-monitoring',
  title: 'Stop monitoring',
  help: 'Ends monitoring of this leg.',
  category: 'Streaming & monitoring',
  icon: '■',
  tag: 'StopMonitoring',
});

export const refer = defineAction({
  kind: 'refer',
  title: 'Refer',
  help: "Hands the leg's events to another event endpoint: another app takes the call over.",
  category: 'Streaming & monitoring',
  icon: '↪',
  tag: 'Refer',
  params: [
    {
      name: 'legEventEndpoint',
      label: 'Event endpoint',
      help: 'Where the events of this leg go from now on, e.g. grpc://host:port (grpc://host:443 for TLS), or an https:// URL.',
      type: 'string',
      format: 'url',
      // The create-leg rule (seed 000: "must start with grpc://"); grpcs:// is not in it.
      schemes: ['grpc:', 'https:', 'http:'],
      required: true,
    },
  ],
  summary: (params) => firstWords(text(params, 'legEventEndpoint')),
});
