export { buildExoml, element } from './build-exoml';
export { parseExoml, ExomlParseError } from './parse-exoml';
export { compileNodeExoml, exomlToActions, elementToAction, ExomlContentError } from './node-exoml';
export { escapeAttribute, escapeText, toXmlSafeText } from './escape';
export type { ExomlElement, ExomlNode } from './exoml-element';
