import { catalog, definitionOf } from '../catalog';
import type { NodeKind, Params } from '../catalog';
import { substituteTemplates } from '../flow/templates';
import { buildExoml } from './build-exoml';
import type { ExomlElement } from './exoml-element';
import { parseExoml } from './parse-exoml';
import { readElement } from '../catalog/read-attributes';

/** Substitutes templates in every text param; lists and numbers are left alone. */
function substituteParams(
  params: Params,
  variables: Readonly<Record<string, string>> | undefined,
): Params {
  if (!variables) return params;
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'string' ? substituteTemplates(value, variables) : value;
  }
  return out;
}

/**
 * The ExoML an action node posts, or null for kinds that are API calls or flow control.
 * With `variables`, `{{templates}}` are substituted first (then escaped by the builder);
 * without, they are kept as written, which is what a design-time preview shows.
 */
export function compileNodeExoml(
  node: { kind: NodeKind; params: Params },
  variables?: Readonly<Record<string, string>>,
): string | null {
  const definition = definitionOf(node.kind);
  if (!definition.toExoml) return null;
  return buildExoml([definition.toExoml(substituteParams(node.params, variables))]);
}

/** An ExoML body that parses but does not describe known actions. */
export class ExomlContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExomlContentError';
  }
}

const actionTags = new Map(
  catalog.filter((definition) => definition.exomlTag).map((d) => [d.exomlTag!.toLowerCase(), d]),
);

/** Reads one action element back into a node kind and its params. */
export function elementToAction(actionElement: ExomlElement): { kind: NodeKind; params: Params } {
  const definition = actionTags.get(actionElement.tag.toLowerCase());
  if (!definition) {
    const known = catalog.flatMap((d) => (d.exomlTag ? [d.exomlTag] : [])).join(', ');
    throw new ExomlContentError(
      `<${actionElement.tag}> is not an ExoML action. Known actions: ${known}.`,
    );
  }
  const params = definition.fromExoml
    ? definition.fromExoml(actionElement)
    : readElement(definition.params, actionElement);
  return { kind: definition.kind, params };
}

/** Parses an ExoML body (`<Flow>` with action elements, any tag case) into node kinds and params. */
export function exomlToActions(text: string): { kind: NodeKind; params: Params }[] {
  const root = parseExoml(text);
  if (root.tag.toLowerCase() !== 'flow') {
    throw new ExomlContentError(`The root element must be <Flow>, not <${root.tag}>.`);
  }
  return root.children.map((child) => {
    if (typeof child === 'string') {
      throw new ExomlContentError(
        'Text directly inside <Flow> is not allowed; wrap it in an action such as <Say>.',
      );
    }
    return elementToAction(child);
  });
}
