// Minimal, fast XML string helpers for building AWS-style responses.

const NEEDS_ESCAPE = /[&<>"'\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029]/;
const ESCAPE_ALL = /[&<>"'\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029]/g;

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
