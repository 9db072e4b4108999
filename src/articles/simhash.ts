/**
 * 64-bit SimHash over word 3-shingles, kept as two 32-bit halves so no BigInt is needed.
 *
 * Syndicated copies of a story differ mostly at the edges (an intro line, a byline, a credit),
 * so shingles near the start and end of the text weigh less than those in the body: a new
 * first sentence then moves few bits, while a different story shares almost no shingles at all.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const SHINGLE = 3;
/** Share of the shingles, at each end, over which the weight ramps up from near zero to one. */
const EDGE_SHARE = 0.2;

export function simhash(text: string): string {
  const words = text.toLowerCase().match(WORD) ?? [];
  const count = Math.max(words.length - SHINGLE + 1, words.length > 0 ? 1 : 0);
  const sums = new Float64Array(64);
  const ramp = Math.max(1, Math.floor(count * EDGE_SHARE));
  for (let i = 0; i < count; i++) {
    const shingle =
      i + SHINGLE <= words.length ? `${words[i]} ${words[i + 1]} ${words[i + 2]}` : words.join(' ');
    const weight = Math.min(1, (i + 1) / ramp, (count - i) / ramp);
    const lo = hash32(shingle, 0x811c9dc5);
    const hi = hash32(shingle, 0x3b9aca07 ^ lo);
    // Branch-free: a bit is random, so "bit ? +w : -w" would mispredict half the time.
    for (let bit = 0; bit < 32; bit++) {
      sums[bit] = (sums[bit] as number) + weight * (((lo >>> bit) & 1) * 2 - 1);
      sums[bit + 32] = (sums[bit + 32] as number) + weight * (((hi >>> bit) & 1) * 2 - 1);
    }
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((sums[bit] ?? 0) > 0) lo |= 1 << bit;
    if ((sums[bit + 32] ?? 0) > 0) hi |= 1 << bit;
  }
  return hex32(hi) + hex32(lo);
}

/** Number of differing bits between two 16-hex-char SimHashes. */
export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) {
    throw new RangeError(`hammingDistance expects two 16-hex-char simhashes, got "${a}" and "${b}"`);
  }
  return popcount32(parseHex32(a, 0) ^ parseHex32(b, 0)) + popcount32(parseHex32(a, 8) ^ parseHex32(b, 8));
}

export function isNearDuplicate(a: string, b: string, maxBits = 3): boolean {
  return hammingDistance(a, b) <= maxBits;
}

/** FNV-1a over UTF-16 code units, finished with murmur3's fmix32 so every output bit mixes. */
function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

function parseHex32(hash: string, start: number): number {
  return Number.parseInt(hash.slice(start, start + 8), 16) | 0;
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}
