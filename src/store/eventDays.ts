// The last day an event's dates can stand for, in SQL: the later of its date's and its end
// date's, as the event's signature takes it (src/cluster/eventSignature.ts); "2019" ends on
// 2019-12-31 and "2019-04" on "2019-04-31" (an upper bound for comparing ISO days as text, like
// events.date_lo for the first day). An end date may end before its date does: "2019-04" ended
// "2019-04-10", or a day merged in from another sentence after the end date.
const endOf = (x: string) => `case when length(${x}) = 4 then ${x} || '-12-31' when length(${x}) = 7 then ${x} || '-31' else ${x} end`;

export const lastDay = (events: string) =>
  `(case when ${events}.date is null then null else greatest(${endOf(`${events}.date`)}, ${endOf(`${events}.date_end`)}) end)`;
