// Where the IaC readers get files: the workspace as checked out, or one commit read with git (the
// base a pull request is compared with). Both stay inside the repository: the workspace source never
// follows a symbolic link, the git source reads blobs only (links and submodules are not files).
import { execFile, spawn } from 'node:child_process';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import type { IacFileSource } from '../model/iac.js';

/** Files above this size are not read (a 50 MB plan JSON reads fine). */
export const MAX_IAC_FILE_BYTES = 100 * 1024 * 1024;

/** Paths the globs never match: git's own folder, dependencies, Terraform's download cache. */
export const IAC_IGNORE = ['**/.git/**', '.git/**', '**/node_modules/**', '**/.terraform/**'];

const normalFolder = (folder: string): string | undefined => {
  const parts = folder.split('/').filter((p) => p !== '' && p !== '.');
  return parts.includes('..') ? undefined : parts.join('/');
};

/** The checkout, read without following links. */
export function workspaceSource(workspace: string): IacFileSource {
  const root = resolve(workspace);
  return {
    async listFolder(folder) {
      const f = normalFolder(folder);
      if (f === undefined) return [];
      try {
        const entries = await readdir(resolve(root, f), { withFileTypes: true });
        return entries.filter((e) => e.isFile()).map((e) => e.name);
      } catch {
        return [];
      }
    },
    async readFile(file) {
      const f = normalFolder(file);
      if (!f) return undefined;
      const path = resolve(root, f);
      // Every folder on the way and the file itself: none may be a link.
      const parts = f.split('/');
      for (let i = 1; i <= parts.length; i++) {
        try {
          const st = await lstat(resolve(root, ...parts.slice(0, i)));
          if (st.isSymbolicLink()) return undefined;
          if (i === parts.length && (!st.isFile() || st.size > MAX_IAC_FILE_BYTES)) return undefined;
        } catch {
          return undefined;
        }
      }
      return readFile(path, 'utf8').catch(() => undefined);
    },
  };
}

// ----- one commit, read with git ----------------------------------------------------------------------

export interface GitRevision extends IacFileSource {
  sha: string;
  /** Every blob path at the revision (`/`-separated), with its object id and size. */
  files: Map<string, { oid: string }>;
  /** Reads many files at once (one git process). */
  readMany(paths: string[]): Promise<Map<string, string>>;
}

export type GitOpen = { ok: true; revision: GitRevision; fetched: boolean } | { ok: false; problem: string };

interface GitOptions {
  /** The job's token: used for one `git fetch` of the commit when the checkout lacks it. */
  token?: string;
  /** e.g. https://github.com, for the token's header. */
  serverUrl?: string;
}

function git(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      'git',
      args,
      {
        cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env },
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const hasCommit = async (cwd: string, sha: string): Promise<boolean> =>
  (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])).code === 0;

/** The job's token as an HTTP header for one git command, passed in the environment (never argv). */
function tokenEnv(token: string, serverUrl: string): NodeJS.ProcessEnv {
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/*$/, '/')}.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

/**
 * Opens commit `sha` of the checkout at `workspace`, fetching that one commit from `origin` when a
 * shallow checkout lacks it (first with the checkout's own credentials, then with the job's token).
 */
export async function openGitRevision(
  workspace: string,
  sha: string,
  options: GitOptions = {},
): Promise<GitOpen> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
    return { ok: false, problem: `'${sha}' is not a commit id` };
  const inside = await git(workspace, ['rev-parse', '--is-inside-work-tree']);
  if (inside.code !== 0 || inside.stdout.trim() !== 'true')
    return {
      ok: false,
      problem: 'the workspace is not a git checkout (no actions/checkout step before this one?)',
    };
  let fetched = false;
  if (!(await hasCommit(workspace, sha))) {
    const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha];
    let r = await git(workspace, args);
    if (r.code !== 0 && options.token)
      r = await git(workspace, args, tokenEnv(options.token, options.serverUrl ?? 'https://github.com'));
    if (r.code !== 0 || !(await hasCommit(workspace, sha)))
      return {
        ok: false,
        problem: `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched from origin (${firstLine(r.stderr)})`,
      };
    fetched = true;
  }
  const tree = await git(workspace, ['ls-tree', '-r', '-z', '--full-tree', sha]);
  if (tree.code !== 0)
    return {
      ok: false,
      problem: `git could not list commit ${sha.slice(0, 12)} (${firstLine(tree.stderr)})`,
    };
  const files = new Map<string, { oid: string }>();
  const folders = new Map<string, string[]>();
  for (const entry of tree.stdout.split('\0')) {
    const m = /^(\d{6}) (\w+) ([0-9a-f]+)\t([\s\S]+)$/.exec(entry);
    // Regular files only: a link (120000) or a submodule (160000) is not read.
    if (m?.[2] !== 'blob' || (m[1] !== '100644' && m[1] !== '100755')) continue;
    files.set(m[4], { oid: m[3] });
    const slash = m[4].lastIndexOf('/');
    const folder = slash < 0 ? '' : m[4].slice(0, slash);
    const list = folders.get(folder) ?? [];
    list.push(m[4].slice(slash + 1));
    folders.set(folder, list);
  }
  const readMany = (paths: string[]) => catFiles(workspace, paths, files);
  return {
    ok: true,
    fetched,
    revision: {
      sha,
      files,
      readMany,
      async listFolder(folder) {
        const f = normalFolder(folder);
        return f === undefined ? [] : [...(folders.get(f) ?? [])];
      },
      async readFile(file) {
        const f = normalFolder(file);
        if (!f || !files.has(f)) return undefined;
        return (await readMany([f])).get(f);
      },
    },
  };
}

const firstLine = (s: string): string => s.trim().split('\n').pop()?.slice(0, 300) || 'no message';

/** Reads blobs through one `git cat-file --batch`; files over the size limit are left out. */
function catFiles(
  cwd: string,
  paths: string[],
  files: Map<string, { oid: string }>,
): Promise<Map<string, string>> {
  const wanted = paths.filter((p) => files.has(p));
  const out = new Map<string, string>();
  if (!wanted.length) return Promise.resolve(out);
  return new Promise((done, fail) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', fail);
    child.on('close', () => {
      const buf = Buffer.concat(chunks);
      let at = 0;
      for (const path of wanted) {
        const nl = buf.indexOf(10, at);
        if (nl < 0) break;
        const header = buf.toString('utf8', at, nl).split(' ');
        at = nl + 1;
        if (header[1] === 'missing' || header.length < 3) continue;
        const size = Number(header[2]);
        if (size <= MAX_IAC_FILE_BYTES) out.set(path, buf.toString('utf8', at, at + size));
        at += size + 1;
      }
      done(out);
    });
    child.stdin.end(`${wanted.map((p) => files.get(p)!.oid).join('\n')}\n`);
  });
}

/** The revision's files the globs match (the same rules as the workspace glob: no dot folders). */
export function matchRevision(revision: GitRevision, globs: string[]): string[] {
  const isMatch = picomatch(globs, { ignore: IAC_IGNORE });
  return [...revision.files.keys()].filter((p) => isMatch(p)).sort();
}
