/**
 * What earlier runs left in the workspace, read back before a run publishes: the history file (the
 * trend; it is appended to and rewritten by publish/) and the baseline report (regressions). Both are
 * optional: a file that is missing or not IMDS Guard's is a warning, a read through a link is refused
 * (UnsafePathError, src/fs/safe.ts).
 */
import { resolve } from 'node:path';
import { readFileSafe, UnsafePathError } from '../fs/safe.js';
import { errorMessage } from '../log.js';
import { type HistoryEntry, parseHistory } from '../report/history.js';
import type { JsonReport } from '../report/json.js';
import { parseJsonReport } from '../report/validate.js';

interface Warn {
  warning(message: string): void;
}

export interface ReadHistory {
  path: string;
  /** The file's text as read ('' when it does not exist or could not be read). */
  text: string;
  entries: HistoryEntry[];
}

/** `history-file`: the entries of this report id (the trend starts over when it cannot be read). */
export function readHistory(workspace: string, file: string, reportId: string, log: Warn): ReadHistory {
  const path = resolve(workspace, file);
  try {
    // Read and rewritten by every run: never through a link (the write would follow it too).
    const text = readFileSafe({ root: workspace, input: 'history-file', path }, { links: 'refuse' }) ?? '';
    const parsed = parseHistory(text, reportId);
    if (parsed.skipped)
      log.warning(`${file}: skipped ${parsed.skipped} line(s) that are not IMDS Guard history entries.`);
    return { path, text, entries: parsed.entries };
  } catch (e) {
    if (e instanceof UnsafePathError) throw e;
    log.warning(`Could not read history-file ${file}: ${errorMessage(e)}; the trend starts over.`);
    return { path, text: '', entries: [] };
  }
}

/** `baseline-report`: the earlier report.json, validated; undefined (with a warning) when unusable. */
export function readBaseline(workspace: string, file: string, log: Warn): JsonReport | undefined {
  const path = resolve(workspace, file);
  try {
    // A committed baseline may be a link to another report of the repository, never out of it.
    const text = readFileSafe({ root: workspace, input: 'baseline-report', path }, { links: 'inside' });
    if (text === undefined) {
      log.warning(`baseline-report ${file} does not exist; no regressions are called out.`);
      return undefined;
    }
    return parseJsonReport(text, file);
  } catch (e) {
    if (e instanceof UnsafePathError) throw e;
    log.warning(`baseline-report: ${errorMessage(e)}; no regressions are called out.`);
    return undefined;
  }
}
