// The shapes of the knowledge files (knowledge/*.json and any user folder).
// Validated at load time so a bad user file fails with its name and the problem.
import { z } from "zod";

const isoCountry = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code such as RU");
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "an ISO date: YYYY, YYYY-MM or YYYY-MM-DD");

export const countrySchema = z.object({
  code: isoCountry,
  /** Names of the state: "Russia", "Russian Federation". */
  names: z.array(z.string().min(1)).min(1),
  /** Adjectives and nouns for its people: "Russian", "Chinese". */
  demonyms: z.array(z.string()).default([]),
  /** Names of its armed forces and their branches that imply the state: "PLA", "PLA Navy". */
  forces: z.array(z.string()).default([]),
  /** Capital first; a capital named alone stands for the government ("Moscow appreciates..."). */
  capitals: z.array(z.string()).default([]),
});

export const placeSchema = z.object({
  /** Canonical name as used in English news: "Vladivostok", "Sea of Japan". */
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** The state it lies in; null for open seas and international waters. */
  country: isoCountry.nullable(),
  kind: z.enum(["city", "port", "base", "region", "sea", "range"]),
});

export const rankSchema = z.object({
  /** Canonical rank: "Colonel-General". */
  rank: z.string().min(1),
  /** Other spellings and abbreviations: "Colonel General", "Col. Gen.", "Col.-Gen.". */
  variants: z.array(z.string()).default([]),
});

export const postSchema = z.object({
  /** Canonical post: "Defense Minister". */
  post: z.string().min(1),
  /** Phrases that name the post, lower case, without the state: "minister of defense", "defence minister", "defense chief". */
  variants: z.array(z.string()).default([]),
  /** True for posts held only by state officials (so a holder serves a state). */
  official: z.boolean().default(true),
});

export const organisationSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** The state it belongs to, when it belongs to one ("Central Military Commission" → CN). */
  country: isoCountry.nullable(),
});

export const frameworkSchema = z.object({
  /** Common short name: "SCO", "ADMM-Plus". */
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
});

export const heldPostSchema = z.object({
  title: z.string().min(1),
  from: isoDate.nullable().default(null),
  to: isoDate.nullable().default(null),
});

export const personSchema = z.object({
  /** Canonical name: given + family name in the order and spelling most used in English news. */
  name: z.string().min(1),
  /** Other full-name forms and misspellings seen in news: "Sergey Shoygu", "Medvedve". */
  aliases: z.array(z.string()).default([]),
  country: isoCountry.nullable(),
  rank: z.string().nullable().default(null),
  posts: z.array(heldPostSchema).default([]),
});

export const outletSchema = z.object({
  /** As commonly named: "TASS", "Xinhua". */
  name: z.string().min(1),
  /** Forms that name it in a text: "(Xinhua)", "/TASS/", "Xinhua News Agency". */
  aliases: z.array(z.string()).default([]),
  /** Host names of its web sites, for input with a URL: "tass.com". */
  domains: z.array(z.string()).default([]),
});

/** Name material for persons no file lists (knowledge/names.json; an object, not a list). */
export const namesSchema = z.object({
  /** Chinese (and other East Asian) family names, written first: "Li", "Wei", "Han". */
  familyNamesFirst: z.array(z.string()).default([]),
  /** Common given names in English spelling, written first: "Valery", "Sergei", "Lloyd". */
  givenNames: z.array(z.string()).default([]),
  /** Capitalised words that never start or continue a person's name: "Navy", "Monday", "Joint". */
  notNames: z.array(z.string()).default([]),
});

export const knowledgeFileSchemas = {
  countries: z.array(countrySchema),
  places: z.array(placeSchema),
  ranks: z.array(rankSchema),
  posts: z.array(postSchema),
  organisations: z.array(organisationSchema),
  frameworks: z.array(frameworkSchema),
  persons: z.array(personSchema),
  outlets: z.array(outletSchema),
  names: namesSchema,
} as const;

export type Country = z.infer<typeof countrySchema>;
export type Place = z.infer<typeof placeSchema>;
export type Rank = z.infer<typeof rankSchema>;
export type Post = z.infer<typeof postSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type KnownPerson = z.infer<typeof personSchema>;
export type Outlet = z.infer<typeof outletSchema>;
export type Names = z.infer<typeof namesSchema>;

/** Everything the extractor knows, merged from the built-in folder and user folders. */
export interface Knowledge {
  countries: Country[];
  places: Place[];
  ranks: Rank[];
  posts: Post[];
  organisations: Organisation[];
  frameworks: Framework[];
  persons: KnownPerson[];
  outlets: Outlet[];
  names: Names;
}
