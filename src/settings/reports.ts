/** Where the reports go and what they show. */
import { linkProblem } from '../fs/safe.js';
import { checkPath, type FieldParser, tagKeyProblem } from './fields.js';

/** The files a run writes under `report-dir`: none may already be a link (checked again when written). */
const REPORT_FILES = ['report.json', 'report.md', 'report.html', 'iac.sarif', 'guardrails'];

export const reportDir: FieldParser<string> = (raw, ctx) => {
  let failed = false;
  const dir = checkPath(raw, {
    ...ctx,
    fail: (m) => {
      failed = true;
      ctx.fail(m);
    },
  });
  for (const file of REPORT_FILES) {
    const problem = dir && !failed && linkProblem(ctx.workspace, `${dir}/${file}`, 'refuse', ctx.input);
    if (problem) {
      ctx.fail(problem);
      failed = true;
    }
  }
  return dir;
};

/** A tag key (e.g. Team); the report adds a table per value of it. */
export const groupByTag: FieldParser<string | undefined> = (raw, ctx) => {
  if (raw && tagKeyProblem(raw))
    ctx.fail('a tag key is 1 to 128 characters without control characters (e.g. Team)');
  return raw || undefined;
};
