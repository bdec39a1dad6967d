// Values of the scripts' command-line flags (read with node:util's parseArgs), checked.

/** The value of a whole-number flag, at least `min`; `fallback` when the flag was not given. */
export function wholeNumber(flag: string, value: string | undefined, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < min) {
    throw new Error(`--${flag}: not ${min > 0 ? "a positive" : "a non-negative"} integer: ${value}`);
  }
  return n;
}
