import { describe, expect, it } from 'vitest';
import { foreignInputs, unknownInputs } from '../../src/main.js';

describe('inputs the Action does not have', () => {
  it('warns on a mistyped input, with the closest real one, and says nothing about real inputs', () => {
    expect(
      unknownInputs({
        INPUT_TRESHOLD: '90',
        INPUT_THRESHOLD: '100',
        'INPUT_ROLE-TO-ASSUME': 'arn:aws:iam::111111111111:role/x',
        INPUT_WHATEVER_ELSE: 'x',
        'INPUT_ACCOUNT-THRESHOLD': '90',
        PATH: '/usr/bin',
      }),
    ).toEqual([
      "Input 'account-threshold' was ignored: account-threshold is now part of threshold: write threshold: '95, per-account=90'.",
      "Input 'treshold' is not an input of IMDS Guard and was ignored. Did you mean 'threshold'?",
      "Input 'whatever_else' is not an input of IMDS Guard and was ignored.",
    ]);
  });
});

describe("another action's inputs and modes", () => {
  it('refuses them by name, saying which action has them', () => {
    expect(
      foreignInputs({
        IMDS_GUARD_ACTION: 'apply',
        INPUT_MODE: 'apply',
        INPUT_WAVES: '25%',
        'INPUT_PLAN-DIGEST': 'x',
      }),
    ).toEqual([
      {
        input: 'waves',
        message:
          'is not an input of imds-guard/imds-guard/apply@v1: it belongs to imds-guard/imds-guard/plan@v1 (modes plan, plan-rollback). Remove it, or use that action.',
      },
    ]);
    expect(foreignInputs({ IMDS_GUARD_ACTION: 'plan', INPUT_MODE: 'apply' })).toEqual([
      {
        input: 'mode',
        message:
          "'apply' is not a mode of imds-guard/imds-guard/plan@v1 (plan, plan-rollback); imds-guard/imds-guard/apply@v1 runs it.",
      },
    ]);
    // The root action has no mode input: a mode given to it belongs to a sub-action.
    expect(foreignInputs({ IMDS_GUARD_ACTION: 'audit', INPUT_MODE: 'plan' })[0]).toMatchObject({
      input: 'mode',
    });
    // Without an entry that names its action (dist/index.js run by hand), nothing is refused.
    expect(foreignInputs({ INPUT_WAVES: '25%' })).toEqual([]);
  });
});
