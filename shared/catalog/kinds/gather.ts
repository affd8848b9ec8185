import { element } from '../../exoml/build-exoml';
import type { ExomlElement } from '../../exoml/exoml-element';
import { ERROR, firstWords, text } from '../common-params';
import { defineAction } from '../define-action';
import type { PortSpec } from '../node-definition';
import type { GatherChoice, Params } from '../param-spec';
import { readAttributes } from '../read-attributes';
import { EVENT } from '../../events';

/** Extra seconds the runner allows beyond the caller's own input time-out. */
const GATHER_GRACE_SECONDS = 30;

/** The menu choices of a Gather, tolerating a half-edited params object. */
export function gatherChoices(params: Params): GatherChoice[] {
  const value = params.choices;
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is GatherChoice => typeof item === 'object' && item !== null && 'digits' in item,
  );
}

const ATTRIBUTE_PARAMS = ['numDigits', 'timeoutInSec', 'finishOnKey'] as const;

export const gather = defineAction({
  kind: 'gather',
  title: 'Gather digits',
  help: 'Asks the caller to press keys, then follows the choice they made. Add a choice for each menu option.',
  category: 'Input',
  icon: '#',
  tag: 'Gather',
  params: [
    {
      name: 'text',
      label: 'Prompt (spoken)',
      help: 'What to say while waiting for keys, e.g. "Press 1 for sales".',
      type: 'string',
      format: 'multiline',
      exoml: 'none',
    },
    {
      name: 'url',
      label: 'Prompt (audio URL)',
      help: 'Or an audio file to play while waiting for keys.',
      type: 'string',
      format: 'url',
      schemes: ['https:', 'http:'],
      exoml: 'none',
    },
    {
      name: 'numDigits',
      label: 'Number of digits',
      help: 'Stop listening after this many keys.',
      type: 'integer',
      default: 1,
      min: 1,
      max: 50,
      unit: 'digits',
    },
    {
      name: 'finishOnKey',
      label: 'Finish key',
      help: 'A key that ends the input early, usually #.',
      type: 'enum',
      default: '#',
      options: ['#', '*', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ''].map((key) => ({
        value: key,
        label: key === '' ? 'None' : key,
      })),
    },
    {
      name: 'timeoutInSec',
      label: 'Time-out',
      help: 'Seconds to wait for the caller to press a key.',
      type: 'integer',
      default: 10,
      min: 1,
      max: 120,
      unit: 'seconds',
    },
    {
      name: 'choices',
      label: 'Choices',
      help: 'One output per choice, named by the keys that pick it.',
      type: 'choices',
      exoml: 'none',
    },
  ],
  ports: (params) => [
    ...gatherChoices(params).map((choice): PortSpec => ({
      name: choice.digits,
      label: choice.label ? `${choice.digits} · ${choice.label}` : choice.digits,
      required: true,
    })),
    { name: 'no-input', label: 'No input', required: false },
    { name: 'invalid', label: 'Invalid', required: false },
    ERROR,
  ],
  toExoml: (params) => {
    const attributes: Record<string, string> = {};
    for (const name of ATTRIBUTE_PARAMS) {
      const value = params[name];
      if (value !== undefined && value !== '') attributes[name] = String(value);
    }
    const prompt: ExomlElement[] = [];
    if (text(params, 'text')) prompt.push(element('Say', {}, [text(params, 'text')]));
    if (text(params, 'url')) prompt.push(element('StartPlay', {}, [text(params, 'url')]));
    return element('Gather', attributes, prompt);
  },
  fromExoml: (gatherElement) => {
    const params: Params = readAttributes(gather.params, gatherElement);
    for (const child of gatherElement.children) {
      if (typeof child === 'string') continue;
      const content = child.children.filter((c) => typeof c === 'string').join('');
      if (child.tag.toLowerCase() === 'say') params.text = content;
      if (child.tag.toLowerCase() === 'startplay') params.url = content;
    }
    return params;
  },
  checks: (params) => {
    const problems = [];
    if (params.numDigits === undefined && !text(params, 'finishOnKey')) {
      problems.push({
        param: 'numDigits',
        message: 'Gather needs a number of digits or a finish key, or it never stops listening.',
        severity: 'error' as const,
      });
    }
    const seen = new Set<string>();
    for (const choice of gatherChoices(params)) {
      if (!/^[0-9*#]{1,50}$/.test(choice.digits)) {
        problems.push({
          param: 'choices',
          message: `Choice "${choice.digits}" must be keys from the keypad: 0-9, * and #.`,
          severity: 'error' as const,
        });
      } else if (seen.has(choice.digits)) {
        problems.push({
          param: 'choices',
          message: `Two choices use the keys "${choice.digits}".`,
          severity: 'error' as const,
        });
      }
      seen.add(choice.digits);
    }
    return problems;
  },
  summary: (params) => {
    const choices = gatherChoices(params);
    const prompt = firstWords(text(params, 'text'), 28);
    return choices.length ? `${prompt} [${choices.map((c) => c.digits).join(' ')}]` : prompt;
  },
  waitsFor: (params) => ({
    outcomes: [
      { event: EVENT.gatherSuccess, port: '$choice' },
      { event: EVENT.gatherFailed, port: 'error' },
    ],
    timeoutSeconds: (Number(params.timeoutInSec) || 10) + GATHER_GRACE_SECONDS,
    timeoutPort: 'no-input',
  }),
});
