/**
 * When can a soak window show anything? EC2 publishes the soak's CloudWatch metrics one datapoint per
 * period, some minutes after the period ends. Pure: the numbers, the test-only override, and the times
 * derived from them (aws/soak.ts reads, remediate/waves.ts waits, settings/waves.ts checks `soak=`).
 */

/**
 * How EC2 publishes the soak's metrics: one datapoint per period, `basicPeriodSeconds` (5 min) unless
 * the instance has detailed monitoring (`Monitoring.State` `enabled`: 1 min), each available some
 * minutes after its period ends (`publishDelaySeconds`, allowed 5 min here).
 */
export interface MetricTiming {
  basicPeriodSeconds: number;
  detailedPeriodSeconds: number;
  publishDelaySeconds: number;
}

export const EC2_METRIC_TIMING: MetricTiming = {
  basicPeriodSeconds: 300,
  detailedPeriodSeconds: 60,
  publishDelaySeconds: 300,
};

/**
 * Test-only: `IMDS_GUARD_TEST_METRIC_TIMING=PERIOD,DELAY` (seconds, e.g. `1,0`) sets both periods and
 * the publishing delay, so tests against the loopback emulator (which publishes every datapoint at
 * once) soak in seconds. Honoured only when `AWS_ENDPOINT_URL` (or `AWS_ENDPOINT_URL_CLOUDWATCH`) is a
 * loopback address; anything else is a problem to report (src/settings/waves.ts makes it an input error).
 */
export const TEST_TIMING_ENV = 'IMDS_GUARD_TEST_METRIC_TIMING';

export function metricTiming(env: NodeJS.ProcessEnv): MetricTiming | { problem: string } {
  const raw = env[TEST_TIMING_ENV]?.trim();
  if (!raw) return EC2_METRIC_TIMING;
  const endpoint = env.AWS_ENDPOINT_URL_CLOUDWATCH || env.AWS_ENDPOINT_URL || '';
  let host = '';
  try {
    host = new URL(endpoint).hostname;
  } catch {}
  if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(host))
    return {
      problem: `${TEST_TIMING_ENV} is for tests against a loopback AWS emulator only (AWS_ENDPOINT_URL=http://127.0.0.1:PORT); unset it for a real run`,
    };
  const m = /^(\d+)\s*,\s*(\d+)$/.exec(raw);
  if (!m || Number(m[1]) < 1)
    return { problem: `${TEST_TIMING_ENV}='${raw}' is not PERIOD,DELAY in seconds (e.g. 1,0)` };
  return {
    basicPeriodSeconds: Number(m[1]),
    detailedPeriodSeconds: Number(m[1]),
    publishDelaySeconds: Number(m[2]),
  };
}

/**
 * The shortest soak that can show a wave healthy: one basic-monitoring period and the publishing
 * delay (10 minutes on EC2). The monitoring of the instances is not known when the input is read, so
 * basic monitoring, the default, decides.
 */
export function minimumSoakMinutes(t: MetricTiming): number {
  return (t.basicPeriodSeconds + t.publishDelaySeconds) / 60;
}

/** When the first whole period that starts at or after `change` has ended and been published. */
export function publishedAfter(change: Date, periodSeconds: number, t: MetricTiming): Date {
  const p = periodSeconds * 1000;
  return new Date(Math.ceil(change.getTime() / p) * p + p + t.publishDelaySeconds * 1000);
}

/** The metric period of an instance from its `Monitoring.State` (`enabled` = detailed monitoring). */
export function monitoringPeriod(state: string | undefined, t: MetricTiming): number {
  return state === 'enabled' ? t.detailedPeriodSeconds : t.basicPeriodSeconds;
}
