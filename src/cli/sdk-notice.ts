/**
 * On Node < 22 the AWS SDK warns, once per process, that its releases after January 2027 will need
 * Node 22 (nine lines on stderr before the CLI's first). The CLI carries its SDK inside its bundle
 * (dist/cli): that SDK never updates under it, so the warning speaks of nothing the user runs — which
 * Node the CLI needs is its package's `engines`. The SDK reads this variable when a client is made, so
 * it is set when the CLI's modules load, before any client exists; a value the user set is kept.
 */
export const SDK_NODE_WARNING = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';

export function quietBundledSdkNotice(env: NodeJS.ProcessEnv = process.env): void {
  if (env[SDK_NODE_WARNING] === undefined) env[SDK_NODE_WARNING] = 'true';
}

quietBundledSdkNotice();
