/**
 * Text that came from outside (AWS tag values and names, repository files, error messages) is
 * hostile: it may carry newlines that start a workflow command (`::error::`), the older command form
 * the runner finds anywhere in a line (`##[error]`), ANSI escapes that repaint a terminal, bidi
 * overrides and zero-width characters that disguise what a reader sees.
 * `cleanText` makes it one line of visible text; every log line and every rendered value goes through it.
 */

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * One line of visible text: C0/C1 control characters (newlines, tabs, NUL, ESC…) and line/paragraph
 * separators become a space; every Unicode format character (category Cf: bidi overrides, zero-width
 * spaces and joiners, U+2060, soft hyphen, tag characters…) is removed.
 */
export function cleanText(raw: string): string {
  const text = String(raw);
  // Printable ASCII holds no control, separator or format character: most values are returned as they
  // are, after one scan instead of two replacements (~4× faster on instance ids, names and ARNs).
  if (PRINTABLE_ASCII.test(text)) return text;
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(/\p{Cf}/gu, '')
  );
}

/**
 * A log message whose every line is safe: no value can make the runner act on a log line. Each line is
 * cleaned of control and format characters (cleanText), then two defusings, both visible and stable
 * (cleaning the result again keeps them, so text sanitized twice stays safe):
 *   - a line that would start a workflow command (`::name …::`, after any indentation: the runner
 *     trims it) gets a space between the colons: `: :name`;
 *   - the older command form, which the runner finds anywhere in a line (`##[error]`, `##[add-mask]`,
 *     `##[stop-commands]`…), gets a space between the hashes: `# #[error]`.
 * An invisible separator (a zero-width space or joiner) would not do: cleanText removes every format
 * character, so the next cleaning would put the command back. Multi-line messages of our own keep
 * their line breaks.
 */
export function safeLogText(message: string): string {
  return String(message)
    .split(/\r\n|\r|\n/)
    .map((line) =>
      cleanText(line)
        .replace(/^(\s*):(?=:)/, '$1: ')
        .replace(/##\[/g, '# #['),
    )
    .join('\n');
}

/**
 * Code-unit order, for the ASCII keys a fleet is sorted by (account ids, regions, resource ids, ISO
 * timestamps): the order `localeCompare` gives them, without ICU collation on every comparison of a
 * 100,000-instance sort. Names and other human text keep `localeCompare`.
 */
export function compareCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A POSIX shell word on one line (a newline, even in a comment, would start a command): the text cleaned
 * of control characters, single-quoted unless it is plainly safe.
 */
export function shellWord(raw: string): string {
  const s = cleanText(raw);
  return /^[A-Za-z0-9._/-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The characters `encodeURIComponent` leaves as they are. */
const URI_UNRESERVED = /^[A-Za-z0-9\-_.!~*'()]*$/;

/**
 * `encodeURIComponent` that cannot throw: a lone surrogate (a hostile value can carry one, e.g. an XML
 * `&#xD83D;`) becomes U+FFFD first, where `encodeURIComponent` would throw a URIError.
 */
export function uriComponent(raw: string): string {
  // Most values (instance and template ids, names) are only characters encodeURIComponent keeps.
  if (URI_UNRESERVED.test(raw)) return raw;
  return encodeURIComponent(raw.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));
}
