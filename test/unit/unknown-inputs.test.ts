import { describe, expect, it } from 'vitest';
import { unknownInputs } from '../../src/main.js';

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
