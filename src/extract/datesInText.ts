// chrono-node set up for news prose, and handed only the text that can hold a date.
//
// Every date chrono's English parsers read holds a cue: a month or weekday name, a unit of
// time, a casual word ("today") or digits joined by a separator. Sentences without a cue are
// not parsed, and each run of cued sentences is read only by the parsers its cues can feed;
// the refiners see all of a run's results together, as they would see the whole text's.
import * as chrono from "chrono-node";
import type { Doc, Token } from "./document.js";

/** Times of day are never kept, so the parsers that read only times do not run. */
const TIME_ONLY_PARSERS = new Set(["ENTimeExpressionParser", "ENCasualTimeParser"]);

/**
 * Durations ("two days ago", "within a week") are read without unit abbreviations: in prose
 * "in the S-400" is not "in the second", nor "lasts" "last second".
 */
const DURATION_PARSERS = new Set(["ENTimeUnitWithinFormatParser", "ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser"]);

type ParserClass = new (strictOrAbbreviations: boolean) => chrono.Parser;

/** Kinds of cue, as bits of a mask. */
const DIGITS = 1;
const MONTH = 2;
const WEEKDAY = 4;
const UNIT = 8;
const CASUAL = 16;

/** The words that are cues, lower case: whole tokens, as chrono reads them between word boundaries. */
const CUE_WORDS = new Map<string, number>();
const addCues = (bit: number, words: string) => { for (const w of words.split(" ")) CUE_WORDS.set(w, bit); };
addCues(MONTH, "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december");
addCues(WEEKDAY, "mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday weekend weekday");
addCues(UNIT, "second seconds minute minutes hour hours day days week weeks month months quarter quarters year years");
addCues(CASUAL, "now today tonight tomorrow overmorrow tmr tmrw yesterday night");

const isDigits = (t: Token) => t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57;

/** The cues among tokens [from, to): cue words, and digits joined by "/", "." or "-" ("2023-04-16", "1.5"). */
function cuesOf(tokens: Token[], from: number, to: number): number {
  let cues = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    cues |= CUE_WORDS.get(t.lower) ?? 0;
    if (i + 2 < to && isDigits(t) && "/.-".includes(tokens[i + 1]!.text) && isDigits(tokens[i + 2]!)
      && tokens[i + 1]!.start === t.end && tokens[i + 2]!.start === tokens[i + 1]!.end) cues |= DIGITS;
  }
  return cues;
}

/** The cues each parser needs one of, by class name. */
const PARSER_CUES: Record<string, number> = {
  ENYearMonthDayParser: DIGITS | MONTH,
  ISOFormatParser: DIGITS,
  SlashDateFormatParser: DIGITS,
  ENSlashMonthFormatParser: DIGITS,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENYearMonthNameParser: MONTH,
  ENWeekdayParser: WEEKDAY,
  ENTimeUnitWithinFormatParser: UNIT,
  ENTimeUnitAgoFormatParser: UNIT,
  ENTimeUnitLaterFormatParser: UNIT,
  ENRelativeDateFormatParser: UNIT,
  ENTimeUnitCasualRelativeFormatParser: UNIT,
  ENEndOfCurrentMonthParser: UNIT,
  ENCasualDateParser: CASUAL,
};

const newsParser = chrono.casual.clone();
newsParser.parsers = newsParser.parsers
  .filter((p) => !TIME_ONLY_PARSERS.has(p.constructor.name))
  .map((p) => {
    const name = p.constructor.name;
    if (PARSER_CUES[name] === undefined) throw new Error(`chrono parser ${name} has no date cue listed`);
    if (DURATION_PARSERS.has(name)) return new (p.constructor as ParserClass)(true);
    if (name === "ENTimeUnitCasualRelativeFormatParser") return new (p.constructor as ParserClass)(false);
    return p;
  });
/** Dates are resolved as days at UTC: time zones written after a time are never read. */
const TIME_ZONE_REFINERS = new Set(["ExtractTimezoneAbbrRefiner", "ExtractTimezoneOffsetRefiner"]);
newsParser.refiners = newsParser.refiners.filter((r) => !TIME_ZONE_REFINERS.has(r.constructor.name)).map(onlyAfterOfOrThe);

/** One parser per set of cues seen, with the parsers those cues can feed. */
const parsersByCues = new Map<number, chrono.Chrono>();
function parserFor(cues: number): chrono.Chrono {
  let parser = parsersByCues.get(cues);
  if (!parser) {
    parser = newsParser.clone();
    parser.parsers = parser.parsers.filter((p) => (PARSER_CUES[p.constructor.name]! & cues) !== 0);
    parsersByCues.set(cues, parser);
  }
  return parser;
}

/**
 * chrono's end-of-period refiner ("end of the month") tests the whole text before every date
 * against /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i; it is handed only the dates whose text
 * before ends with "of" or "the" and a space, the others it would leave as they are.
 */
function onlyAfterOfOrThe(refiner: chrono.Refiner): chrono.Refiner {
  if (refiner.constructor.name !== "ENEndOfPeriodRefiner") return refiner;
  return {
    refine(context, results) {
      refiner.refine(context, results.filter((r) => endsWithOfOrThe(context.text, r.index)));
      return results;
    },
  };
}

function endsWithOfOrThe(text: string, end: number): boolean {
  let j = end;
  while (j > 0 && /\s/.test(text[j - 1]!)) j--;
  if (j === end) return false;
  return text.slice(j - 2, j).toLowerCase() === "of" || text.slice(j - 3, j).toLowerCase() === "the";
}

/** A chrono result and where it starts in the document's text. */
export interface PlacedResult {
  index: number;
  result: chrono.ParsedResult;
}

/** chrono's results, relative to `reference`, over the runs of consecutive sentences that hold a date cue. */
export function datesInText(doc: Doc, reference: Date): PlacedResult[] {
  const results: PlacedResult[] = [];
  const { text, sentences, tokens } = doc;
  const cues = sentences.map((s) => cuesOf(tokens, s.tokenStart, s.tokenEnd));
  let i = 0;
  while (i < sentences.length) {
    if (!cues[i]) {
      i++;
      continue;
    }
    let runCues = cues[i]!;
    let j = i + 1;
    for (; j < sentences.length && cues[j]; j++) runCues |= cues[j]!;
    const start = sentences[i]!.start;
    const run = text.slice(start, sentences[j - 1]!.end);
    for (const result of parserFor(runCues).parse(run, { instant: reference, timezone: 0 }, { forwardDate: false })) {
      results.push({ index: start + result.index, result });
    }
    i = j;
  }
  return results;
}
