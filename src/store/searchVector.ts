// Builds an article's search vector from the words searchWords.ts read, as to_tsvector('english')
// would: each word through the dictionary the english configuration maps it to, at its positions.
// The dictionary is the store's own: a word's lexemes are asked of it (ts_lexize) once and kept,
// and so are those of a run of text left to its parser (ts_debug), so the vector is the store's
// to the letter, stopwords and stemmer version included. The literal goes to tsvector's input,
// which merges the positions of two words with one lexeme ("drill", "drills").
import type { Database, Queryable } from "./database.js";
import { MAX_POSITION, SIMPLE, type SearchWords } from "./searchWords.js";

/** How the english configuration must map the token types searchWords reads, for a vector built
 * here to be the one to_tsvector builds: letters to english_stem, the rest to simple. */
const EXPECTED_MAPPING: Record<string, string> = {
  asciiword: "english_stem", asciihword: "english_stem", hword_asciipart: "english_stem",
  numword: "simple", numhword: "simple", hword_numpart: "simple", uint: "simple", int: "simple",
};

/** to_tsvector keeps 255 positions of a lexeme, tsvector's input 256: past 255 the text is left
 * to PostgreSQL. */
const MAX_POSITIONS_PER_LEXEME = 255;

/** Words and runs a process keeps the lexemes of (a news vocabulary, names included, is far
 * smaller); past that the cache starts again. */
const CACHED_WORDS = 200_000;
const CACHED_RUNS = 50_000;

/** What one text's vector is built from: the text, and its words as searchWords gave them. */
export interface SearchText {
  text: string;
  words: SearchWords | null;
}

/** Lexemes at each position of a run of text left to PostgreSQL's parser. */
type RunLexemes = string[][];

/** A run: its lexemes, and the number of words read before it. Its text is looked up with the
 * space before and after it: the parser reads a run after a space unlike one that starts the text. */
interface Run {
  after: number;
  lexemes: RunLexemes;
}

export class SearchLexicon {
  /** A word's lexemes (none for a stopword), by the word in lower case. */
  private readonly lexemes = new Map<string, string[]>();
  private readonly runs = new Map<string, RunLexemes>();
  /** Whether the store's english configuration is the standard one; asked at first use. */
  private usable: Promise<boolean> | null = null;

  /** The search vector literal of each text (null where the store is to parse the text itself:
   * searchWords gave null, or the store's configuration is not the standard one). */
  async vectors(tx: Queryable, texts: SearchText[]): Promise<(string | null)[]> {
    if (!texts.some((t) => t.words !== null) || !(await (this.usable ??= standardConfiguration(tx)))) return texts.map(() => null);
    const missing: Unknown = { words: new Set(), runs: new Set() };
    const first = texts.map((t) => this.vectorOf(t, missing));
    if (!missing.words.size && !missing.runs.size) return first as (string | null)[];
    await this.learn(tx, missing);
    return first.map((v, i) => (v === MISSING ? this.vectorOf(texts[i]!, null) as string | null : v));
  }

  /** Asks the store for the lexemes of words and runs. */
  private async learn(tx: Queryable, { words, runs }: Unknown): Promise<void> {
    if (this.lexemes.size + words.size > CACHED_WORDS) this.lexemes.clear();
    if (this.runs.size + runs.size > CACHED_RUNS) this.runs.clear();
    if (words.size) {
      const { rows } = await tx.query<{ w: string; l: string[] | null }>(
        "select w, ts_lexize('english_stem', w) as l from unnest($1::text[]) w", [[...words]]);
      for (const r of rows) this.lexemes.set(r.w, r.l ?? []);
    }
    if (runs.size) {
      // A token the configuration maps to a dictionary takes a position (a stopword's lexemes
      // are empty); spaces, punctuation, tags and the like take none.
      const list = [...runs];
      const { rows } = await tx.query<{ i: number; lexemes: RunLexemes | null }>(
        `select u.i::int as i, (select json_agg(d.lexemes order by d.n)
           from ts_debug('english', u.run) with ordinality as d(alias, description, token, dictionaries, dictionary, lexemes, n)
           where d.lexemes is not null) as lexemes
         from unnest($1::text[]) with ordinality as u(run, i)`, [list]);
      for (const r of rows) this.runs.set(list[r.i - 1]!, r.lexemes ?? []);
    }
  }

