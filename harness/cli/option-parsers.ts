/**
 * Parsers of numeric CLI options, shared by main.ts and the `*-definition.ts` files: a bad value
 * is refused by commander with the option's name and what was expected.
 */
import { InvalidArgumentError } from 'commander';

export function score0to100(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a score from 0 to 100');
  return n;
}

export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number > 0');
  return n;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}
