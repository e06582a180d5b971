// Steps a person takes again and again in the tests: answering the quiz,
// finishing the diagnostic, reading what the app stored.
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

/** Answers every remaining question and opens the result. */
export async function finishQuiz(page) {
  while ((await page.getByRole('radio').count()) > 0) await answerOne(page);
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
