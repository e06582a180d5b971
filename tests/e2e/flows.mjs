// Steps a person takes again and again in the tests: answering the quiz,
// finishing the diagnostic, answering the instruments with pages of their
// own by keyboard, reading what the app stored.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';
import { KEYING, strongestToward } from './quiz-content.mjs';

export const TOTAL = KEYING.size;
export const DOCUMENT_KEY = 'forkpoint:document';

/** The statement on screen (the radio group's legend). */
export async function statement(page) {
  return (await page.locator('legend h1').textContent()).trim();
}

/** Answers the quiz question on screen and moves on. */
export async function answerOne(page, answer = (s) => strongestToward('Multiplier', s)) {
  await page.getByRole('radio', { name: answer(await statement(page)), exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

/**
 * Whether the screen now shows a question (rather than the review): waits
 * for one or the other, as a question after the first may wait a moment
 * for the page's later words, which hold its statement.
 */
export async function onAQuestion(page) {
  const question = page.getByRole('radio').first();
  await question.or(page.locator('main .review-list')).waitFor();
  return question.isVisible();
}

/** Answers every remaining question, each `answer`'s way, up to the review. */
export async function answerAll(page, answer) {
  while (await onAQuestion(page)) await answerOne(page, answer);
}

/** Answers every remaining question and opens the result. */
export async function finishQuiz(page) {
  await answerAll(page);
  await page.getByRole('button', { name: 'See my result' }).click();
  await page.getByText(/^Confidence: /).waitFor();
}

/** From the diagnostic's intro: picks choice `pick` on all five, skips the context. */
export async function finishPath(page, pick = 0) {
  await page.getByRole('button', { name: /Start the diagnostic|Continue where I left off/ }).click();
  for (let n = 1; n <= 5; n += 1) {
    await page.getByText(`Question ${n} of 5`, { exact: true }).waitFor();
    await page.getByRole('radio').nth(pick).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await page.getByRole('heading', { level: 1, name: /% management \// }).waitFor();
}

/** What the app stored under `key`. */
export const stored = (page, key = DOCUMENT_KEY) => page.evaluate((k) => localStorage.getItem(k), key);

/** Sam's answers in the order asked (docs/instruments.md): over-managing, 77 and 15. */
export const SAM = '524241413152342414242525';
/** Alex's: a team lead (the second rung), then the rung's and the ladders' statements. */
export const ALEX = '2424423542425444342211';

/**
 * Answers questions by keyboard from question `first`: its digit, then
 * Enter; the last one leads to the review. `scope` is where the screens are
 * (the page, or an embed's frame inside it).
 */
export async function answerByKeyboard(page, positions, first = 1, scope = page) {
  let last = false;
  for (const [at, position] of [...positions].entries()) {
    const progress = scope.getByText(new RegExp(`^Question ${first + at} of \\d+$`));
    await progress.waitFor();
    const [number, total] = (await progress.textContent()).match(/\d+/g).map(Number);
    last = number === total;
    await scope.getByRole('radio').first().waitFor();
    await page.keyboard.press(position);
    await page.keyboard.press('Enter');
  }
  if (last) await scope.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
}

/** The balance check's positions that show only one side's signs, every sign at its strongest. */
export async function extreme(scale) {
  const definition = JSON.parse(await readFile(join(ROOT, 'content/instruments/balance.json'), 'utf8'));
  const scaleOf = new Map(definition.signs.map((sign) => [sign.id, sign.scale]));
  return definition.items
    .map((item) => {
      const shown = scaleOf.get(item.sign) === scale;
      return shown !== Boolean(item.reverse) ? '5' : '1';
    })
    .join('');
}
