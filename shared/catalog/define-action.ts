import { element } from '../exoml/build-exoml';
import type { ExomlElement } from '../exoml/exoml-element';
import { ERROR, NEXT } from './common-params';
import type { Category, NodeDefinition, NodeKind, PortSpec, WaitSpec } from './node-definition';
import type { ParamSpec, ParamValue, Params } from './param-spec';

/** How a param value is spelled in an ExoML attribute. */
export function formatAttribute(value: ParamValue): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

function placement(spec: ParamSpec): string {
  return spec.exoml ?? 'attribute';
}

// ASSUMPTION(exoml-spelling): PascalCase tags and camelCase attributes, as each kind's `tag` and params spell them.
/** The generic compiler: attribute params become attributes, the content param the text. */
export function compileElement(tag: string, specs: ParamSpec[], params: Params): ExomlElement {
  const attributes: Record<string, string> = {};
  let content: string | undefined;
  for (const spec of specs) {
    const value = params[spec.name];
    if (value === undefined || value === '') continue;
    if (placement(spec) === 'attribute') attributes[spec.name] = formatAttribute(value);
    else if (placement(spec) === 'content') content = formatAttribute(value);
  }
  return element(tag, attributes, content === undefined ? [] : [content]);
}

interface ActionOptions {
  kind: NodeKind;
  title: string;
  help: string;
  category: Category;
  icon: string;
  tag: string;
  params?: ParamSpec[];
  summary?: (params: Params) => string;
  waitsFor?: (params: Params) => WaitSpec | null;
  ports?: (params: Params) => PortSpec[];
  toExoml?: (params: Params) => ExomlElement;
  fromExoml?: NodeDefinition['fromExoml'];
  checks?: NodeDefinition['checks'];
}

/** Defines a leg action: a node that posts one ExoML element to its leg and leaves by next/error. */
export function defineAction(options: ActionOptions): NodeDefinition {
  const params = options.params ?? [];
  const definition: NodeDefinition = {
    kind: options.kind,
    title: options.title,
    help: options.help,
    category: options.category,
    icon: options.icon,
    usesLeg: true,
    trigger: false,
    params,
    ports: options.ports ?? (() => [NEXT, ERROR]),
    exomlTag: options.tag,
    toExoml: options.toExoml ?? ((values) => compileElement(options.tag, params, values)),
    waitsFor: options.waitsFor ?? (() => null),
    summary: options.summary ?? (() => ''),
  };
  if (options.fromExoml) definition.fromExoml = options.fromExoml;
  if (options.checks) definition.checks = options.checks;
  return definition;
}
