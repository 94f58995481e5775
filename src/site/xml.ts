/**
 * Text and attribute values for the XML the reader site writes (RSS, Atom, the sitemap). Escaping
 * alone is not enough: XML 1.0 forbids most control characters even as references, and one in a
 * title would make the whole feed unreadable to a strict parser — so they are dropped.
 */

/** Characters XML 1.0 does not allow anywhere (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Safe as element text and as a double- or single-quoted attribute value. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (character) => ENTITIES[character])
}

/** `<name attr="…">text</name>`, or nothing when the text is empty. */
export function element(
  name: string,
  text: string | null | undefined,
  attributes: Record<string, string | undefined> = {},
): string {
  if (text === null || text === undefined || text === '') return ''
  return `<${name}${attributesOf(attributes)}>${escapeXml(text)}</${name}>`
}

/** `<name attr="…"/>` */
export function emptyElement(name: string, attributes: Record<string, string | undefined>): string {
  return `<${name}${attributesOf(attributes)}/>`
}

function attributesOf(attributes: Record<string, string | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('')
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
