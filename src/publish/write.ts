/**
 * Every report file is written here, never through a link (src/fs/safe.ts): the renderers in
 * src/report/ return text or pieces of text; these functions put them on disk, in batches, so a large
 * fleet's report is never one string in memory.
 */
import { closeSync } from 'node:fs';
import { dirname } from 'node:path';
import { openForWrite, type Place, writeAll, writeFileSafe } from '../fs/safe.js';
import type { Assessment } from '../model/types.js';
import { htmlPieces } from '../report/html.js';
import { type JsonReport, jsonPieces } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { type OcsfMeta, ocsfPieces } from '../report/ocsf.js';
import type { ReportView } from '../report/view.js';

/**
 * Characters a report file is written in at a time: a batch of ASCII text stays below V8's
 * large-object size (128 KB), so it dies young instead of waiting in the large-object space for a full
 * collection.
 */
const WRITE_BATCH_CHARS = 120_000;

/**
 * Writes the pieces to `path` in batches of WRITE_BATCH_CHARS, never through a link (src/fs/safe.ts):
 * `place` is the workspace and the input that named the file (default: the file's own folder).
 */
export async function writePieces(
  path: string,
  pieces: Iterable<string>,
  place: Place = { root: dirname(path), input: 'path' },
): Promise<void> {
  const fd = openForWrite({ ...place, path });
  const file = { write: async (text: string) => writeAll(fd, text) };
  try {
    let batch: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      batch.push(piece);
      size += piece.length;
      if (size >= WRITE_BATCH_CHARS) {
        await file.write(batch.join(''));
        batch = [];
        size = 0;
      }
    }
    if (batch.length) await file.write(batch.join(''));
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