  /**
   * The literal, or null when PostgreSQL is to parse the text. A word or run not known yet
   * makes it MISSING, added to `missing`; with no `missing` to add to (after learning, should
   * the cache have started again in between), null.
   */
  private vectorOf({ text, words: read }: SearchText, missing: Unknown | null): string | null | typeof MISSING {
    if (read === null) return null;
    const runs: Run[] = [];
    let unknown = false;
    let width = 0;
    for (const r of read.runs ? read.runs.split(" ") : []) {
      const [start, end, after] = r.split(":").map(Number) as [number, number, number];
      const key = text.slice(Math.max(0, start - 1), end + 1);
      const lexemes = this.runs.get(key);
      if (lexemes) { runs.push({ after, lexemes }); width += lexemes.length; }
      else if (!missing) return null;
      else { unknown = true; missing.runs.add(key); }
    }
    const words = read.words ? read.words.split(" ") : [];
    const positions = read.positions ? read.positions.split(" ") : [];
    // Positions of one lexeme are counted only where there are enough to pass the limit.
    const counts = read.count + width > MAX_POSITIONS_PER_LEXEME ? new Map<string, number>() : null;
    let tooMany = false;
    const parts: string[] = [];
    const add = (l: string, at: string, n: number) => {
      parts.push(`${quoted(l)}:${at}`);
      if (!counts) return;
      const c = (counts.get(l) ?? 0) + n;
      counts.set(l, c);
      if (c > MAX_POSITIONS_PER_LEXEME) tooMany = true;
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const simple = w.charCodeAt(0) === SIMPLE_CODE;
      const lexemes = simple ? null : this.lexemes.get(w);
      if (!simple && !lexemes) {
        if (!missing) return null;
        unknown = true;
        missing.words.add(w);
        continue;
      }
      if (unknown || lexemes?.length === 0) continue;
      const at = runs.length ? shifted(positions[i]!, runs) : positions[i]!;
      const n = counts ? countOf(at) : 0;
      if (simple) add(w.slice(1), at, n);
      else for (const l of lexemes!) add(l, at, n);
    }
    if (unknown) return MISSING;
    // The runs' own tokens, at their places among the words'.
    let before = 0;
    for (const r of runs) {
      r.lexemes.forEach((lexemes, k) => {
        for (const l of lexemes) add(l, String(r.after + before + k + 1), 1);
      });
      before += r.lexemes.length;
    }
    return tooMany || read.count + width > MAX_POSITION ? null : parts.join(" ");
  }
}

/** Words and runs whose lexemes are to be asked of the store. */
interface Unknown {
  words: Set<string>;
  runs: Set<string>;
}

const MISSING = Symbol("missing");
const SIMPLE_CODE = SIMPLE.charCodeAt(0);

/** Positions "3,17" as they are once the runs' tokens come between the words'. */
function shifted(positions: string, runs: Run[]): string {
  return positions.split(",").map((p) => {
    const original = Number(p);
    let n = original;
    for (let j = 0; j < runs.length && runs[j]!.after < original; j++) n += runs[j]!.lexemes.length;
    return n;
  }).join(",");
}

function countOf(positions: string): number {
  let n = 1;
  for (let i = 0; i < positions.length; i++) if (positions.charCodeAt(i) === 44 /* , */) n++;
  return n;
}

/** A lexeme as tsvector's input reads it: quoted, with quotes doubled and backslashes escaped. */
function quoted(l: string): string {
  return /['\\]/.test(l) ? `'${l.replace(/\\/g, "\\\\").replace(/'/g, "''")}'` : `'${l}'`;
}

/** Whether 'english' maps the token types as PostgreSQL ships it, and simple keeps every word. */
async function standardConfiguration(tx: Queryable): Promise<boolean> {
  const { rows } = await tx.query<{ alias: string; dicts: string[] }>(
    `select t.alias, array_agg(d.dictname::text order by m.mapseqno) as dicts
     from pg_ts_config c
     join pg_ts_config_map m on m.mapcfg = c.oid
     join pg_ts_dict d on d.oid = m.mapdict
     join ts_token_type('default') t on t.tokid = m.maptokentype
     where c.cfgname = 'english' and c.cfgnamespace = 'pg_catalog'::regnamespace
     group by t.alias`);
  const mapped = new Map(rows.map((r) => [r.alias, r.dicts]));
  const simple = await tx.query<{ options: string | null }>(
    "select dictinitoption as options from pg_ts_dict where dictname = 'simple' and dictnamespace = 'pg_catalog'::regnamespace");
  return Object.entries(EXPECTED_MAPPING).every(([alias, dict]) => mapped.get(alias)?.length === 1 && mapped.get(alias)![0] === dict)
    && simple.rows.length === 1 && !simple.rows[0]!.options;
}

/**
 * Whether articles bound for `store` get their search words read at extraction. For PGlite,
 * yes: its parser runs on the thread that stores, the busiest of an ingest, and building the
 * vector here costs that thread a fifth of what parsing did (10,000 generated articles: 27.7–30.9 s
 * against 32.3–33.7). A server parses in a process of its own, on a core of its own or another
 * machine, while reading the words would fall on the extraction threads, the busiest then:
 * into a local server the same ingest took 20.0–20.5 s with them against 17.8–18.3 s without.
 */
export function readsSearchWords(store: Database): boolean {
  return store.embedded;
}

const lexicons = new WeakMap<Database, SearchLexicon>();

/** The lexicon of one store, kept as long as the store is open. */
export function lexiconOf(store: Database): SearchLexicon {
  let l = lexicons.get(store);
  if (!l) lexicons.set(store, (l = new SearchLexicon()));
  return l;
}
