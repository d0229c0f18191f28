/**
 * Every file the Action writes or reads from the workspace goes through here: nothing is ever written
 * or read through a symbolic link that leaves the workspace, nor from a FIFO, a device or /proc.
 *
 * Writes (reports, SARIF, guardrails, plan file, change log, history): every folder from the workspace
 * down is checked with lstat (a link anywhere is refused) and created when missing; the file is opened
 * with O_NOFOLLOW and without O_TRUNC, checked to be a regular file inside the workspace (the path the
 * kernel opened, so a folder swapped for a link between the check and the open is caught), and only
 * then truncated.
 *
 * Reads: `links: 'refuse'` (files the Action also writes or produced itself: history, change log, plan
 * file, shard reports) applies the writes' rule — no link anywhere below the workspace, O_NOFOLLOW;
 * `links: 'inside'` (files a repository may commit as a link to another of its files: baseline-report,
 * the instances CSV) follows links that stay inside the workspace. Either way the file must be a regular
 * file whose real path is inside the workspace.
 *
 * A refusal names the input and the path and says what to do; it never carries any of the target's
 * content (nor its name when it is outside the workspace).
 */
import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  realpathSync,
  writeSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export class UnsafePathError extends Error {
  override name = 'UnsafePathError';
}

/** The folder nothing may leave (the workspace) and the input that named the file (for messages). */
export interface Place {
  root: string;
  /** e.g. `report-dir`, `baseline-report`. */
  input: string;
}

/** A file: its place, and its path (absolute, or relative to root). */
export interface FileTarget extends Place {
  path: string;
}

export interface ReadOptions {
  /** `refuse`: no link anywhere below root; `inside`: links are followed when they stay inside root. */
  links: 'refuse' | 'inside';
  /** Refused when larger (bytes); default 512 MiB. */
  maxBytes?: number;
}

/** O_NOFOLLOW and O_NONBLOCK are POSIX; on Windows the lstat walk is the check. */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const SPECIAL = ['/proc', '/sys', '/dev'];
const DEFAULT_MAX_READ = 512 * 1024 * 1024;

const inside = (root: string, p: string): boolean => {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return resolve(root);
  }
}

/** The path as shown in messages: relative to root when inside it. */
function shown(root: string, abs: string): string {
  const rel = relative(resolve(root), abs);
  return rel && inside(resolve(root), abs) ? rel.split(sep).join('/') : abs;
}

/** Where a link leads, in words that never name a place outside the workspace. */
function linkTarget(root: string, link: string): string {
  try {
    const real = realpathSync(link);
    return inside(realRoot(root), real) ? 'to a place inside the workspace' : 'to outside the workspace';
  } catch {
    return 'dangling: it leads nowhere';
  }
}

function absolute(t: FileTarget): { root: string; abs: string } {
  const root = resolve(t.root);
  const abs = resolve(root, t.path);
  if (t.path.includes('\0') || !inside(root, abs))
    throw new UnsafePathError(
      `Input '${t.input}': ${t.path.includes('\0') ? 'the path contains a NUL character' : `'${t.path}' is outside the workspace (${root})`}; give a path inside the workspace.`,
    );
  return { root, abs };
}

type Use = 'write' | 'read' | 'read-inside';
const RULE: Record<Use, string> = {
  write: 'IMDS Guard never writes through a link',
  read: 'IMDS Guard never reads this input through a link',
  'read-inside': 'IMDS Guard follows a link for this input only when it stays inside the workspace',
};

function linkError(t: FileTarget, root: string, at: string, use: Use): UnsafePathError {
  return new UnsafePathError(
    `Input '${t.input}': ${shown(root, at)} is a symbolic link (${linkTarget(root, at)}); ${RULE[use]}. Replace the link with a real ${at === resolve(root, t.path) ? 'file' : 'directory'} (git rm it) or choose another path for ${t.input}.`,
  );
}

/**
 * Checks each component below root with lstat: a link is refused; with `create`, missing folders
 * are made one at a time (mkdir never follows a link). The last component (the file) is checked too.
 */
