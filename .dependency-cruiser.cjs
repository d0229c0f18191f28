/**
 * The import rule: data flows one way through the pipeline. Checked on lib/ — what `tsc -p
 * tsconfig.build.json` emits from src/, file for file — because dependency-cruiser cannot parse
 * TypeScript 7 sources (`npm run lint:imports` builds lib/ first). Type-only imports are erased there;
 * they follow the same layering by convention (test/unit/layout.test.ts checks the one that matters
 * most: only the entries, run() and the pipelines import the Settings type).
 *
 *   entries (index, main, cli, cli/) → run → pipeline → settings → {publish, remediate}
 *     → {report, readback, github} → {assess} → {aws, iac, org} → model
 *
 * `report/` renders (pure functions of the view and the assessment); `publish/` is the only output I/O
 * of reports (files, job summary, sticky comment, SARIF files); `readback/` reads what earlier runs
 * wrote (shard reports for merge, the baseline report, the history file).
 *
 * `settings/` parses the inputs; the pipelines read Settings and hand each layer below the narrow options
 * it declares. `fs/` (safe.ts: every workspace file written or read, never through a link) sits beside
 * model/: any stage may take it, and it imports nothing of the project. `log.ts`, `deps.ts` and `heap.ts`
 * are the process's collaborators (the log, the injected clients, the heap) any stage may take.
 *
 * Every file of src/ belongs to exactly one layer: a file outside them all is an error (every-file-
 * has-a-layer). AWS writes live in remediate/ only (test/unit/layout.test.ts checks that no other folder
 * imports a write command).
 */
const LAYERS = {
  entries: '^lib/((index|main|cli)\\.js$|cli/)',
  run: '^lib/run\\.js$',
  pipeline: '^lib/pipeline/',
  settings: '^lib/settings/',
  report: '^lib/report/',
  publish: '^lib/publish/',
  readback: '^lib/readback/',
  remediate: '^lib/remediate/',
  github: '^lib/github/',
  assess: '^lib/assess/',
  aws: '^lib/aws/',
  iac: '^lib/iac/',
  org: '^lib/org/',
  model: '^lib/model/',
  fs: '^lib/fs/',
  shared: '^lib/(log|deps|heap)\\.js$',
};
const ANY_LAYER = Object.values(LAYERS).join('|');
const forbid = (name, from, to, comment) => ({
  name,
  severity: 'error',
  comment,
  from: { path: from },
  to: { path: to },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No cycles: the pipeline reads one way.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'every-file-has-a-layer',
      severity: 'error',
      comment: 'A file outside every layer escapes the rule: give it a folder (or a line in LAYERS).',
      from: { pathNot: ANY_LAYER },
      to: {},
    },
    {
      name: 'no-import-of-an-unlayered-file',
      severity: 'error',
      comment: 'A file outside every layer escapes the rule: give it a folder (or a line in LAYERS).',
      from: {},
      to: { pathNot: `${ANY_LAYER}|(^|/)node_modules/` },
    },
    forbid(
      'sdk-clients-through-aws-sdk',
      '^lib/(?!aws/sdk\\.js$)',
      '(^|/)node_modules/@aws-sdk/client-',
      'AWS SDK clients and commands come from src/aws/sdk.ts, which the build cuts down to what it exports.',
    ),
    forbid(
      'settings-stop-at-the-pipeline',
      '^lib/(?!settings/|pipeline/|run\\.js|index\\.js|main\\.js|cli)',
      LAYERS.settings,
      'Settings are read by the entries, run() and the pipelines; every layer below takes narrow options.',
    ),
    forbid(
      'settings-read-below',
      LAYERS.settings,
      '^lib/(pipeline|run|main|cli|index|report|publish|readback|remediate|github)',
      'settings/ parses inputs: it may use the pure judges and readers (assess, aws, model, fs), nothing that acts.',
    ),
    forbid('shared-is-a-floor', LAYERS.shared, '^lib/(?!model/|fs/|log\\.js|deps\\.js|heap\\.js)', ''),
    forbid('fs-is-a-floor', LAYERS.fs, '^lib/(?!fs/)', 'fs/ imports nothing but node and fs/.'),
    forbid('model-is-the-floor', LAYERS.model, '^lib/(?!model/)', 'model/ imports nothing but model/.'),
    forbid(
      'readers-only-read',
      '^lib/(aws|iac|org)/',
      '^lib/(pipeline|report|publish|readback|remediate|github|assess|run|main|cli|index)',
      'aws/, iac/ and org/ collect facts: they depend on model/ only (and each other).',
    ),
    forbid(
      'assess-is-pure',
      LAYERS.assess,
      '^lib/(aws|iac|org|fs|pipeline|report|publish|readback|remediate|github|run|main|cli|index)',
      'assess/ judges facts: pure functions over model/, no I/O.',
    ),
    forbid(
      'report-says-only',
      LAYERS.report,
      '^lib/(aws|pipeline|github/commit|run|main|cli|index)',
      'report/ renders and publishes what was judged; it never collects or changes.',
    ),
    forbid(
      'report-renders-only',
      LAYERS.report,
      '^lib/(fs|github|publish|readback|remediate)/',
      'report/ is pure: views and renderers; files, comments and reads back are publish/ and readback/.',
    ),
    forbid(
      'publish-says-only',
      LAYERS.publish,
      '^lib/(aws|iac|org|remediate|pipeline|github/commit|run|main|cli|index)',
      'publish/ writes and posts what report/ rendered; it never collects, changes or orchestrates.',
    ),
    forbid(
      'readback-reads-only',
      LAYERS.readback,
      '^lib/(aws|iac|remediate|pipeline|publish|github|run|main|cli|index)',
      'readback/ reads what earlier runs wrote (shards, baseline, history); it neither writes nor posts.',
    ),
    forbid(
      'remediate-changes-only',
      LAYERS.remediate,
      '^lib/(pipeline|report|publish|readback|github|org|run|main|cli|index)',
      'remediate/ makes the AWS writes and keeps the change log; it neither reports nor orchestrates.',
    ),
    forbid(
      'github-below-pipeline',
      LAYERS.github,
      '^lib/(pipeline|publish|readback|aws|remediate|run|main|cli|index)',
      '',
    ),
    forbid('only-run-calls-pipelines', '^lib/(?!run\\.js|pipeline/)', LAYERS.pipeline, 'run.ts dispatches.'),
    forbid('only-entries-call-run', '^lib/(?!index|main|cli)', '^lib/run\\.js$', 'Entries call run().'),
    forbid('nothing-imports-entries', '^lib/(?!index|main|cli)', '^lib/(index|main|cli)\\.js$', ''),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The SDK's client packages are cruised as targets only, for sdk-clients-through-aws-sdk.
    includeOnly: ['^lib/', '(^|/)node_modules/@aws-sdk/client-'],
  },
};
