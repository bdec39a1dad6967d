// Parsers for option values shared by several commands.
import { InvalidArgumentError } from "commander";

/** A whole-number option of at least `min`, refused with the flag's name otherwise. */
export const wholeNumber = (flag: string, min: number) => (v: string): number => {
  const n = Number(v);
  if (v.trim() === "" || !Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${flag} must be a whole number of at least ${min}, not "${v}"`);
  return n;
};
