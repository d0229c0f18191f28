/**
 * Re-reading what a change touches, right before it is made and when its outcome is unknown:
 * instances by id, a launch template's default version, an account's metadata defaults. Read-only.
 */
import type { EC2Client, Instance as Ec2Instance } from '@aws-sdk/client-ec2';
import { errorMessage } from '../log.js';
import { defaultsSettings } from '../model/metadata.js';
import type { Instance, MetadataOptions } from '../model/types.js';
import { awsErrorCode } from './clients.js';
import { toInstance } from './inventory.js';
import { fromSdkMetadata } from './mapping.js';
import { readAccountDefaults } from './posture.js';
import { DescribeInstancesCommand, DescribeLaunchTemplateVersionsCommand } from './sdk.js';

/** Current state of instances, by id, in one DescribeInstances per call (InstanceIds, no MaxResults). */
export async function rereadInstances(
  ec2: EC2Client,
  accountId: string,
  region: string,
  ids: string[],
): Promise<{ found: Map<string, Instance>; missing: Set<string> }> {
  const found = new Map<string, Instance>();
  const missing = new Set<string>();
  let pending = [...ids];
  // An id that no longer exists fails the whole call (InvalidInstanceID.NotFound, naming the ids):
  // drop the named ids and ask again; if the message names none we can match, bisect.
  while (pending.length) {
    try {
      const out = await ec2.send(new DescribeInstancesCommand({ InstanceIds: pending }));
      const seen = new Set<string>();
      for (const r of out.Reservations ?? []) {
        for (const i of (r.Instances ?? []) as Ec2Instance[]) {
          const inst = toInstance(i, r.OwnerId ?? accountId, region);
          found.set(inst.instanceId, inst);
          seen.add(inst.instanceId);
        }
      }
      for (const id of pending) if (!seen.has(id)) missing.add(id);
      pending = [];
    } catch (e) {
      const code = awsErrorCode(e);
      if (code !== 'InvalidInstanceID.NotFound' && code !== 'InvalidInstanceID.Malformed') throw e;
      const named = pending.filter((id) => errorMessage(e).includes(id));
      if (named.length) {
        for (const id of named) missing.add(id);
        pending = pending.filter((id) => !named.includes(id));
      } else if (pending.length === 1) {
        missing.add(pending[0]);
        pending = [];
      } else {
        const half = Math.ceil(pending.length / 2);
        const a = await rereadInstances(ec2, accountId, region, pending.slice(0, half));
        const b = await rereadInstances(ec2, accountId, region, pending.slice(half));
        for (const m of [a, b]) {
          for (const [k, v] of m.found) found.set(k, v);
          for (const k of m.missing) missing.add(k);
        }
        pending = [];
      }
    }
  }
  return { found, missing };
}

export interface DefaultVersion {
  version: number;
  metadata: MetadataOptions;
}

/** The default version of a template and its metadata; undefined when the template no longer exists. */
export async function readDefaultVersion(
  ec2: EC2Client,
  templateId: string,
): Promise<DefaultVersion | undefined> {
  try {
    const out = await ec2.send(
      new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: templateId, Versions: ['$Default'] }),
    );
    const v = out.LaunchTemplateVersions?.[0];
    if (!v || v.VersionNumber === undefined) return undefined;
    return {
      version: v.VersionNumber,
      metadata: templateMetadata(v.LaunchTemplateData?.MetadataOptions),
    };
  } catch (e) {
    if (/^InvalidLaunchTemplate(Id|Name)\.NotFound/.test(awsErrorCode(e))) return undefined;
    throw e;
  }
}

export async function readDefaults(ec2: EC2Client, accountId: string, region: string) {
  const d = await readAccountDefaults(ec2, accountId, region);
  return { managedBy: d.managedBy, state: defaultsSettings(d) };
}

/** A launch template version's settings (never `state`, `httpTokensEnforced`). */
export function templateMetadata(m: object | undefined): MetadataOptions {
  const { state: _s, httpTokensEnforced: _e, ...settings } = fromSdkMetadata(m);
  return settings;
}
