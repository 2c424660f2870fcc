import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SyncHttpError } from './http.ts';

/**
 * Fetched XML (RSS, Atom, YouTube's feeds) read with fast-xml-parser. A document with entity
 * declarations is refused before parsing, so no entity expansion can blow it up; a malformed
 * one fails with the parser's line and column.
 */
export function parseXml(text: string, url: string): Record<string, unknown> {
  if (/<!ENTITY/i.test(text)) {
    throw new SyncHttpError(url, 'the XML declares entities, which the sync does not accept.');
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new SyncHttpError(
      url,
      `the answer is not valid XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col}).`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: true,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
  });
  return parser.parse(text) as Record<string, unknown>;
}

/** The text of a parsed element (a string, a number, `{ '#text': … }` or the first of a list). */
export function textOf(node: unknown): string {
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (node && typeof node === 'object' && '#text' in node)
    return textOf((node as { '#text': unknown })['#text']);
  return '';
}

/** A child of a parsed element by a path of names, e.g. `media:group/media:thumbnail/@url`. */
export function pick(node: unknown, path: string): unknown {
  let current: unknown = node;
  for (const name of path.split('/')) {
    if (Array.isArray(current)) current = current[0];
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day of an RSS date (`Tue, 01 Dec 2026 10:00:00 +0100`) or an ISO one, as written: the
 * day the source meant, whatever the time zone.
 */
export function feedDay(value: string): string | undefined {
  const text = value.trim();
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(text);
  if (rfc) {
    const month = months.indexOf(rfc[2]!.toLowerCase()) + 1;
    if (month === 0) return undefined;
    return `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  }
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(text);
  return iso?.[1];
}
