/**
 * Logistic regression over hashed features, trained by AdaGrad with L2, for the gentle helper's
 * statistical fallback. Deterministic: the only randomness is the order of examples, from a seeded
 * generator. Used by train.ts only; the page reads the weights it writes (../model/weights.ts).
 */

export interface Example {
  /** Buckets and values, as `vector()` in ../model/features.ts makes them. */
  index: Int32Array;
  value: Float32Array;
  /** 1 escalating, 0 gentle (binary); or the class number (softmax). */
  label: number;
}

export interface Settings {
  bits: number;
  epochs: number;
  /** L2 strength per step. */
  l2: number;
  rate: number;
  seed: number;
}

/** mulberry32: a small seeded generator, the same on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

export function dot(weights: Float32Array | Float64Array, e: Example, offset = 0): number {
  let z = 0;
  for (let i = 0; i < e.index.length; i++) z += weights[offset + e.index[i]!]! * e.value[i]!;
  return z;
}

/** Binary: weights of size 2^bits, trained to give P(escalating). */
export function trainBinary(examples: readonly Example[], settings: Settings): Float64Array {
  const size = 1 << settings.bits;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const random = seeded(settings.seed);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const k of shuffled(examples.length, random)) {
      const e = examples[k]!;
      const p = 1 / (1 + Math.exp(-dot(w, e)));
      const err = p - e.label;
      for (let i = 0; i < e.index.length; i++) {
        const j = e.index[i]!;
        const g = err * e.value[i]! + settings.l2 * w[j]!;
        g2[j]! += g * g;
        w[j]! -= (settings.rate * g) / Math.sqrt(g2[j]!);
      }
    }
  }
  return w;
}

/** Softmax over `classes` classes: weights laid out class after class, each 2^bits long. */
export function trainSoftmax(examples: readonly Example[], classes: number, settings: Settings): Float64Array {
  const size = 1 << settings.bits;
  const w = new Float64Array(size * classes);
  const g2 = new Float64Array(size * classes).fill(1e-8);
  const random = seeded(settings.seed);
  const z = new Float64Array(classes);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const k of shuffled(examples.length, random)) {
      const e = examples[k]!;
      let max = -Infinity;
      for (let c = 0; c < classes; c++) max = Math.max(max, (z[c] = dot(w, e, c * size)));
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += z[c] = Math.exp(z[c]! - max);
      for (let c = 0; c < classes; c++) {
        const err = z[c]! / sum - (c === e.label ? 1 : 0);
        for (let i = 0; i < e.index.length; i++) {
          const j = c * size + e.index[i]!;
          const g = err * e.value[i]! + settings.l2 * w[j]!;
          g2[j]! += g * g;
          w[j]! -= (settings.rate * g) / Math.sqrt(g2[j]!);
        }
      }
    }
  }
  return w;
}

/**
 * Weights as signed bytes with one scale: w ≈ byte * scale. Keeps the shipped file small; the
 * trainer scores with the quantised weights, so the threshold fits what the page runs.
 */
export function quantise(w: Float64Array): { bytes: Int8Array; scale: number } {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : max / 127;
  const bytes = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) bytes[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / scale)));
  return { bytes, scale };
}

export function dequantise(bytes: Int8Array, scale: number): Float32Array {
  const w = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) w[i] = bytes[i]! * scale;
  return w;
}
