// The article as it moves through the pipeline: read → cleaned → extracted.

/** What a reader produced from one input: a file, a JSONL line, or stdin. */
export interface RawArticle {
  /** File name without extension, or the JSONL `id`. */
  id: string;
  /** Where it came from: a path, `path:line` for JSONL, or `-` for stdin. */
  source: string;
  format: "txt" | "html" | "jsonl";
  /** The content as read (HTML markup included for html). */
  raw: string;
  url?: string | null;
  /** Metadata given by the input itself (JSONL fields); wins over what cleaning finds. */
  published?: string | null;
  outlet?: string | null;
}

export interface Dateline {
  /** Place as written ("MOSCOW", "BEIJING"). */
  place: string;
  /** ISO date (may be month precision when the dateline has no day). */
  date: string | null;
  /** Character range of the dateline in `Article.text`. */
  start: number;
  end: number;
}

/** An article after cleaning: the text every later stage reads, with offsets into it. */
export interface Article {
  id: string;
  source: string;
  url: string | null;
  raw: string;
  /** Cleaned text: page furniture removed. All offsets in the pipeline refer to this string. */
  text: string;
  /** ISO date (YYYY-MM-DD, or coarser) of publication, or null. */
  published: string | null;
  outlet: string | null;
  dateline: Dateline | null;
}

/** A reader's complaint about one input; the batch goes on without it. */
export interface InputProblem {
  source: string;
  /** 1-based line for JSONL input. */
  line?: number;
  reason: string;
}
