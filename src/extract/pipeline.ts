// The extractor's configuration: which recognizers run, in which order, and the refiners
// after them. Adding a kind of mention or event is adding a file and a line here.
import type { EventRecognizer } from "./events/eventRecognizer.js";
import { agreementRecognizer } from "./events/agreement.js";
import { callRecognizer } from "./events/call.js";
import { exerciseRecognizer } from "./events/exercise.js";
import { meetingRecognizer } from "./events/meeting.js";
import { multilateralMeetingRecognizer } from "./events/multilateralMeeting.js";
import { portCallRecognizer } from "./events/portCall.js";
import { visitRecognizer } from "./events/visit.js";
import type { Recognizer } from "./recognizers/recognizer.js";
import { recognizeCountries } from "./recognizers/countries.js";
import { recognizePlaces } from "./recognizers/places.js";
import { recognizeFrameworks } from "./recognizers/frameworks.js";
import { recognizeOrganisations } from "./recognizers/organisations.js";
import { recognizeRanks } from "./recognizers/ranks.js";
import { recognizePosts } from "./recognizers/posts.js";
import { recognizeDates } from "./recognizers/dates.js";
import { recognizeYears } from "./recognizers/years.js";
import { recognizeKnownPersons } from "./recognizers/knownPersons.js";
import { recognizeTitledPersons } from "./recognizers/titledPersons.js";
import { recognizeAppositivePersons } from "./recognizers/appositivePersons.js";
import { recognizePatternPersons } from "./recognizers/patternPersons.js";
import type { Doc } from "./document.js";
import { resolveStates } from "./refiners/resolveStates.js";
import { dateUndated } from "./refiners/dateUndated.js";
import { dropUnanchored, mergeEvents } from "./refiners/mergeEvents.js";
import { markPrimary } from "./refiners/markPrimary.js";
import { addCounterpart } from "./refiners/addCounterpart.js";
import { inheritParticipants } from "./refiners/inheritParticipants.js";
import { addCommanders } from "./refiners/addCommanders.js";

/** Mention recognizers, in order: gazetteers first, so name recognizers can see titles and places. */
export const mentionRecognizers: Recognizer[] = [
  recognizeCountries, recognizePlaces, recognizeFrameworks, recognizeOrganisations, recognizeRanks, recognizePosts,
  recognizeDates, recognizeYears,
  recognizeKnownPersons, recognizeTitledPersons, recognizeAppositivePersons, recognizePatternPersons,
];

export const eventRecognizers: EventRecognizer[] = [
  meetingRecognizer, multilateralMeetingRecognizer, callRecognizer, visitRecognizer, exerciseRecognizer, agreementRecognizer, portCallRecognizer,
];

/** Event refiners, in order. */
export const eventRefiners: ((doc: Doc) => void)[] = [inheritParticipants, resolveStates, mergeEvents, dateUndated, dropUnanchored, addCounterpart, markPrimary, addCommanders];
