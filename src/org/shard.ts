/**
 * `shard: i/n`: a deterministic partition of the account list, so a GitHub Actions matrix of n jobs
 * scans an organization in parallel and `mode: merge` can prove it got every shard exactly once.
 *
 * Round-robin over the sorted, de-duplicated ids: account k (0-based, sorted) goes to shard
 * (k mod n) + 1. Every job of one workflow run lists the same accounts, so every job computes the
 * same partition; shards differ in size by at most one account.
 */
import type { ShardInfo } from '../model/types.js';

/** Sorted, de-duplicated account ids (the canonical list every shard and merge agree on). */
export function canonicalAccounts(accounts: readonly string[]): string[] {
  return [...new Set(accounts)].sort();
}

/** The accounts of shard `index` (1-based) of `count`. */
export function partition(accounts: readonly string[], index: number, count: number): string[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`shard count must be ≥ 1, got ${count}`);
  if (!Number.isInteger(index) || index < 1 || index > count) {
    throw new Error(`shard index must be from 1 to ${count}, got ${index}`);
  }
  return canonicalAccounts(accounts).filter((_, k) => k % count === index - 1);
}

export function shardInfo(accounts: readonly string[], index: number, count: number): ShardInfo {
  const all = canonicalAccounts(accounts);
  return { index, count, accounts: all, assigned: partition(all, index, count) };
}

export function shardLabel(s: { index: number; count: number }): string {
  return `${s.index}/${s.count}`;
}
