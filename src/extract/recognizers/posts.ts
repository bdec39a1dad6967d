// Posts and offices: "defense minister", "Chief of the General Staff", "editor-in-chief".
import type { Recognizer } from "./recognizer.js";
import { addPhraseMatches } from "./recognizer.js";

export const recognizePosts: Recognizer = (doc, k) => {
  addPhraseMatches(doc, k.posts.findAll(doc.tokens), (hit, base) => ({ kind: "post", ...base, post: hit.post, official: hit.official }));
};
