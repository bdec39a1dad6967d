// Extraction: a pure function of one cleaned article and the knowledge (no I/O).
import type { Article } from "../article.js";
import type { CompiledKnowledge } from "../knowledge/compile.js";
import { buildEntities } from "./coref/buildEntities.js";
import { addCredits } from "./coref/credits.js";
import { dropShipNames } from "./coref/shipNames.js";
import { resolveSurnameReferences } from "./coref/surnameReferences.js";
import { resolveTitleReferences } from "./coref/titleReferences.js";
import type { Doc } from "./document.js";
import { findEvents } from "./events/findEvents.js";
import { dropNestedMentions } from "./refiners/nestedMentions.js";
import { eventRecognizers, eventRefiners, mentionRecognizers } from "./pipeline.js";
import type { DocResult } from "./result.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";
import { toDocResult } from "./toDocResult.js";

function referenceDay(article: Article): Date | null {
  const iso = article.published?.length === 10 ? article.published : article.dateline?.date?.length === 10 ? article.dateline.date : null;
  return iso ? new Date(`${iso}T12:00:00Z`) : null;
}

export function annotate(article: Article, k: CompiledKnowledge): Doc {
  const tokens = tokenize(article.text);
  const doc: Doc = {
    article, text: article.text, reference: referenceDay(article), tokens,
    sentences: splitSentences(article.text, tokens, { abbreviations: k.abbreviations }),
    mentions: [], persons: [], events: [],
  };
  for (const recognize of mentionRecognizers) recognize(doc, k);
  dropNestedMentions(doc);
  dropShipNames(doc);
  buildEntities(doc, k);
  addCredits(doc, k);
  resolveSurnameReferences(doc, k);
  resolveTitleReferences(doc);
  findEvents(doc, eventRecognizers, k);
  for (const refine of eventRefiners) refine(doc);
  return doc;
}

export function extractArticle(article: Article, k: CompiledKnowledge): DocResult {
  return toDocResult(annotate(article, k));
}
