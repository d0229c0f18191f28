/**
 * The files an audit writes beside report.json for the exposure context: `detections/` (the Sigma
 * rule and the MetadataNoTokenRejected alarm templates, report/detections.ts) and report.ocsf.json
 * (report/ocsf.ts).
 * Never through a link (src/fs/safe.ts).
 */
import { relative, resolve } from 'node:path';
import type { Deps } from '../deps.js';
import type { Assessment } from '../model/types.js';
import { detectionFilePieces } from '../report/detections.js';
import { OCSF_FILE } from '../report/ocsf.js';
import { writeOcsf, writePieces } from './write.js';

export async function publishExposureFiles(
  workspace: string,
  dir: string,
  assessment: Assessment,
  deps: Pick<Deps, 'log' | 'version'>,
): Promise<{ ocsfPath: string; detections: string[] }> {
  const detections: string[] = [];
  for (const [name, pieces] of detectionFilePieces(assessment.instances)) {
    const path = resolve(dir, name);
    await writePieces(path, pieces, { root: workspace, input: 'report-dir' });
    detections.push(path);
  }
  const ocsfPath = resolve(dir, OCSF_FILE);
  await writeOcsf(
    ocsfPath,
    assessment,
    { version: deps.version, scannedAt: assessment.scannedAt, ruleId: assessment.rule.id },
    { root: workspace, input: 'report-dir' },
  );
  const shown = (p: string) => relative(workspace, p) || p;
  deps.log.info(
    `Detections: ${detections.length} file(s) written to ${shown(resolve(dir, 'detections'))}/ (Sigma rule for IMDS traffic, MetadataNoTokenRejected alarms); OCSF findings: ${shown(ocsfPath)}.`,
  );
  return { ocsfPath, detections };
}
