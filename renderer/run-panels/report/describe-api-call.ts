import { LEGS_API } from '../../../shared/api/legs-api-paths';
import { catalog } from '../../../shared/catalog';
import { EVENT } from '../../../shared/events';
import { parseExoml } from '../../../shared/exoml';
import type { ExomlElement, ExomlNode } from '../../../shared/exoml';
import type { TimelineEntry } from '../../run/run-view';
import type { EntryWords } from './describe-entry';

/** What the last action posted on a leg asked to be said and played, for its events to quote. */
export interface Posted {
  say: string;
  play: string;
}

/** Quotes are cut to this many characters: a long prompt is recognised by its start. */
const QUOTE_LENGTH = 90;

const clip = (words: string) =>
  words.length > QUOTE_LENGTH ? `${words.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : words;

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

const scalar = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';

/** The action names the catalog gives ExoML tags: `Gather` reads "Gather digits". */
const TITLE_OF_TAG = new Map(
  catalog.flatMap((definition) =>
    definition.exomlTag ? [[definition.exomlTag.toLowerCase(), definition.title] as const] : [],
  ),
);

function textOf(node: ExomlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** The first element tagged one of `tags`, depth first. */
function find(element: ExomlElement, tags: readonly string[]): ExomlElement | null {
  if (tags.includes(element.tag.toLowerCase())) return element;
  for (const child of element.children) {
    const found = typeof child === 'string' ? null : find(child, tags);
    if (found) return found;
  }
  return null;
}

/** The actions of a posted ExoML body, or null when it does not parse. */
function actionsOf(exoml: string): ExomlElement[] | null {
  try {
    const root = parseExoml(exoml);
    return root.children.filter((child): child is ExomlElement => typeof child !== 'string');
  } catch {
    return null;
  }
}

/** What an API method did to whom, in words, before its outcome. */
function askedFor(
  entry: TimelineEntry,
  leg: string,
  request: Record<string, unknown>,
): { words: string; posted?: Posted } {
  if (entry.name === 'legAction' && typeof request.exoml === 'string') {
    const actions = actionsOf(request.exoml);
    if (!actions) return { words: `Action on ${leg}` };
    const names = actions.map((action) => TITLE_OF_TAG.get(action.tag.toLowerCase()) ?? action.tag);
    const say = actions.map((action) => find(action, ['say'])).find(Boolean);
    const play = actions.map((action) => find(action, ['startplay', 'play'])).find(Boolean);
    const posted = {
      say: say ? clip(textOf(say).trim()) : '',
      play: play ? clip(textOf(play).trim()) : '',
    };
    const quote = posted.say || posted.play;
    return {
      words: `${names.join(', ') || 'Action'} on ${leg}${quote ? `: “${quote}”` : ''}`,
      posted,
    };
  }
  if (entry.name === 'createLeg') {
    const to = scalar(request.contact_uri) || scalar(request.to);
    return { words: `Call ${leg}${to ? ` on ${to}` : ''}` };
  }
  if (entry.name === 'createBridge') return { words: `Bridge ${leg}` };
  return { words: `${entry.name} on ${leg}` };
}

/**
 * An API call of a run in words: "Say on Caller: “Welcome…” — accepted", with the endpoint
 * (`POST /v2/accounts/:accountSid/legs/:legSid/actions`) and the ids the reply gave as facts.
 * `posted` is what it asked to be said or played, for the events that follow on its leg.
 */
export function describeApiCall(
  entry: TimelineEntry,
  leg: string,
): EntryWords & { posted?: Posted } {
  const detail = record(entry.detail);
  const request = record(detail.request);
  const reply = record(detail.reply);
  const asked = askedFor(entry, leg, request);
  const endpoint = (LEGS_API as Record<string, { method: string; path: string } | undefined>)[
    entry.name
  ];
  const outcome = entry.ok ? 'accepted' : `refused: ${scalar(reply.error) || 'no reason given'}`;
  const facts: (readonly [string, string])[] = [];
  if (endpoint) facts.push(['request', `${endpoint.method} ${endpoint.path}`]);
  for (const [key, value] of Object.entries(reply)) {
    // The leg's own sid is in every reply and says nothing new.
    if (key !== 'error' && key !== 'leg_sid' && scalar(value)) facts.push([key, scalar(value)]);
  }
  return {
    text: `${asked.words} — ${outcome}`,
    facts,
    ...(asked.posted && { posted: asked.posted }),
  };
}

/** What an event starting speech or audio on a leg quotes from the action posted before it. */
export function spokenOf(posted: Posted | undefined, eventName: string): string {
  if (!posted) return '';
  if (eventName === EVENT.sayStarted) return posted.say;
  if (eventName === EVENT.playStarted) return posted.play;
  return '';
}
