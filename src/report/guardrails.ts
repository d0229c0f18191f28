/**
 * Saying the guardrails: the preventive policies computed by assess/guardrails.ts, as the
 * files written to the report folder (policy JSON, the account-defaults script, a README) and as a
 * section of the report. Markdown goes through the one escaper (`escapeDeep`): template names and
 * instance ids come from AWS.
 */
import { GUARDRAIL_FILES, type Guardrails, scpText } from '../assess/guardrails.js';
import { shellWord } from '../model/text.js';
import { escapeDeep } from './escape.js';
import { guardrailsView } from './guardrails-view.js';
import { guardrailsTemplate } from './templates.js';

/** The section in Markdown (also the README of the guardrails folder). */
export function guardrailsMarkdown(g: Guardrails): string {
  return guardrailsTemplate()(escapeDeep(guardrailsView(g)));
}

/** One command per region whose defaults do not yet require tokens (and are not policy-managed). */
export function accountDefaultsScript(g: Guardrails): string {
  const lines = [
    '#!/bin/sh',
    '# IMDS Guard: account-level instance metadata defaults (ModifyInstanceMetadataDefaults), per region.',
    '# Applies to new launches only; existing instances are not changed. Run each block with credentials',
    '# for the account it names. Regions managed by a declarative policy or already requiring tokens are',
    '# listed as comments.',
    'set -eu',
    '',
  ];
  const accounts = [...new Set(g.accountDefaults.map((t) => t.accountId))];
  let commands = 0;
  for (const a of accounts) {
    lines.push(`# ── account ${shellWord(a)}`);
    for (const t of g.accountDefaults.filter((x) => x.accountId === a)) {
      if (t.command) {
        if (t.status === 'unknown') lines.push(`# ${shellWord(t.region)}: defaults not read by the audit`);
        lines.push(t.command);
        commands++;
      } else if (t.status === 'declarative-policy')
        lines.push(
          `# ${shellWord(t.region)}: managed by a declarative policy (HttpTokens ${shellWord(t.current.httpTokens ?? 'unset')})`,
        );
      else lines.push(`# ${shellWord(t.region)}: already requires tokens`);
    }
    lines.push('');
  }
  if (!commands) lines.push('# Nothing to change.', '');
  return lines.join('\n');
}

/** The guardrail files, keyed by path relative to the report folder. Pure: the caller writes them. */
export function guardrailFiles(g: Guardrails): Record<string, string> {
  return {
    [GUARDRAIL_FILES.declarativePolicy]: `${JSON.stringify(g.declarativePolicy.document, null, 2)}\n`,
    [GUARDRAIL_FILES.scp]: scpText(g.serviceControlPolicy.document),
    [GUARDRAIL_FILES.accountDefaults]: accountDefaultsScript(g),
    [GUARDRAIL_FILES.readme]: `# IMDS Guard guardrails\n\n${guardrailsMarkdown(g)}`,
  };
}
