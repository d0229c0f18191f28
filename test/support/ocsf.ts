/**
 * Checks OCSF findings against the JSON Schema of the OCSF 1.3.0 Compliance Finding class, derived
 * from the official OCSF schema sources (test/fixtures/ocsf/README.md), with ajv; then what the
 * schema states only in words: `type_uid` is `class_uid × 100 + activity_id`, and the finding says
 * which OCSF version it follows.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

export const OCSF_SCHEMA = JSON.parse(
  readFileSync(new URL('../fixtures/ocsf/compliance-finding-1.3.0.schema.json', import.meta.url), 'utf8'),
) as { $id: string; $comment: string; properties: Record<string, { const?: number }> };

export const OCSF_VERSION = '1.3.0';

let validate: ValidateFunction | undefined;
function validator(): ValidateFunction {
  // Constraints and profile conditions name properties defined beside them (strictRequired is off).
  validate ??= new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(OCSF_SCHEMA);
  return validate;
}

/** `/finding_info/attacks/0` → `finding_info.attacks[0]`. */
const dotted = (pointer: string): string =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');

function describe(e: ErrorObject): string | undefined {
  const at = dotted(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `missing ${at ? `${at}.` : ''}${String(p.missingProperty)}`;
    case 'type':
      return `${at} is not ${String(p.type)}`;
    case 'enum':
    case 'const':
      return `${at} is not one of the values OCSF defines`;
    case 'if':
    case 'anyOf':
    case 'oneOf':
      // Said by the errors of their branches (a `required`).
      return e.keyword === 'if' ? undefined : `${at || 'the finding'} fails ${e.keyword} (${e.message})`;
    default:
      return `${at || 'the finding'}: ${e.message}`;
  }
}

/** What a finding lacks or gets wrong ([] when it is a valid OCSF 1.3.0 Compliance Finding). */
export function ocsfProblems(f: unknown): string[] {
  const v = validator();
  const p = v(f) ? [] : (v.errors ?? []).flatMap((e) => describe(e) ?? []);
  const ff = (f ?? {}) as Record<string, unknown>;
  if (ff.type_uid !== (ff.class_uid as number) * 100 + (ff.activity_id as number))
    p.push('type_uid is not class_uid × 100 + activity_id');
  const meta = ff.metadata as { version?: unknown } | undefined;
  if (meta?.version !== OCSF_VERSION) p.push(`metadata.version is not ${OCSF_VERSION}`);
  return [...new Set(p)];
}