function walk(t: FileTarget, root: string, abs: string, what: 'write' | 'read', create: boolean): void {
  const parts = relative(root, abs).split(sep).filter(Boolean);
  let at = root;
  for (let k = 0; k < parts.length; k++) {
    at = join(at, parts[k]);
    const last = k === parts.length - 1;
    let st: ReturnType<typeof lstatSync> | undefined;
    try {
      st = lstatSync(at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw ioError(t, root, at, e, what);
    }
    if (!st) {
      if (last || !create) return;
      try {
        mkdirSync(at);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(t, root, at, e);
      }
      st = lstatSync(at);
    }
    if (st.isSymbolicLink()) throw linkError(t, root, at, what);
    if (!last && !st.isDirectory())
      throw new UnsafePathError(
        `Input '${t.input}': ${shown(root, at)} is not a directory; choose another path for ${t.input}.`,
      );
    if (last && !st.isFile())
      throw new UnsafePathError(
        `Input '${t.input}': ${shown(root, at)} is ${kind(st)}, not a regular file; ${what === 'write' ? 'remove it or ' : ''}choose another path for ${t.input}.`,
      );
  }
}

function kind(st: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  return 'a device or special file';
}

function ioError(t: FileTarget, root: string, at: string, e: unknown, what: Use = 'write'): UnsafePathError {
  const code = (e as NodeJS.ErrnoException).code;
  // O_NOFOLLOW on a link: ELOOP (Linux), EMLINK (FreeBSD).
  if (code === 'ELOOP' || code === 'EMLINK') return linkError(t, root, at, what);
  return new UnsafePathError(`Input '${t.input}': ${shown(root, at)} cannot be used (${code ?? 'error'}).`);
}

/** The real path of an open descriptor (Linux: /proc/self/fd), else of its folder plus its name. */
function openedPath(fd: number, abs: string): string {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return join(realpathSync(dirname(abs)), abs.slice(dirname(abs).length + 1));
  }
}

/** After the open: a regular file, really inside the workspace (a folder swapped for a link is caught). */
function verifyOpened(t: FileTarget, root: string, abs: string, fd: number, what: 'write' | 'read'): void {
  const st = fstatSync(fd);
  if (!st.isFile()) {
    throw new UnsafePathError(
      `Input '${t.input}': ${shown(root, abs)} is ${kind(st)}, not a regular file; choose another path for ${t.input}.`,
    );
  }
  const real = openedPath(fd, abs);
  // /proc and /sys files call themselves regular (size 0); they are never an input or an output.
  if (SPECIAL.some((d) => real === d || real.startsWith(`${d}/`)))
    throw new UnsafePathError(
      `Input '${t.input}': ${shown(root, abs)} is a kernel or device file, not a regular file; choose another path for ${t.input}.`,
    );
  if (!inside(realRoot(root), real)) {
    throw new UnsafePathError(
      `Input '${t.input}': ${shown(root, abs)} leads outside the workspace (a folder on its way was replaced by a link); IMDS Guard never ${what === 'write' ? 'writes' : 'reads'} there. Check the workspace for links and run again.`,
    );
  }
}

/**
 * Opens a workspace file for writing (truncated) or appending, creating missing folders; returns the
 * descriptor. Refuses a link anywhere from the workspace down, and anything but a regular file.
 */
