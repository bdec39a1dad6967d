// The last day an event's dates can stand for, in SQL: the end date's if it has one, else the
// date's; "2019" ends on 2019-12-31 and "2019-04" on "2019-04-31" (an upper bound for comparing
// ISO days as text, like events.date_lo for the first day).
export const lastDay = (events: string) => `(select case when x is null then null when length(x) = 4 then x || '-12-31'
  when length(x) = 7 then x || '-31' else x end from coalesce(${events}.date_end, ${events}.date) as x)`;
