/**
 * "Did you mean": the closest of a set of names by edit distance, for mistyped commands, flags,
 * profiles and regions. Pure functions; the CLI words the messages.
 */

/** Levenshtein distance with adjacent transpositions counted as one edit (`esat` → `east` is 1). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** The closest candidate, if it is close enough to be a typo (at most 2 edits, or a third of the word). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const dist = editDistance(word.toLowerCase(), c.toLowerCase());
    if (dist < bestDistance) [best, bestDistance] = [c, dist];
  }
  return bestDistance > 0 && bestDistance <= limit ? best : undefined;
}

/** ` Did you mean 'x'?` or ''. */
export function didYouMean(
  word: string,
  candidates: Iterable<string>,
  quote = (s: string) => `'${s}'`,
): string {
  const c = closest(word, candidates);
  return c ? ` Did you mean ${quote(c)}?` : '';
}

/**
 * AWS commercial, GovCloud and China regions (2026). Only used to suggest a correction: a region that is
 * not listed but is spelled like a region (a standard direction word) goes on to AWS, which knows of
 * regions launched after this list.
 */
export const KNOWN_REGIONS = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-central-1',
  'ca-west-1',
  'cn-north-1',
  'cn-northwest-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-gov-east-1',
  'us-gov-west-1',
  'us-west-1',
  'us-west-2',
] as const;

const DIRECTIONS = /^(east|west|north|south|central|northeast|northwest|southeast|southwest)$/;

/**
 * Why a region name is a typo, with the likely intended region — or undefined when it is a known
 * region or could be a newer one (spelled like a region: `xx-<direction>-N`).
 */
export function regionTypo(name: string): string | undefined {
  const region = name.trim();
  if ((KNOWN_REGIONS as readonly string[]).includes(region)) return undefined;
  const parts = /^[a-z]{2}(-gov|-iso[a-z]?)?-([a-z]+)-\d{1,2}$/.exec(region);
  if (parts && DIRECTIONS.test(parts[2])) return undefined;
  const guess = closest(region, KNOWN_REGIONS);
  return guess ? `'${region}' is not an AWS region. Did you mean '${guess}'?` : undefined;
}
