// The literal strings a regular expression cannot match without: /\b(?:trip|tour) to\b/ needs
// "trip to" or "tour to". Testing a text for them first is much cheaper than running the pattern
// when most texts hold no match. Whatever this reader does not understand makes it give up (null):
// a pattern without a prefilter still runs, so a prefilter never hides a match.

/** What a piece of pattern can match: all its strings when they are few, and strings one of which every match contains. */
interface Strings {
  exact: string[] | null;
  needs: string[] | null;
}

const MAX_EXACT = 64;
const ANY: Strings = { exact: null, needs: null };
const EMPTY: Strings = { exact: [""], needs: null };

class GiveUp extends Error {}

/** A test that every text `re` matches in passes (most others fail), or null when none can be told. */
export function literalPrefilter(re: RegExp): RegExp | null {
  const literals = requiredLiterals(re);
  if (!literals) return null;
  // Case is ignored, and a literal that holds another adds nothing: "defence ministers" holds "ministers".
  const lower = [...new Set(literals.map((s) => s.toLowerCase()))];
  const minimal = lower.filter((s) => !lower.some((t) => t !== s && s.includes(t)));
  const escaped = minimal.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  // Case-insensitive, folding case the way the pattern does when it ignores case itself.
  return new RegExp(escaped.join("|"), re.unicode ? "iu" : "i");
}

/** The strings one of which occurs (case-insensitively) in every match of `re`, or null when none can be told. */
export function requiredLiterals(re: RegExp): string[] | null {
  const src = re.source;
  // Surrogate pairs and the v flag's class syntax are not read.
  if (/[\ud800-\udfff]/.test(src) || re.flags.includes("v")) return null;
  try {
    const reader = new PatternReader(src, re.unicode);
    const found = reader.alternation();
    if (reader.at < src.length) return null;
    const needs = needsOf(found);
    return needs && needs.every((s) => s.length > 0) ? needs : null;
  } catch (err) {
    if (err instanceof GiveUp) return null;
    throw err;
  }
}

function needsOf(s: Strings): string[] | null {
  if (s.exact && !s.exact.includes("")) return s.exact;
  return s.needs;
}

