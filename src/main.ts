/**
 * The Action's driver: builds the collaborators from @actions/core and the runner's environment,
 * parses inputs, runs the pipeline, and turns the result into an exit status.
 */
import * as core from '@actions/core';
import { ClientFactory } from './aws/clients.js';
import { closest } from './cli/suggest.js';
import type { Deps } from './deps.js';
import { VERSION } from './deps.js';
import { readContext } from './github/context.js';
import type { Log } from './log.js';
import { errorMessage } from './log.js';
import { safeLogText } from './model/text.js';
import type { Mode } from './model/types.js';
import { run } from './run.js';
import { ACTIONS, type ActionId, actionInputs, INPUTS, type InputName } from './settings/inputs.js';
import { InputError, parseSettings } from './settings/parse.js';

export const coreLog: Log = {
  info: (m) => core.info(safeLogText(m)),
  warning: (m) => core.warning(safeLogText(m)),
  error: (m) => core.error(safeLogText(m)),
  debug: (m) => core.debug(safeLogText(m)),
  secret: (v) => core.setSecret(v),
};

/**
 * Inputs given to the step that IMDS Guard does not have (a typo such as `treshold:` is otherwise a
 * silently ignored setting): the runner passes every `with:` key as `INPUT_<NAME>`.
 */
/** Inputs folded into another: the message says how to write them now. */
const MERGED: Record<string, string> = {
  'account-threshold': "account-threshold is now part of threshold: write threshold: '95, per-account=90'",
  'instances-file': "instances-file is now an entry of instances: write instances: 'file: PATH'",
  'include-in-use':
    "include-in-use is now a word of remediation: write remediation: 'require-v2, include-in-use'",
};

export function unknownInputs(env: NodeJS.ProcessEnv): string[] {
  const known = new Set(Object.keys(INPUTS).map((n) => n.toUpperCase().replace(/ /g, '_')));
  return Object.keys(env)
    .filter((k) => k.startsWith('INPUT_') && !known.has(k.slice(6)))
    .map((k) => k.slice(6).toLowerCase())
    .sort()
    .map((name) => {
      if (MERGED[name]) return `Input '${name}' was ignored: ${MERGED[name]}.`;
      const hint = closest(name, Object.keys(INPUTS));
      return `Input '${name}' is not an input of IMDS Guard and was ignored.${hint ? ` Did you mean '${hint}'?` : ''}`;
    });
}

/**
 * What the action that started the run (its entry sets IMDS_GUARD_ACTION) does not take: a mode of
 * another action, or an input only another action reads — named with the action that has it.
 */
export function foreignInputs(env: NodeJS.ProcessEnv): Array<{ input: string; message: string }> {
  const id = env.IMDS_GUARD_ACTION as ActionId | undefined;
  if (!id || !(id in ACTIONS)) return [];
  const own = new Set<string>(actionInputs(id));
  const problems: Array<{ input: string; message: string }> = [];
  const owner = (name: string) =>
    (Object.keys(ACTIONS) as ActionId[]).find((a) => a !== id && actionInputs(a).includes(name as InputName));
  for (const key of Object.keys(env).sort()) {
    if (!key.startsWith('INPUT_')) continue;
    const name = key.slice(6).toLowerCase();
    if (!(name in INPUTS) || own.has(name)) continue;
    const other = owner(name);
    problems.push({
      input: name,
      message: `is not an input of ${ACTIONS[id].uses}${other ? `: it belongs to ${ACTIONS[other].uses} (modes ${ACTIONS[other].modes.join(', ')})` : ''}. Remove it, or use that action.`,
    });
  }
  const mode = env.INPUT_MODE?.trim().toLowerCase();
  if (mode && own.has('mode') && !ACTIONS[id].modes.includes(mode as Mode)) {
    const other = (Object.keys(ACTIONS) as ActionId[]).find((a) => ACTIONS[a].modes.includes(mode as Mode));
    problems.push({
      input: 'mode',
      message: `'${mode}' is not a mode of ${ACTIONS[id].uses} (${ACTIONS[id].modes.join(', ')})${other ? `; ${ACTIONS[other].uses} runs it` : ''}.`,
    });
  }
  return problems;
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const clients = new ClientFactory();
  try {
    for (const w of unknownInputs(env)) coreLog.warning(w);
    const foreign = foreignInputs(env);
    if (foreign.length) throw new InputError(foreign);
    const settings = parseSettings((name) => core.getInput(name), env);
    if (settings.github.token) core.setSecret(settings.github.token);
    const deps: Deps = {
      log: coreLog,
      clients,
      idToken: env.ACTIONS_ID_TOKEN_REQUEST_URL ? (aud) => core.getIDToken(aud) : undefined,
      github: readContext(env),
      outputs: {
        set: (name, value) => core.setOutput(name, value),
        summary: async (markdown) => {
          if (!env.GITHUB_STEP_SUMMARY) return;
          await core.summary.addRaw(markdown, true).write();
        },
        annotate: (level, message, place) => {
          const props = {
            file: safeLogText(place.file),
            startLine: place.startLine,
            title: place.title === undefined ? undefined : safeLogText(place.title),
          };
          const text = safeLogText(message);
          if (level === 'error') core.error(text, props);
          else if (level === 'warning') core.warning(text, props);
          else core.notice(text, props);
        },
      },
      now: () => new Date(),
      env,
      version: VERSION,
    };
    const result = await run(settings, deps);
    if (!result.passed) core.setFailed(safeLogText(result.failures.join('\n') || 'IMDS Guard failed'));
  } catch (e) {
    core.setFailed(safeLogText(e instanceof InputError ? e.message : `IMDS Guard: ${errorMessage(e)}`));
  } finally {
    clients.destroy();
  }
}
