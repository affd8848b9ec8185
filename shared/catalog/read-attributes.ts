import type { ExomlElement } from '../exoml/exoml-element';
import type { ParamSpec, ParamValue, Params } from './param-spec';

/** Turns an attribute's text back into the param's type; unreadable values stay as text. */
function readValue(spec: ParamSpec, raw: string): ParamValue {
  if (spec.type === 'integer' && /^-?\d+$/.test(raw.trim())) return Number(raw);
  if (spec.type === 'boolean' && /^(true|false)$/i.test(raw.trim())) {
    return raw.trim().toLowerCase() === 'true';
  }
  return raw;
}

/** Reads the attributes of an element into params, matching attribute names in any case. */
export function readAttributes(specs: ParamSpec[], exomlElement: ExomlElement): Params {
  const params: Params = {};
  for (const [name, raw] of Object.entries(exomlElement.attributes)) {
    const spec = specs.find(
      (candidate) =>
        (candidate.exoml ?? 'attribute') === 'attribute' &&
        candidate.name.toLowerCase() === name.toLowerCase(),
    );
    params[spec?.name ?? name] = spec ? readValue(spec, raw) : raw;
  }
  return params;
}

/** The generic reader: attributes by name, text children into the content param. */
export function readElement(specs: ParamSpec[], exomlElement: ExomlElement): Params {
  const params = readAttributes(specs, exomlElement);
  const contentSpec = specs.find((spec) => spec.exoml === 'content');
  const content = exomlElement.children.filter((child) => typeof child === 'string').join('');
  if (contentSpec && content !== '') params[contentSpec.name] = content;
  return params;
}
