// Our words must be our own: no run of more than 8 words may be shared with
// the seed material (issue "The balance check and the stage readiness").
//
//   node scripts/seed-runs.mjs make [seeds-dir]   writes content/seed-runs.txt
//   node scripts/seed-runs.mjs check [seeds-dir]  lists shared runs, exits 1 if any
//
// The seeds live beside the checkout (../shared/seeds), not in it, so `make`
// keeps only a hash of every 9-word run of them in content/seed-runs.txt;
// the host test `content::seed_runs` checks the English catalogs against
// that file on any clone. `check` reads the seeds themselves and prints the
// runs, for a writer fixing one.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RUN = 9;
const mode = process.argv[2];
const seedsDir = process.argv[3] ?? '../shared/seeds';

/** Lower-case words, apostrophes kept inside them, everything else a break. */
export function words(text) {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** FNV-1a (64 bits) of a run's words joined by single spaces, its low 40
 *  bits in 10 hex digits (as the Rust test): few enough to keep the file
 *  small, enough that no run of ours matches a seed's by chance. */
export function hash(run) {
  let h = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(run, 'utf8')) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return (h & 0xffffffffffn).toString(16).padStart(10, '0');
}

function runs(list) {
  const out = [];
  for (let i = 0; i + RUN <= list.length; i++) out.push(list.slice(i, i + RUN).join(' '));
  return out;
}

function seedTexts() {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
}

function catalogTexts(dir = 'content/words/en') {
  const texts = [];
  const walk = (value, key) => {
    if (typeof value === 'string') texts.push([key, value]);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    walk(JSON.parse(readFileSync(join(dir, file), 'utf8')), file.replace(/\.json$/, ''));
  }
  return texts;
}

if (mode === 'make') {
  const hashes = new Set(seedTexts().flatMap((t) => runs(words(t)).map(hash)));
  writeFileSync(
    'content/seed-runs.txt',
    `# ${RUN}-word runs of the seeds, hashed (scripts/seed-runs.mjs)\n${[...hashes].sort().join('\n')}\n`,
  );
  console.log(`content/seed-runs.txt: ${hashes.size} runs`);
} else if (mode === 'check') {
  const seedRuns = new Set(seedTexts().flatMap((t) => runs(words(t))));
  let found = 0;
  for (const [key, text] of catalogTexts()) {
    for (const run of runs(words(text))) {
      if (seedRuns.has(run)) {
        found++;
        console.log(`${key}: "${run}"`);
      }
    }
  }
  console.log(found ? `${found} runs of ${RUN} words shared with a seed` : 'no shared runs');
  process.exit(found ? 1 : 0);
} else {
  console.error('usage: node scripts/seed-runs.mjs make|check [seeds-dir]');
  process.exit(2);
}
