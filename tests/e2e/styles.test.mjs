// The stylesheets say start and end, never left and right, so a language
// written right to left lays out as a mirror of English with no other CSS.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.mjs';

const PHYSICAL = /(?:^|[\s;{])((?:margin|padding|border)-(?:left|right)[\w-]*|left|right|float|clear)\s*:|text-align\s*:\s*(?:left|right)|translateX\(/;

test('every stylesheet uses logical properties for the inline direction', async () => {
  const dir = join(ROOT, 'styles');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.css'));
  assert.ok(files.includes('main.css'));
  const found = [];
  for (const file of files) {
    const lines = (await readFile(join(dir, file), 'utf8')).split('\n');
    lines.forEach((line, at) => {
      if (PHYSICAL.test(line.replace(/\/\*.*?\*\//g, ''))) found.push(`${file}:${at + 1}: ${line.trim().slice(0, 100)}`);
    });
  }
  assert.deepEqual(found, []);
});

test('the check would see a physical property', () => {
  for (const rule of ['.a { margin-left: 1rem; }', '.b{left:0}', 'th { text-align: right; }', '.c { border-right-color: red; }', '.d { transform: translateX(-50%); }']) {
    assert.ok(PHYSICAL.test(rule), rule);
  }
  for (const rule of ['.a { margin-inline-start: 1rem; }', '.b { inset-inline: 0; }', 'th { text-align: start; }', '.e { overflow-wrap: break-word; }']) {
    assert.ok(!PHYSICAL.test(rule), rule);
  }
});
