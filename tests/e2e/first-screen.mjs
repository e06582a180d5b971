// What the first-screen tests share (tests/e2e/first-screen.test.mjs in
// Chromium, tests/journeys/first-screen.test.mjs in every engine): the
// home's first screen as the build wrote it into index.html, and a page
// function that gives it and the app's body as the engine writes them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST } from './helpers.mjs';

const index = await readFile(join(DIST, 'index.html'), 'utf8');

/** The first screen index.html carries (scripts/finish-build.mjs writes it in). */
export const WRITTEN = index.match(/<div class=first-screen id=first-screen>([\s\S]*?)<\/div><noscript>/)?.[1];

/** The address of index.html's wasm bundle, to hold back or refuse. */
export const WASM = `/${index.match(/forkpoint-[0-9a-f]+_bg\.wasm/)?.[0]}`;

/**
 * In the page: the app's body (without what is not the app's: the no-script
 * line, the update notice) and `html` parsed there, both as this engine
 * writes them, to compare.
 */
export function bothScreens(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const body = document.body.cloneNode(true);
  body.querySelectorAll('noscript, #forkpoint-update').forEach((node) => node.remove());
  return { app: body.innerHTML, build: template.innerHTML };
}
