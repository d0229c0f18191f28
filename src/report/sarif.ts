// IaC findings → SARIF 2.1.0 for github/codeql-action/upload-sarif. Every result has a file location
// (code scanning rejects results without one); fingerprints hash rule + file + address, not the
// line, so a finding keeps its identity when lines move. A finding that is not the change's own (already
// on the base branch, or a plan no-op) is a `note` with `baselineState: unchanged`, so code scanning
// raises no error alert the change did not cause; related locations point at what decides a value.

import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { IAC_RULES, type IacFinding } from '../assess/iac.js';
import { cleanText, uriComponent } from '../model/text.js';

export interface SarifOptions {
  /** Tool version shown in code scanning. */
  version?: string;
  informationUri?: string;
}

const safe = (v: string): string => cleanText(v);

/** Repo-relative URI: forward slashes, no leading ./ or /, each segment percent-encoded. */
export function toSarifUri(file: string): string {
  const parts = file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .split('/');
  return parts.map((p) => uriComponent(p)).join('/');
}

export function fingerprint(f: Pick<IacFinding, 'ruleId' | 'file' | 'address'>): string {
  return createHash('sha256')
    .update(`${f.ruleId}\0${toSarifUri(f.file)}\0${f.address}`)
    .digest('hex');
}

function rules(): ReportingDescriptor[] {
  return IAC_RULES.map((r) => ({
    id: r.id,
    name: r.title
      .replace(/[^A-Za-z0-9]+/g, ' ')
      .trim()
      .replace(/ (\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.help },
    help: { text: r.help, markdown: r.help },
    defaultConfiguration: { level: r.level },
    properties: {
      'security-severity': r.securitySeverity,
      tags: ['security', 'aws', ...(r.tags ?? ['ec2']), 'imds', 'external/cwe/cwe-918'],
      precision: 'high',
      ...(r.liveRule ? { 'imdsGuard/liveRule': r.liveRule } : {}),
    },
  }));
}

export function findingsToSarif(findings: IacFinding[], options: SarifOptions = {}): Log {
  const index = new Map(IAC_RULES.map((r, i) => [r.id, i]));
  const results: Result[] = findings.map((f) => {
    const result: Result = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: f.attributed ? f.level : 'note',
      baselineState: f.baseline ?? (f.attributed ? 'new' : 'unchanged'),
      message: { text: safe(`${f.message} Fix: ${f.fix}`) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toSarifUri(f.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line && f.line > 0 ? f.line : 1 },
          },
          logicalLocations: [
            {
              name: safe(f.address),
              kind: 'resource',
              fullyQualifiedName: safe(
                f.address.startsWith(`${f.resourceType}.`) || f.address.includes(`.${f.resourceType}.`)
                  ? f.address
                  : `${f.resourceType}::${f.address}`,
              ),
            },
          ],
        },
      ],
      partialFingerprints: { 'imdsGuard/v1': fingerprint(f) },
      properties: { attributed: f.attributed, ...(f.action ? { planAction: f.action } : {}) },
    };
    if (f.related?.length) {
      result.relatedLocations = f.related.map((o, i) => ({
        id: i + 1,
        message: { text: safe(o.what) },
        physicalLocation: {
          artifactLocation: { uri: toSarifUri(o.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: o.line && o.line > 0 ? o.line : 1 },
        },
      }));
    }
    if (f.suppression) {
      result.suppressions = [
        { kind: 'inSource', justification: safe(`${f.suppression.tool}: ${f.suppression.reason}`) },
      ];
    }
    return result;
  });
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'IMDS Guard',
            informationUri: options.informationUri,
            semanticVersion: options.version,
            rules: rules(),
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { description: { text: 'The repository root (GITHUB_WORKSPACE).' } },
        },
        results,
      },
    ],
  };
}