export function openForWrite(t: FileTarget, mode: 'truncate' | 'append' = 'truncate'): number {
  const { root, abs } = absolute(t);
  // The root is trusted (the workspace, or a caller's own folder); below it nothing is.
  mkdirSync(root, { recursive: true });
  walk(t, root, abs, 'write', true);
  const flags =
    constants.O_WRONLY |
    constants.O_CREAT |
    NOFOLLOW |
    NONBLOCK |
    (mode === 'append' ? constants.O_APPEND : 0);
  let fd: number;
  try {
    fd = openSync(abs, flags, 0o644);
  } catch (e) {
    throw ioError(t, root, abs, e);
  }
  try {
    verifyOpened(t, root, abs, fd, 'write');
    if (mode === 'truncate') ftruncateSync(fd, 0);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  return fd;
}

/** Writes a whole file (see openForWrite). */
export function writeFileSafe(t: FileTarget, content: string): void {
  const fd = openForWrite(t);
  try {
    writeAll(fd, content);
  } finally {
    closeSync(fd);
  }
}

/** UTF-16 code units of a file's text encoded at a time (UTF-8 takes at most 3 bytes for each). */
const WRITE_CHUNK_CHARS = 16 * 1024;
/**
 * The one buffer every text is encoded into, a chunk at a time (writes are synchronous, so it is never
 * in use twice). Encoding a large text whole made a buffer of its size outside V8's heap, kept until
 * a collection freed it: the detection files of a 100,000-instance audit are ~36 MB.
 */
const writeChunk = Buffer.allocUnsafe(WRITE_CHUNK_CHARS * 3);

/**
 * Writes the whole string to the descriptor as UTF-8 (writeSync may write less than asked): the bytes
 * of `Buffer.from(content)`, a surrogate pair never cut between two chunks.
 */
export function writeAll(fd: number, content: string): void {
  for (let at = 0; at < content.length; ) {
    let end = Math.min(at + WRITE_CHUNK_CHARS, content.length);
    const last = content.charCodeAt(end - 1);
    if (end < content.length && last >= 0xd800 && last <= 0xdbff) end--;
    const length = writeChunk.write(content.substring(at, end), 0, 'utf8');
    let off = 0;
    while (off < length) off += writeSync(fd, writeChunk, off, length - off);
    at = end;
  }
}

/**
 * A workspace file's text, or undefined when it does not exist. Refuses links as `options.links`
 * says, folders, FIFOs, devices and anything whose real path leaves the workspace.
 */
export function readFileSafe(t: FileTarget, options: ReadOptions): string | undefined {
  const { root, abs } = absolute(t);
  if (options.links === 'refuse') walk(t, root, abs, 'read', false);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // A dangling link is not "missing": it is a link.
      const link = danglingLink(root, abs);
      if (link) throw linkError(t, root, link, options.links === 'refuse' ? 'read' : 'read-inside');
      return undefined;
    }
    throw ioError(t, root, abs, e, 'read');
  }
  if (!inside(realRoot(root), real)) {
    const link = firstLink(root, abs) ?? abs;
    throw linkError(t, root, link, options.links === 'refuse' ? 'read' : 'read-inside');
  }
  let fd: number;
  try {
    fd = openSync(options.links === 'refuse' ? abs : real, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (e) {
    throw ioError(t, root, abs, e, 'read');
  }
  try {
    verifyOpened(t, root, abs, fd, 'read');
    const size = fstatSync(fd).size;
    const max = options.maxBytes ?? DEFAULT_MAX_READ;
    if (size > max)
      throw new UnsafePathError(
        `Input '${t.input}': ${shown(root, abs)} is ${size} bytes, above the ${max}-byte limit for this input.`,
      );
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.toString('utf8', 0, off);
  } finally {
    closeSync(fd);
  }
}

/** The first component below root that is a symbolic link, if any. */
function firstLink(root: string, abs: string): string | undefined {
  let at = root;
  for (const part of relative(root, abs).split(sep).filter(Boolean)) {
    at = join(at, part);
    try {
      if (lstatSync(at).isSymbolicLink()) return at;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function danglingLink(root: string, abs: string): string | undefined {
  const link = firstLink(root, abs);
  if (!link) return undefined;
  try {
    realpathSync(link);
    return undefined;
  } catch {
    return link;
  }
}

/** Which files (and which folders, to descend into) a listing wants, by path relative to its folder. */
export interface Wanted {
  file(rel: string): boolean;
  dir(rel: string): boolean;
}

/**
 * Every regular file below a workspace folder (recursively), for inputs that name a folder of files
 * (merge-reports). A link anywhere — the folder, a subfolder or a file — is refused, never skipped.
 */
export function listFilesSafe(
  t: FileTarget,
  wanted: Wanted = { file: () => true, dir: () => true },
): string[] | undefined {
  const { root, abs } = absolute(t);
  const st = firstStat(t, root, abs);
  if (!st) return undefined;
  if (st.isFile()) return [abs];
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirNames(t, root, dir)) {
      const p = join(dir, name);
      const rel = relative(abs, p).split(sep).join('/');
      const s = lstatSync(p);
      if (s.isSymbolicLink()) {
        // A link where a wanted file or folder could be is refused; one elsewhere is none of ours.
        if (wanted.file(rel) || wanted.dir(rel)) throw linkError(t, root, p, 'read');
      } else if (s.isDirectory()) {
        if (wanted.dir(rel)) visit(p);
      } else if (s.isFile() && wanted.file(rel)) out.push(p);
    }
  };
  visit(abs);
  return out;
}

function firstStat(t: FileTarget, root: string, abs: string): ReturnType<typeof lstatSync> | undefined {
  const parts = relative(root, abs).split(sep).filter(Boolean);
  let at = root;
  let st: ReturnType<typeof lstatSync> | undefined = lstatSync(root);
  for (const part of parts) {
    at = join(at, part);
    try {
      st = lstatSync(at);
    } catch {
      return undefined;
    }
    if (st.isSymbolicLink()) throw linkError(t, root, at, 'read');
  }
  if (st && !st.isFile() && !st.isDirectory())
    throw new UnsafePathError(
      `Input '${t.input}': ${shown(root, abs)} is ${kind(st)}, not a file or folder; choose another path for ${t.input}.`,
    );
  return st;
}

function readdirNames(t: FileTarget, root: string, dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (e) {
    throw ioError(t, root, dir, e, 'read');
  }
}

/**
 * Why a path input cannot be used as it stands on disk — a link below the workspace (`refuse`), or one
 * leading out of it or nowhere (`inside`) — or undefined. For checking inputs up front, before any AWS
 * call; the reads and writes check again when they open the file.
 */
export function linkProblem(
  root: string,
  path: string,
  links: ReadOptions['links'],
  input: string,
): string | undefined {
  const base = resolve(root);
  const abs = resolve(base, path);
  if (!inside(base, abs)) return undefined;
  let at = base;
  for (const part of relative(base, abs).split(sep).filter(Boolean)) {
    at = join(at, part);
    let st: ReturnType<typeof lstatSync>;
    try {
      st = lstatSync(at);
    } catch {
      return undefined;
    }
    if (!st.isSymbolicLink()) continue;
    const where = linkTarget(base, at);
    if (links === 'inside' && where === 'to a place inside the workspace') continue;
    const e = linkError(
      { root: base, input, path: abs },
      base,
      at,
      links === 'refuse' ? 'write' : 'read-inside',
    );
    return e.message.slice(`Input '${input}': `.length);
  }
  return undefined;
}
