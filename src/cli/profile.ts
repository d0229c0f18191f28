/**
 * A named AWS profile must exist before anything is called: the SDK's own error for a missing profile
 * does not name the file, and the Action's sign-in message speaks of role-to-assume.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { didYouMean } from './suggest.js';

/** The profile names of ~/.aws/config (`[default]`, `[profile NAME]`) and ~/.aws/credentials (`[NAME]`). */
export function profileNames(configText: string, credentialsText: string): string[] {
  const names = new Set<string>();
  for (const [, section] of configText.matchAll(/^\s*\[\s*([^\]]+?)\s*\]/gm)) {
    if (section === 'default') names.add('default');
    const m = /^profile\s+(.+)$/.exec(section);
    if (m) names.add(m[1].trim());
  }
  for (const [, section] of credentialsText.matchAll(/^\s*\[\s*([^\]]+?)\s*\]/gm)) names.add(section);
  return [...names].sort();
}

/** undefined when the profile exists; else a message naming the files looked in and the close names. */
export function missingProfile(profile: string, env: NodeJS.ProcessEnv): string | undefined {
  const home = env.HOME || homedir();
  const configFile = env.AWS_CONFIG_FILE || join(home, '.aws', 'config');
  const credentialsFile = env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials');
  const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');
  const names = profileNames(read(configFile), read(credentialsFile));
  if (names.includes(profile)) return undefined;
  const show = (f: string) => (f.startsWith(`${home}/`) ? `~/${f.slice(home.length + 1)}` : f);
  const known = names.length ? ` (profiles there: ${names.join(', ')})` : ' (no profile is defined there)';
  return `profile '${profile}' not found in ${show(configFile)} or ${show(credentialsFile)}${known}.${didYouMean(profile, names)}`;
}
