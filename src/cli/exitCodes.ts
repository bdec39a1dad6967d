// Exit codes of the attache command line.

/** Some inputs were skipped (unreadable, binary, a broken JSONL line), the rest came out. */
export const EXIT_SKIPPED = 2;
/** The command could not run: bad options, a store that cannot be opened. */
export const EXIT_FAILED = 1;
