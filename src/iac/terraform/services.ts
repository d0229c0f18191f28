// The IMDS setting of the other services' Terraform resources, evaluated like EC2's metadata options
// (variables, locals, modules, conditionals, dynamic blocks): aws_sagemaker_notebook_instance,
// aws_elastic_beanstalk_environment / _configuration_template, aws_lightsail_instance.
import type { IacKind, IacServiceImds, IacSetting } from '../../model/iac.js';
import { clean } from '../text.js';
import { blocks, type Place, setting } from './blocks.js';
import { exprText, type Scope, shortText } from './eval.js';
import { attrLine, type Raw } from './folder.js';
import type { Instance } from './instance.js';
import { firstUnknown, isUnknown, refsIn } from './values.js';

const NAMESPACE = 'aws:autoscaling:launchconfiguration';
const OPTION = 'DisableIMDSv1';
const CONFIG_TEMPLATE = 'aws_elastic_beanstalk_configuration_template.';

const text = (x: IacSetting<string | number>): IacSetting<string> =>
  x.state === 'known' ? { ...x, value: String(x.value) } : x;

function sagemaker(inst: Instance, body: Raw, scope: Scope, place: Place): IacServiceImds {
  const b = blocks(inst, body, 'instance_metadata_service_configuration', scope);
  if ('unknown' in b) return { setting: { state: 'unknown', reason: clean(b.unknown) } };
  const first = b.items[0];
  if (!first) return { setting: { state: 'unset' } };
  return {
    setting: text(
      setting(inst, first.body, 'minimum_instance_metadata_service_version', first.scope, place, false),
    ),
  };
}

/** The lines of the `setting` block that names DisableIMDSv1, so its `value` line is the one found. */
function optionPlace(place: Place): Place {
  for (let n = place.start; n <= Math.min(place.end, place.lines.length); n++) {
    if (!place.lines[n - 1]?.includes(OPTION)) continue;
    const after = attrLine(place.lines, n, Math.min(place.end, n + 3), 'value');
    const start = after ?? Math.max(place.start, n - 3);
    return { ...place, start, end: after ?? n };
  }
  return place;
}

/** `setting { namespace name value }` blocks (static or dynamic): the value of DisableIMDSv1. */
function beanstalkOption(inst: Instance, body: Raw, scope: Scope, place: Place): IacSetting<string> {
  const b = blocks(inst, body, 'setting', scope);
  if ('unknown' in b) return { state: 'unknown', reason: clean(b.unknown) };
  let undecided: string | undefined;
  for (const item of b.items) {
    const ns = inst.ev.safe(item.body.namespace, item.scope).v;
    const name = inst.ev.safe(item.body.name, item.scope).v;
    const u = firstUnknown(ns) ?? firstUnknown(name);
    if (u) {
      // A block whose namespace or name is not known may be this option.
      undecided ??= `a setting block whose namespace or name depends on ${u.reason}`;
      continue;
    }
    if (ns === NAMESPACE && name === OPTION)
      return text(setting(inst, item.body, 'value', item.scope, optionPlace(place), false));
  }
  return undecided ? { state: 'unknown', reason: clean(undecided) } : { state: 'unset' };
}

function platformOf(inst: Instance, body: Raw, scope: Scope, place: Place): IacSetting<string> {
  const stack = text(setting(inst, body, 'solution_stack_name', scope, place, false));
  return stack.state !== 'unset' ? stack : text(setting(inst, body, 'platform_arn', scope, place, false));
}

/** The configuration template an environment starts from: its address when it is a reference. */
function configTemplate(inst: Instance, raw: unknown, scope: Scope): IacSetting<string> | undefined {
  if (raw === undefined) return undefined;
  const r = inst.ev.safe(raw, scope);
  const targets = [
    ...new Set([...refsIn(r.v)].filter((x) => x.slice(x.lastIndexOf('aws_')).startsWith(CONFIG_TEMPLATE))),
  ];
  if (targets.length === 1) return { state: 'known', value: clean(targets[0], 400) };
  if (typeof r.v === 'string') return { state: 'known', value: clean(r.v) };
  if (r.v === null) return undefined;
  return {
    state: 'unknown',
    reason: clean(isUnknown(r.v) ? r.v.reason : shortText(exprText(raw))),
  };
}

/** The service setting of one resource of another service. */
export function readService(
  inst: Instance,
  kind: IacKind,
  body: Raw,
  scope: Scope,
  place: Place,
): IacServiceImds {
  if (kind === 'sagemaker-notebook') return sagemaker(inst, body, scope, place);
  if (kind === 'lightsail-instance') return { setting: { state: 'unset' } };
  const out: IacServiceImds = {
    setting: beanstalkOption(inst, body, scope, place),
    platform: platformOf(inst, body, scope, place),
  };
  if (kind === 'beanstalk-environment') {
    const t = configTemplate(inst, body.template_name, scope);
    if (t) out.configTemplate = t;
  }
  return out;
}
