import { element } from '../../exoml/build-exoml';
import { directionParam, firstWords, text } from '../common-params';
import { defineAction } from '../define-action';
import type { Params } from '../param-spec';

export const hold = defineAction({
  kind: 'hold',
  title: 'Hold',
  help: 'Puts the leg on hold, optionally with music. Remember an Unhold later in the flow.',
  category: 'Call control',
  icon: '‖',
  tag: 'Hold',
  params: [
    {
      name: 'url',
      label: 'Hold music URL',
      help: 'Optional audio to play while the caller waits.',
      type: 'string',
      format: 'url',
      schemes: ['https:', 'http:'],
      exoml: 'none',
    },
  ],
  toExoml: (params) =>
    element(
      'Hold',
      {},
      text(params, 'url') ? [element('StartPlay', {}, [text(params, 'url')])] : [],
    ),
  fromExoml: (holdElement): Params => {
    const music = holdElement.children.find(
      (child) => typeof child !== 'string' && child.tag.toLowerCase() === 'startplay',
    );
    if (!music || typeof music === 'string') return {};
    return { url: music.children.filter((child) => typeof child === 'string').join('') };
  },
  summary: (params) =>
    text(params, 'url') ? `♫ ${firstWords(text(params, 'url').replace(/^.*\//, ''))}` : '',
});

export const unhold = defineAction({
  kind: 'unhold',
  title: 'Unhold',
  help: 'Takes the leg off hold.',
  category: 'Call control',
  icon: '▶',
  tag: 'UnHold',
});

const muteDirection = directionParam('out', 'Which audio to mute.');

export const mute = defineAction({
  kind: 'mute',
  title: 'Mute',
  help: 'Mutes the leg in one or both directions.',
  category: 'Call control',
  icon: '⊘',
  tag: 'Mute',
  params: [muteDirection],
  summary: (params) => String(params.direction ?? ''),
});

export const unmute = defineAction({
  kind: 'unmute',
  title: 'Unmute',
  help: 'Unmutes the leg.',
  category: 'Call control',
  icon: '◍',
  tag: 'UnMute',
  params: [{ ...muteDirection, help: 'Which audio to unmute.' }],
  summary: (params) => String(params.direction ?? ''),
});
