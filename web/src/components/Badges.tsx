// Small labels: an event type in its colour, a state code.
import { TYPE_COLOUR, TYPE_LABEL } from "../format.js";
import type { EventType } from "../types.js";

export const TypeBadge = ({ type }: { type: EventType }) => (
  <span class="badge" style={{ background: TYPE_COLOUR[type] }}>{TYPE_LABEL[type]}</span>
);

export const TypeSwatch = ({ type }: { type: EventType }) => <span class="swatch" style={{ background: TYPE_COLOUR[type] }} />;

export const States = ({ codes }: { codes: string[] }) => <span class="states">{codes.map((c) => <span class="state">{c}</span>)}</span>;
