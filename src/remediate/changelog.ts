/**
 * The change log: one JSON line per attempted change, appended and fsynced the moment the attempt
 * reaches its final outcome, so a crash leaves a log whose `applied` lines are exactly the changes
 * AWS made (bar a change whose answer was still on the wire when the process died — see
 * docs/remediation.md). Reading it back validates every line and names file and line on error.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ChangeRecord, ChangeResult } from '../types.js';

export class ChangeLogError extends Error {
  override name = 'ChangeLogError';
}

/** Appends records to a JSON-lines file; each append is one write(2) of a whole line, then fsync. */
export class ChangeLogWriter {
  private fd: number | undefined;
  written = 0;

  constructor(readonly path: string) {}

  open(): void {
    if (this.fd !== undefined) return;
    mkdirSync(dirname(this.path), { recursive: true });
    this.fd = openSync(this.path, 'a');
  }

  append(record: ChangeRecord): void {
    this.open();
    const line = `${JSON.stringify(record)}\n`;
    // One write of the whole line (O_APPEND): lines never interleave, a crash cuts at most the last one.
    writeSync(this.fd!, line);
    fsyncSync(this.fd!);
    this.written++;
  }

  close(): void {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
    }
  }
}

const RESULTS: readonly ChangeResult[] = ['applied', 'failed', 'drifted', 'skipped'];

/**
 * Parses a change log. Blank lines are ignored; a final line without a newline that is not valid
 * JSON (a torn write from a crash) is reported as such. Every other problem names the line.
 */
export function parseChangeLog(text: string, file: string): ChangeRecord[] {
  const lines = text.split('\n');
  const records: ChangeRecord[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (!line) continue;
    const where = `${file}:${n + 1}`;
    let r: Partial<ChangeRecord>;
    try {
      r = JSON.parse(line) as Partial<ChangeRecord>;
    } catch (e) {
      const torn = n === lines.length - 1;
      throw new ChangeLogError(
        `${where}: not a JSON line (${(e as Error).message})${torn ? ' — the last line looks cut off (a crash mid-write?); check it against AWS and remove it' : '; each line must be one JSON change record'}`,
      );
    }
    const missing = (['time', 'runId', 'accountId', 'region', 'resourceId', 'result'] as const).filter(
      (k) => typeof r[k] !== 'string' || r[k] === '',
    );
    if (missing.length)
      throw new ChangeLogError(`${where}: missing ${missing.join(', ')}; not an IMDS Guard change record`);
    if (!RESULTS.includes(r.result as ChangeResult)) {
      throw new ChangeLogError(`${where}: result '${r.result}' is not one of ${RESULTS.join(', ')}`);
    }
    if (!r.before || typeof r.before !== 'object' || !r.after || typeof r.after !== 'object') {
      throw new ChangeLogError(`${where}: before and after must be objects of metadata options`);
    }
    records.push({ kind: 'instance', ...r } as ChangeRecord);
  }
  return records;
}
