// Call accounting: counts, ordered call log, and the log of applied state changes.

export interface CallRecord {
  seq: number;
  /** Epoch ms when the call arrived. */
  time: number;
  account: string;
  region: string;
  service: string;
  operation: string;
  principal: string;
  /** Request parameters, summarised (values truncated, secrets redacted). */
  params: Record<string, unknown>;
  /** 'ok', an error code (e.g. 'RequestLimitExceeded'), or 'dropped'. 'in-flight' until answered. */
  outcome: string;
  status: number;
}

export interface ChangeRecord {
  seq: number;
  time: number;
  account: string;
  region: string;
  service: string;
  operation: string;
  principal: string;
  resourceType: 'instance' | 'instance-metadata-defaults' | 'launch-template';
  resourceId: string;
  before: unknown;
  after: unknown;
}

export interface DetailedCounts {
  total: number;
  byOperation: Record<string, number>;
  /** 'account/region' -> operation -> count */
  byAccountRegion: Record<string, Record<string, number>>;
  /** 'ok' | error code | 'dropped' -> count */
  byOutcome: Record<string, number>;
  /** operation -> outcome -> count */
  byOperationOutcome: Record<string, Record<string, number>>;
}

const SECRET_KEYS = /^(WebIdentityToken|SecretAccessKey|SessionToken|TokenCode|Policy)$/;

export function summarizeParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const [k, v] of Object.entries(params)) {
    if (k === 'Action' || k === 'Version') continue;
    if (++n > 40) {
      out['…'] = `${Object.keys(params).length - 40} more`;
      break;
    }
    if (SECRET_KEYS.test(k)) {
      out[k] = '<redacted>';
      continue;
    }
    if (typeof v === 'string') out[k] = v.length > 200 ? `${v.slice(0, 200)}…` : v;
    else if (v !== null && typeof v === 'object') {
      const s = preview(v, 301);
      out[k] = s.length > 300 ? `${s.slice(0, 300)}…` : v;
    } else out[k] = v;
  }
  return out;
}

/**
 * JSON.stringify(v), stopped once it is `max` characters long: a GetMetricData call's 500 queries are
 * not written out in full to keep 300 characters of them.
 */
export function preview(v: unknown, max: number): string {
  let out = '';
  // Everything goes through w: once `max` is reached nothing more is added, closing brackets included.
  const w = (text: string): void => {
    if (out.length < max) out += text;
  };
  const put = (x: unknown): void => {
    if (out.length >= max) return;
    if (x !== null && typeof x === 'object' && typeof (x as { toJSON?: unknown }).toJSON === 'function')
      w(JSON.stringify(x));
    else if (Array.isArray(x)) {
      w('[');
      x.forEach((e, n) => {
        if (n) w(',');
        put(e === undefined || typeof e === 'function' ? null : e);
      });
      w(']');
    } else if (x !== null && typeof x === 'object') {
      w('{');
      let first = true;
      for (const [k, e] of Object.entries(x)) {
        if (e === undefined || typeof e === 'function') continue;
        w(`${first ? '' : ','}${JSON.stringify(k)}:`);
        first = false;
        put(e);
      }
      w('}');
    } else w(JSON.stringify(x) ?? 'null');
  };
  put(v);
  return out;
}

function inc(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

export class Recorder {
  private seq = 0;
  private changeSeq = 0;
  private byOp = new Map<string, number>();
  private byAR = new Map<string, Map<string, number>>();
  private byOutcome = new Map<string, number>();
  private byOpOutcome = new Map<string, Map<string, number>>();
  private total = 0;
  calls: CallRecord[] = [];
  changes: ChangeRecord[] = [];

  constructor(public callLogLimit = 200_000) {}

  begin(r: Omit<CallRecord, 'seq' | 'outcome' | 'status'>): CallRecord {
    const rec: CallRecord = { ...r, seq: ++this.seq, outcome: 'in-flight', status: 0 };
    this.total++;
    inc(this.byOp, r.operation);
    const ar = `${r.account}/${r.region}`;
    let m = this.byAR.get(ar);
    if (!m) {
      m = new Map();
      this.byAR.set(ar, m);
    }
    inc(m, r.operation);
    this.calls.push(rec);
    if (this.calls.length > this.callLogLimit) this.calls.splice(0, Math.ceil(this.callLogLimit / 10));
    return rec;
  }

  finish(rec: CallRecord, outcome: string, status: number): void {
    rec.outcome = outcome;
    rec.status = status;
    inc(this.byOutcome, outcome);
    let m = this.byOpOutcome.get(rec.operation);
    if (!m) {
      m = new Map();
      this.byOpOutcome.set(rec.operation, m);
    }
    inc(m, outcome);
  }

  change(c: Omit<ChangeRecord, 'seq'>): ChangeRecord {
    const rec = { ...c, seq: ++this.changeSeq };
    this.changes.push(rec);
    return rec;
  }

  counts(): Record<string, number> {
    return Object.fromEntries(this.byOp);
  }

  detailed(): DetailedCounts {
    return {
      total: this.total,
      byOperation: Object.fromEntries(this.byOp),
      byAccountRegion: Object.fromEntries([...this.byAR].map(([k, m]) => [k, Object.fromEntries(m)])),
      byOutcome: Object.fromEntries(this.byOutcome),
      byOperationOutcome: Object.fromEntries(
        [...this.byOpOutcome].map(([k, m]) => [k, Object.fromEntries(m)]),
      ),
    };
  }

  /** Reset counts and the call log. */
  resetCounts(): void {
    this.total = 0;
    this.byOp.clear();
    this.byAR.clear();
    this.byOutcome.clear();
    this.byOpOutcome.clear();
    this.calls = [];
  }

  resetChanges(): void {
    this.changes = [];
  }
}
