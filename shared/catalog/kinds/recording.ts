import { directionParam } from '../common-params';
import { defineAction } from '../define-action';

export const startRecording = defineAction({
  kind: 'start-recording',
  title: 'Start recording',
  help: 'Records the call from here on. Ask for consent first where the law needs it.',
  category: 'Recording',
  icon: '●',
  tag: 'StartRecording',
  params: [
    directionParam('both', 'Which side of the call to record.'),
    {
      name: 'format',
      label: 'Format',
      help: 'The file format of the recording.',
      type: 'enum',
      default: 'wav',
      options: [
        { value: 'wav', label: 'WAV' },
        { value: 'mp3', label: 'MP3' },
      ],
    },
    {
      name: 'storageType',
      label: 'Storage',
      help: "Where the platform keeps the file: Exotel's S3 or your https store.",
      type: 'enum',
      default: 's3',
      options: [
        { value: 's3', label: 'S3' },
        { value: 'https', label: 'HTTPS' },
      ],
    },
  ],
  summary: (params) => `${String(params.direction ?? 'both')} · ${String(params.format ?? 'wav')}`,
});

export const stopRecording = defineAction({
  kind: 'stop-recording',
  title: 'Stop recording',
  help: 'Stops the recording started on this leg.',
  category: 'Recording',
  icon: '■',
  tag: 'StopRecording',
});
