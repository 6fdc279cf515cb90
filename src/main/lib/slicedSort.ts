/**
 * A merge sort of ids that hands the event loop back every `budget` comparisons: sorting 100,000
 * clients by name with a comparator takes ~100 ms, longer than a route may be held (issue 15: ≤ 20
 * ms). `pause` resolves on a later turn of the event loop (and may throw to abandon the sort).
 * Stable, so ties keep the order they came in.
 */
const RUN = 16

export async function sortInSlices(
  ids: Int32Array,
  cmp: (a: number, b: number) => number,
  pause: () => Promise<void>,
  budget = 50_000,
): Promise<Int32Array> {
  const n = ids.length
  let src = ids.slice()
  let dst = new Int32Array(n)
  let work = 0
  // Short runs first, by insertion: fewer passes of the merge below.
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n)
    for (let i = lo + 1; i < hi; i++) {
      const x = src[i]!
      let j = i - 1
      while (j >= lo && cmp(src[j]!, x) > 0) {
        src[j + 1] = src[j]!
        j--
        work++
      }
      src[j + 1] = x
      work++
    }
    if (work > budget) {
      await pause()
      work = 0
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n)
      const hi = Math.min(lo + 2 * width, n)
      let i = lo
      let j = mid
      let k = lo
      while (i < mid && j < hi) {
        dst[k++] = cmp(src[i]!, src[j]!) <= 0 ? src[i++]! : src[j++]!
        if (++work > budget) {
          await pause()
          work = 0
        }
      }
      while (i < mid) dst[k++] = src[i++]!
      while (j < hi) dst[k++] = src[j++]!
    }
    ;[src, dst] = [dst, src]
  }
  return src
}
