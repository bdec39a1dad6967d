// A folded form of a person's name that is forgiving of transliteration:
// case, accents, punctuation, hyphens, y/i ("Sergey" = "Sergei"), kh/h, doubled letters.

/** Keys of the names folded lately: each mention, family name and candidate asks again for the same few names. */
const folded = new Map<string, string>();
const MAX_FOLDED = 20000;

export function nameKey(name: string): string {
  let key = folded.get(name);
  if (key === undefined) {
    if (folded.size >= MAX_FOLDED) folded.clear();
    folded.set(name, (key = foldName(name)));
  }
  return key;
}

function foldName(name: string): string {
  // ASCII has nothing to decompose.
  const plain = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return plain
    .toLowerCase()
    .replace(/[^a-z ]+/g, "")
    .replace(/kh/g, "h").replace(/y/g, "i").replace(/ii/g, "i").replace(/([a-z])\1/g, "$1")
    .split(/\s+/).filter(Boolean).join(" ");
}

/** The last three rows of the distance table, reused (names are short; grown when one is not). */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/** A person's name folded for spelling and order, the key of one identity: "Shoygu Sergey" = "Sergei Shoigu". */
export function personKey(name: string): string {
  return nameKey(name).split(" ").sort().join(" ");
}

/** Damerau–Levenshtein distance (optimal string alignment) with an early exit above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(2 * b.length + 2), new Int32Array(2 * b.length + 2), new Int32Array(2 * b.length + 2)];
  // Rows i - 2, i - 1 and i of the table d[i][j] (the distance between a's first i and b's first j characters).
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      current[j] = v;
    }
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return previous[b.length]!;
}
