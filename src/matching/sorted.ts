/** The first index in the sorted list whose entry is not before `key` (binary search; lexicon and danger words). */
export function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
