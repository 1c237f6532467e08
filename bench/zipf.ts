/**
 * Requests spread as real traffic is: a few pages very popular, a long tail
 * rarely asked for. Rank k (from 0) is drawn with probability ∝ 1/(k+1)^s;
 * the generator is seeded, so every run asks for the same sequence.
 */

/** mulberry32: a small, good-enough seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function zipfSampler(count: number, { exponent = 1, seed = 42 } = {}): () => number {
  const cumulative = new Float64Array(count)
  let total = 0
  for (let k = 0; k < count; k += 1) {
    total += 1 / Math.pow(k + 1, exponent)
    cumulative[k] = total
  }
  const random = seededRandom(seed)
  return () => {
    const x = random() * total
    let low = 0
    let high = count - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (cumulative[middle] < x) low = middle + 1
      else high = middle
    }
    return low
  }
}

/** The items in a fixed random order (seeded): which page is popular does not follow its kind. */
export function shuffled<T>(items: T[], seed = 7): T[] {
  const random = seededRandom(seed)
  const result = [...items]
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1))
    ;[result[i], result[j]] = [result[j], result[i]]
  }
  return result
}
