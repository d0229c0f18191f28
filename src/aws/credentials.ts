// Whether the AWS SDK's default credential chain could load credentials here — decided by reading the
// chain's sources (environment, the shared config and credentials files' selected profile, container
// credentials), never by asking the instance metadata service: a run without a role and without such
// credentials works offline (the IaC check), it does not go looking on the runner's network.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadSharedConfigFiles } from '@smithy/core/config';

/** Keys that make a profile a source of credentials (static keys, a role to assume, a process, SSO). */
const PROFILE_KEYS = [
  'aws_access_key_id',
  'role_arn',
  'credential_process',
  'sso_session',
  'sso_start_url',
  'web_identity_token_file',
  'credential_source',
  'login_session',
];

export async function hasLoadableCredentials(env: NodeJS.ProcessEnv): Promise<boolean> {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) return true;
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN) return true;
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return true;
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  const profile = env.AWS_PROFILE || env.AWS_DEFAULT_PROFILE || 'default';
  try {
    const files = await loadSharedConfigFiles({
      filepath: env.AWS_SHARED_CREDENTIALS_FILE ?? join(home, '.aws', 'credentials'),
      configFilepath: env.AWS_CONFIG_FILE ?? join(home, '.aws', 'config'),
      ignoreCache: true,
    });
    const sections = [files.credentialsFile?.[profile], files.configFile?.[profile]];
    return sections.some((s) => s !== undefined && PROFILE_KEYS.some((k) => Boolean(s[k])));
  } catch {
    // An unreadable file is no source of credentials; signing in would fail the same way.
    return false;
  }
}
