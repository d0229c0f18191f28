/**
 * The data model of IMDS Guard: every type that crosses a stage boundary, one file per stage
 * (settings, inventory, assessment, remediation, run-result; IaC in iac.ts), imported from here.
 *
 *   inputs ─► Settings ─► sessions ─► Inventory ─► Assessment ─► reports / gate
 *                                                     └─► Plan ─(approval)─► apply ─► ChangeRecord[]
 */

export * from './assessment.js';
export * from './exposure.js';
export * from './inventory.js';
export * from './remediation.js';
export * from './run-result.js';
export * from './settings.js';
