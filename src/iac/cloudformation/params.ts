// Parameter values a deploy gets: a parameters file's value, else the template's Default. Reads the
// three common parameters-file shapes with the line of each value.
import type { IacOrigin, IacParseError } from '../../model/iac.js';
import { clean } from '../text.js';
import { type ParamInfo, Unknown } from './evaluate.js';
import { parseTemplate, TemplateSyntaxError } from './parse.js';
import { CList, CMap, type CVal, describeVal } from './tree.js';

export interface CfnParameterValue {
  value: string;
  line?: number;
  /** create-stack `UsePreviousValue: true`: the running stack's value, unknown here. */
  previous?: boolean;
}

/** Parameter values from one file (`file` is workspace-relative). */
export interface CfnParameterValues {
  file: string;
  values: Map<string, CfnParameterValue>;
}

export type ParameterFileResult =
  | { ok: true; parameters: CfnParameterValues }
  | { ok: false; error: IacParseError };

const SHAPES =
  'expected one of: a JSON or YAML list of "Key=Value" strings (aws cloudformation deploy --parameter-overrides), ' +
  '{"Parameters": {"Key": "Value"}} (CodePipeline template configuration), or ' +
  '[{"ParameterKey": "Key", "ParameterValue": "Value"}] (aws cloudformation create-stack)';

const scalarText = (v: CVal | undefined): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

/** Reads a CloudFormation parameters file. Never throws. */
export function parseParameterFile(file: string, text: string): ParameterFileResult {
  const fail = (message: string, line?: number): ParameterFileResult => ({
    ok: false,
    error: { file, message: clean(message, 600), line },
  });
  let root: CVal;
  try {
    root = parseTemplate(text).root;
  } catch (e) {
    if (e instanceof TemplateSyntaxError) return fail(`not a parameters file: ${e.message}`, e.line);
    throw e;
  }
  const values = new Map<string, CfnParameterValue>();
  if (root instanceof CMap && root.get('Parameters') instanceof CMap) {
    const p = root.get('Parameters') as CMap;
    for (let i = 0; i < p.size; i++) {
      const v = scalarText(p.values[i]);
      if (v === undefined) return fail(`parameter ${p.keys[i]} is not a string; ${SHAPES}`, p.lines[i]);
      values.set(p.keys[i], { value: v, line: p.lines[i] });
    }
    return { ok: true, parameters: { file, values } };
  }
  if (root instanceof CList) {
    for (const [i, item] of root.items.entries()) {
      const itemLine = root.lines?.[i];
      if (typeof item === 'string') {
        const eq = item.indexOf('=');
        if (eq <= 0) return fail(`"${item.slice(0, 60)}" is not Key=Value; ${SHAPES}`, itemLine);
        values.set(item.slice(0, eq), { value: item.slice(eq + 1), line: itemLine });
        continue;
      }
      if (item instanceof CMap && typeof item.get('ParameterKey') === 'string') {
        const key = item.get('ParameterKey') as string;
        const previous = item.get('UsePreviousValue') === true || item.get('UsePreviousValue') === 'true';
        const v = scalarText(item.get('ParameterValue'));
        if (v === undefined && !previous)
          return fail(`parameter ${key} has no ParameterValue; ${SHAPES}`, item.line);
        values.set(key, { value: v ?? '', line: item.lineOf('ParameterValue') ?? item.line, previous });
        continue;
      }
      return fail(`unexpected entry ${describeVal(item, 60)}; ${SHAPES}`, itemLine);
    }
    return { ok: true, parameters: { file, values } };
  }
  return fail(SHAPES);
}

const isListType = (type: string): boolean => type === 'CommaDelimitedList' || type.startsWith('List<');

/** The parameters of a template with the value a deploy would get. */
export function resolveParameters(
  file: string,
  section: CVal | undefined,
  overrides: CfnParameterValues | undefined,
): Map<string, ParamInfo> {
  const out = new Map<string, ParamInfo>();
  if (!(section instanceof CMap)) return out;
  for (let i = 0; i < section.size; i++) {
    const name = section.keys[i];
    const def = section.values[i];
    const line = section.lines[i];
    const decl = def instanceof CMap ? def : undefined;
    const type = typeof decl?.get('Type') === 'string' ? (decl?.get('Type') as string) : 'String';
    const given = overrides?.values.get(name);
    const dflt = decl ? scalarText(decl.get('Default')) : undefined;
    const allowed = decl?.get('AllowedValues');
    let raw: string | undefined;
    let origin: IacOrigin;
    if (given?.previous) {
      out.set(name, {
        name,
        line,
        type,
        value: new Unknown(`parameter ${name} keeps the running stack's value (UsePreviousValue)`, [
          { atom: `Ref ${name}` },
        ]),
        origin: {
          file: overrides!.file,
          line: given.line,
          what: `parameter ${name} UsePreviousValue`,
          place: 'elsewhere',
        },
      });
      continue;
    }
    if (given) {
      raw = given.value;
      origin = {
        file: overrides!.file,
        line: given.line,
        what: `parameter ${name} = "${clean(raw, 60)}" (${overrides!.file})`,
        place: 'elsewhere',
      };
    } else if (dflt !== undefined) {
      raw = dflt;
      origin = {
        file,
        line: decl?.lineOf('Default') ?? line,
        what: `parameter ${name} default "${clean(raw, 60)}"`,
        place: 'elsewhere',
      };
    } else if (
      allowed instanceof CList &&
      allowed.items.length === 1 &&
      scalarText(allowed.items[0]) !== undefined
    ) {
      raw = scalarText(allowed.items[0]);
      origin = {
        file,
        line: decl?.lineOf('AllowedValues') ?? line,
        what: `parameter ${name} (its only allowed value)`,
        place: 'elsewhere',
      };
    } else {
      origin = { file, line, what: `parameter ${name} (no default)`, place: 'elsewhere' };
    }
    let value: ParamInfo['value'];
    if (raw === undefined) {
      value = new Unknown(`Ref "${name}" (parameter without a default or a value in a parameters file)`, [
        { atom: `Ref ${name}` },
      ]);
    } else if (type.startsWith('AWS::SSM::Parameter::Value<')) {
      value = new Unknown(`Ref "${name}" (SSM parameter ${clean(raw, 120)}, read at deploy time)`, [
        { atom: `Ref ${name}` },
      ]);
    } else if (isListType(type)) {
      value = raw.split(',').map((s) => s.trim());
    } else {
      value = raw;
    }
    out.set(name, { name, line, type, value, origin });
  }
  return out;
}
