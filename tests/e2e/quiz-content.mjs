// Reads the Fork quiz statements and their keying from the content files
// (content/instruments/quiz.json, and content/words/en/quiz.json with the
// first statement and quiz_statements.json with the others), so the
// tests can answer "toward the Multiplier" as a person who knows their own
// mind would, without a second copy of the items.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const read = (path) => JSON.parse(readFileSync(join(ROOT, ...path.split('/')), 'utf8'));
const definition = read('content/instruments/quiz.json');
const words = { items: { ...read('content/words/en/quiz.json').items, ...read('content/words/en/quiz_statements.json').items } };

/** Map from statement text to 'Multiplier' | 'Maker' | 'Motivation'. */
export const KEYING = new Map(
  definition.items.map((item) => [
    words.items[item.id],
    item.flag ? 'Motivation' : item.key === 'multiplier' ? 'Multiplier' : 'Maker',
  ]),
);

export const SCALE = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];

/** The answer label that points as far as possible toward `side`. */
export function strongestToward(side, statement) {
  const keying = KEYING.get(statement);
  if (keying === undefined) throw new Error(`statement not found in the content files: ${statement}`);
  if (keying === 'Motivation') return 'Strongly disagree';
  return keying === side ? 'Strongly agree' : 'Strongly disagree';
}
