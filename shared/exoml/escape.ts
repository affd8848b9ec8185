/**
 * XML 1.0 cannot carry most control characters at all, not even as character references, so
 * they are dropped. Everything else survives a build-then-parse round trip unchanged.
 */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 cannot represent. */
export function toXmlSafeText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Escapes element text. `\r` is written as a reference because parsers normalise raw CRs. */
export function escapeText(text: string): string {
  return toXmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Escapes an attribute value; whitespace is referenced so attribute normalisation keeps it. */
export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}
