// Reads the Fork quiz statements and their keying from the Rust content
// (src/quiz/items.rs), so the tests can answer "toward the Multiplier" as a
// person who knows their own mind would, without a second copy of the items.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const source = readFileSync(join(ROOT, 'src', 'quiz', 'items.rs'), 'utf8');
const unescape = (s) => JSON.parse(`"${s}"`);

/** Map from statement text to 'Multiplier' | 'Maker' | 'Motivation'. */
export const KEYING = new Map();
for (const m of source.matchAll(/lean\(\s*"[^"]+",\s*"((?:[^"\\]|\\.)*)",\s*\w+,\s*(Maker|Multiplier)\b/g)) {
  KEYING.set(unescape(m[1]), m[2]);
}
for (const m of source.matchAll(/motive\(\s*"[^"]+",\s*"((?:[^"\\]|\\.)*)",/g)) {
  KEYING.set(unescape(m[1]), 'Motivation');
}

export const SCALE = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];

/** The answer label that points as far as possible toward `side`. */
export function strongestToward(side, statement) {
  const keying = KEYING.get(statement);
  if (keying === undefined) throw new Error(`statement not found in items.rs: ${statement}`);
  if (keying === 'Motivation') return 'Strongly disagree';
  return keying === side ? 'Strongly agree' : 'Strongly disagree';
}
