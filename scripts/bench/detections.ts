/**
 * The detection files of a hardened fleet: `detectionFileEntries` (alarm templates written as text) against
 * the same templates through the `yaml` library's `stringify` (how they were written before), on the
 * same synthetic instances, alternating; CPU of this thread per call, and the bytes checked equal.
 *
 *   tsx scripts/bench/detections.ts [--instances 40000] [--rounds 3]
 */
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import type { AssessedInstance } from '../../src/model/types.js';
import { ALARMS_PER_TEMPLATE, alarmTemplate, detectionFileEntries } from '../../src/report/detections.js';
import { DEFAULT_REGIONS } from '../../test/emulator/index.js';

const { values } = parseArgs({
  options: { instances: { type: 'string', default: '40000' }, rounds: { type: 'string', default: '3' } },
});
const n = Number(values.instances);
const regions = DEFAULT_REGIONS.slice(0, 17);
const fleet = Array.from({ length: n }, (_, k) => ({
  instanceId: `i-${k.toString(16).padStart(17, '0')}`,
  accountId: '111111111111',
  region: regions[k % regions.length],
  metadata: { httpTokens: 'required', httpEndpoint: 'enabled' },
})) as unknown as AssessedInstance[];

/** The alarm templates through the library, as detectionFiles wrote them before (same names, same bytes). */
function throughYaml(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const region of regions) {
    const ids = fleet
      .filter((i) => i.region === region)
      .map((i) => i.instanceId)
      .sort();
    for (let part = 0; part * ALARMS_PER_TEMPLATE < ids.length; part++) {
      const base = `detections/metadata-no-token-rejected-111111111111-${region}`;
      const slice = ids.slice(part * ALARMS_PER_TEMPLATE, (part + 1) * ALARMS_PER_TEMPLATE);
      files[part === 0 ? `${base}.yaml` : `${base}-part${part + 1}.yaml`] =
        `# IMDS Guard: alarms on MetadataNoTokenRejected (IMDSv1 calls refused) for hardened instances.\n${stringify(alarmTemplate('111111111111', region, slice), { lineWidth: 0 })}`;
    }
  }
  return files;
}

const cpu = (f: () => Record<string, string>) => {
  const t = process.cpuUsage();
  const files = f();
  const c = process.cpuUsage(t);
  return { s: (c.user + c.system) / 1e6, files };
};
const asText = () => {
  const files: Record<string, string> = {};
  for (const [k, text] of detectionFileEntries(fleet)) if (k.endsWith('.yaml')) files[k] = text;
  return files;
};
const rows: string[] = [];
for (let r = 1; r <= Number(values.rounds); r++) {
  const a = cpu(throughYaml);
  const b = cpu(asText);
  const same = (x: Record<string, string>) => JSON.stringify(Object.entries(x).sort());
  if (same(a.files) !== same(b.files)) throw new Error('the two ways wrote different files');
  const mb = Object.values(b.files).reduce((x, y) => x + y.length, 0) / 1e6;
  rows.push(
    `| ${r} | ${a.s.toFixed(2)} | ${b.s.toFixed(2)} | ${Object.keys(b.files).length} | ${mb.toFixed(1)} |`,
  );
}
console.log(
  `\n## Detection files: ${n} hardened instances over ${regions.length} regions, Node ${process.version}\n`,
);
console.log('| round | through `yaml` CPU s | as text CPU s | templates | MB |\n|--:|--:|--:|--:|--:|');
console.log(rows.join('\n'));