/** The more selective of two requirements: the longer shortest string, then fewer strings. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (x: string[]) => Math.min(...x.map((s) => s.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

/** Every string of `a` followed by every string of `b`, or null when there would be too many. */
function product(a: string[], b: string[]): string[] | null {
  return a.length * b.length > MAX_EXACT ? null : [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

function sequence(parts: Strings[]): Strings {
  let whole: string[] | null = [""];
  // The strings of the pieces read since the last one that is not a known literal: contiguous in every match.
  let run: string[] = [""];
  let needs: string[] | null = null;
  for (const p of parts) {
    needs = better(needs, needsOf(p));
    if (p.exact) {
      whole = whole && product(whole, p.exact);
      const longer = product(run, p.exact);
      if (longer) run = longer;
      else { needs = better(needs, needsOf({ exact: run, needs: null })); run = p.exact; }
    } else {
      whole = null;
      needs = better(needs, needsOf({ exact: run, needs: null }));
      run = [""];
    }
  }
  return { exact: whole, needs: better(needs, needsOf({ exact: run, needs: null })) };
}

function alternatives(options: Strings[]): Strings {
  const exact = options.every((o) => o.exact) && options.reduce((n, o) => n + o.exact!.length, 0) <= MAX_EXACT
    ? [...new Set(options.flatMap((o) => o.exact!))] : null;
  const each = options.map(needsOf);
  const needs = each.every((n) => n) ? [...new Set(each.flatMap((n) => n!))] : null;
  return { exact, needs };
}

class PatternReader {
  at = 0;
  constructor(private readonly src: string, private readonly unicode: boolean) {}

  alternation(): Strings {
    const options = [this.sequence()];
    while (this.src[this.at] === "|") { this.at++; options.push(this.sequence()); }
    return options.length === 1 ? options[0]! : alternatives(options);
  }

  private sequence(): Strings {
    const parts: Strings[] = [];
    while (this.at < this.src.length && this.src[this.at] !== "|" && this.src[this.at] !== ")") {
      parts.push(this.quantified(this.atom()));
    }
    return sequence(parts);
  }

  private quantified(atom: Strings): Strings {
    const src = this.src;
    let min: number;
    let max: number;
    const c = src[this.at];
    if (c === "*") { min = 0; max = Infinity; this.at++; }
    else if (c === "+") { min = 1; max = Infinity; this.at++; }
    else if (c === "?") { min = 0; max = 1; this.at++; }
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.at));
      if (!m) throw new GiveUp();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.at += m[0].length;
    } else return atom;
    if (src[this.at] === "?") this.at++; // lazy: the same strings
    if (min === 1 && max === 1) return atom;
    if (min === 0) return max === 1 && atom.exact ? { exact: [...new Set(["", ...atom.exact])], needs: null } : ANY;
    return { exact: null, needs: needsOf(atom) };
  }

  private atom(): Strings {
    const src = this.src;
    const c = src[this.at]!;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    if (c === "^" || c === "$") { this.at++; return EMPTY; }
    if (c === ".") { this.at++; return ANY; }
    if ("*+?{}]".includes(c)) throw new GiveUp();
    this.at++;
    return { exact: [c], needs: null };
  }

  private group(): Strings {
    const src = this.src;
    this.at++;
    let zeroWidth = false;
    if (src.startsWith("?:", this.at)) this.at += 2;
    else if (src.startsWith("?=", this.at) || src.startsWith("?!", this.at)) { this.at += 2; zeroWidth = true; }
    else if (src.startsWith("?<=", this.at) || src.startsWith("?<!", this.at)) { this.at += 3; zeroWidth = true; }
    else if (src.startsWith("?<", this.at)) {
      const end = src.indexOf(">", this.at);
      if (end < 0) throw new GiveUp();
      this.at = end + 1;
    } else if (src[this.at] === "?") throw new GiveUp();
    const inner = this.alternation();
    if (src[this.at] !== ")") throw new GiveUp();
    this.at++;
    // A lookaround matches no characters: it adds nothing the match must contain.
    return zeroWidth ? EMPTY : inner;
  }

  private charClass(): Strings {
    const src = this.src;
    this.at++;
    const negated = src[this.at] === "^";
    if (negated) this.at++;
    const chars: string[] = [];
    let plain = !negated;
    while (src[this.at] !== "]") {
      if (this.at >= src.length) throw new GiveUp();
      let c = src[this.at]!;
      if (c === "\\") {
        const e = src[this.at + 1];
        if (e === undefined) throw new GiveUp();
        if (/[\\\]\[\-^.$*+?(){}|/ ]/.test(e)) { c = e; this.at += 2; }
        else if (/[dDwWsSpPbBnrtfv0xuck]/.test(e) || /\d/.test(e)) {
          // A set of characters or an escape not read here: the class stays unknown.
          plain = false;
          this.at += 2;
          if ((e === "p" || e === "P") && this.unicode && src[this.at] === "{") this.at = src.indexOf("}", this.at) + 1;
          if (this.at === 0) throw new GiveUp();
          continue;
        } else { c = e; this.at += 2; }
      } else this.at++;
      if (src[this.at] === "-" && src[this.at + 1] !== "]") { plain = false; this.at++; continue; }
      chars.push(c);
    }
    this.at++;
    return plain && chars.length > 0 ? { exact: [...new Set(chars)], needs: null } : ANY;
  }

  private escape(): Strings {
    const src = this.src;
    const e = src[this.at + 1];
    if (e === undefined) throw new GiveUp();
    this.at += 2;
    if (e === "b" || e === "B") return EMPTY;
    if (/[dDwWsS]/.test(e)) return ANY;
    if (e === "p" || e === "P") {
      if (!this.unicode || src[this.at] !== "{") throw new GiveUp();
      const end = src.indexOf("}", this.at);
      if (end < 0) throw new GiveUp();
      this.at = end + 1;
      return ANY;
    }
    const control: Record<string, string> = { n: "\n", r: "\r", t: "\t", f: "\f", v: "\v" };
    if (control[e]) return { exact: [control[e]], needs: null };
    // Back references, \0, \x, \u, \c and \k are not read.
    if (/[0-9xuck]/.test(e)) throw new GiveUp();
    return { exact: [e], needs: null };
  }
}
