// Minimal, fast XML string helpers for building AWS-style responses.

// Characters escaped in element text: markup, \r (XML parsers normalise it away), C0 controls other than
// \t and \n, DEL, NEL, LS, PS. Built at runtime so the source holds no raw control characters.
const CONTROL_CODES = [
  ...Array.from({ length: 32 }, (_, i) => i).filter((i) => i !== 9 && i !== 10),
  0x7f,
  0x85,
  0x2028,
  0x2029,
];
const CLASS = `[&<>"'${CONTROL_CODES.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`;
const NEEDS_ESCAPE = new RegExp(CLASS);
const ESCAPE_ALL = new RegExp(CLASS, 'g');

function escapeChar(ch: string): string {
  switch (ch) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case "'":
      return '&apos;';
    default:
      // \r (would be normalised away by XML parsers), control chars, NEL, LS, PS
      return `&#x${ch.charCodeAt(0).toString(16).toUpperCase()};`;
  }
}

/** Escape text for use as XML element content. */
export function esc(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(ESCAPE_ALL, escapeChar);
}

/** `<name>value</name>`, or '' when value is undefined/null. */
export function el(name: string, value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  const s = typeof value === 'string' ? esc(value) : String(value);
  return `<${name}>${s}</${name}>`;
}

/** `<name>inner</name>` with raw (already XML) inner content, or '' when inner is undefined. */
export function raw(name: string, inner: string | undefined | null): string {
  if (inner === undefined || inner === null) return '';
  return `<${name}>${inner}</${name}>`;
}

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** ISO-8601 timestamp with milliseconds, as AWS returns. */
export function isoTime(t: string | number | Date | undefined): string | undefined {
  if (t === undefined) return undefined;
  const d = t instanceof Date ? t : new Date(t);
  if (Number.isNaN(d.getTime())) return undefined;
  return d.toISOString();
}
