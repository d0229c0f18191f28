/**
 * Every report file is written here, never through a link (src/fs/safe.ts): the renderers in
 * src/report/ return text or pieces of text; these functions put them on disk, in batches, so a large
 * fleet's report is never one string in memory.
 */
import { closeSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { openForWrite, type Place, writeAll, writeFileSafe } from '../fs/safe.js';
import type { Assessment } from '../model/types.js';
import { htmlPieces } from '../report/html.js';
import { type JsonReport, jsonPieces } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { type OcsfMeta, ocsfPieces } from '../report/ocsf.js';
import type { ReportView } from '../report/view.js';

/**
 * Bytes a report file is written in at a time. The pieces are encoded straight into one buffer of
 * this size, reused for the whole file: no batch string is joined and no buffer is made per batch
 * (a 100,000-instance audit's reports are ~180 MB of text: joined in batches, then encoded, that was
 * a tenth of everything the run allocated, and as many young-generation collections).
 */
const WRITE_BUFFER_BYTES = 256 * 1024;

/** A high surrogate (the first half of a pair), as a piece's last code unit. */
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Writes `length` bytes of `buf` to `fd` (writeSync may write less than asked). */
function writeBytes(fd: number, buf: Buffer, length: number): void {
  let off = 0;
  while (off < length) off += writeSync(fd, buf, off, length - off);
}

/**
 * Writes the pieces to `path` through one reused buffer, never through a link (src/fs/safe.ts):
 * `place` is the workspace and the input that named the file (default: the file's own folder). The
 * bytes are those of the pieces joined and encoded as UTF-8 at once: a surrogate pair split across two
 * pieces is encoded whole.
 */
export async function writePieces(
  path: string,
  pieces: Iterable<string>,
  place: Place = { root: dirname(path), input: 'path' },
): Promise<void> {
  const fd = openForWrite({ ...place, path });
  const buf = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  let held = '';
  // UTF-8 takes at most 3 bytes per UTF-16 code unit.
  const most = Math.floor(buf.length / 3);
  const put = (text: string) => {
    if (used + text.length * 3 > buf.length) {
      writeBytes(fd, buf, used);
      used = 0;
    }
    // A piece longer than the buffer holds is written a chunk at a time (never encoded whole into a
    // buffer of its own), a surrogate pair never cut in two.
    if (text.length <= most) used += buf.write(text, used, 'utf8');
    else writeAll(fd, text);
  };
  try {
    for (let piece of pieces) {
      if (held) {
        piece = held + piece;
        held = '';
      }
      if (piece.length && isHighSurrogate(piece.charCodeAt(piece.length - 1))) {
        held = piece.slice(-1);
        piece = piece.slice(0, -1);
      }
      if (piece) put(piece);
    }
    if (held) put(held);
    writeBytes(fd, buf, used);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a workspace file, creating its folders, never through a link: `input` names the input that
 * chose the path in any refusal.
 */
export async function writeWorkspaceFile(
  workspace: string,
  input: string,
  path: string,
  content: string,
): Promise<void> {
  writeFileSafe({ root: workspace, input, path }, content);
}

/** report.json: the header pretty-printed, then one instance a line (json.ts `jsonPieces`). */
export async function writeJsonReport(path: string, report: JsonReport, place?: Place): Promise<void> {
  await writePieces(path, jsonPieces(report), place);
}

/**
 * report.md: the job summary's content and size (under 1 MiB at any fleet size) with links to the
 * sections of report.html; every row is in report.html and report.json.
 */
export async function writeMarkdownFile(path: string, view: ReportView, place?: Place): Promise<void> {
  await writePieces(path, [renderMarkdown(view, { medium: 'file' }).markdown], place);
}

/** report.html, written a slice of rows at a time (the same bytes as renderHtml). */
export async function writeHtml(path: string, view: ReportView, place?: Place): Promise<void> {
  await writePieces(path, htmlPieces(view), place);
}

/** report.ocsf.json: a JSON array, one finding a line. */
export async function writeOcsf(path: string, a: Assessment, meta: OcsfMeta, place?: Place): Promise<void> {
  await writePieces(path, ocsfPieces(a, meta), place);
}
