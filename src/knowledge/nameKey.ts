// A folded form of a person's name that is forgiving of transliteration:
// case, accents, punctuation, hyphens, y/i ("Sergey" = "Sergei"), kh/h, doubled letters.
export function nameKey(name: string): string {
  // ASCII has nothing to decompose.
  const plain = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return plain
    .toLowerCase()
    .replace(/[^a-z ]+/g, "")
    .replace(/kh/g, "h").replace(/y/g, "i").replace(/ii/g, "i").replace(/([a-z])\1/g, "$1")
    .split(/\s+/).filter(Boolean).join(" ");
}

/** Damerau–Levenshtein distance with an early exit above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
