import { describe, expect, it } from 'vitest';
import { readIacFilesBounded } from '../../src/iac/bounded.js';

const ENTRY = new URL('../fixtures/iac-worker/worker.mjs', import.meta.url).pathname;
const LIMITS = { batch: { heapMb: 64, ms: 3_000 }, perFile: { heapMb: 64, ms: 3_000 } };
const job = (...files: string[]) => ({
  files: files.map((file) => ({ file, text: '' })),
  source: { kind: 'workspace' as const, root: '/nonexistent' },
  options: {},
});

describe('reading IaC files under a time and memory bound', () => {
  it('reads everything together when nothing misbehaves', async () => {
    const r = await readIacFilesBounded(job('infra/a.tf', 'infra/b.tf'), ENTRY, LIMITS);
    expect(r.errors).toEqual([]);
    expect(r.resources.map((x) => x.file)).toEqual(['infra/a.tf', 'infra/b.tf']);
  });

  it('names the file that takes too long, the one that needs too much memory and the one that crashes; the others are still read', async () => {
    const r = await readIacFilesBounded(
      job('infra/a.tf', 'infra/hang.yaml', 'infra/oom.json', 'infra/crash.tf', 'infra/b.tf'),
      ENTRY,
      LIMITS,
    );
    expect(r.resources.map((x) => x.file)).toEqual(['infra/a.tf', 'infra/b.tf']);
    expect(r.errors.map((e) => [e.file, e.message])).toEqual([
      ['infra/hang.yaml', 'not checked: reading it took longer than 3 s'],
      ['infra/oom.json', 'not checked: reading it needed more than 64 MB of memory'],
      ['infra/crash.tf', expect.stringMatching(/^not checked: the reader stopped: reader crashed/)],
    ]);
  }, 60_000);
});
