// A second, changed build for the update tests, made from dist/ as a deploy
// of a new stylesheet would be: a copy whose home page's stylesheet has one
// more rule, so a new hashed name, the pages pointing at it (integrity
// included), and the finishing step run again (new sw.js, manifest and
// headers).
// `changedBuild(dist, { withoutWasm: true })` is a broken deploy: its home
// page and sw.js name a new wasm file that never reached the server.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGES } from '../../scripts/pages.mjs';
import { ROOT } from './helpers.mjs';

export async function changedBuild(dist, { withoutWasm = false } = {}) {
  // The site in base/site: the finishing step writes the nginx snippet beside it.
  const base = await mkdtemp(join(tmpdir(), 'forkpoint-deploy-'));
  const dir = join(base, 'site');
  await cp(dist, dir, { recursive: true });
  // The home page's one stylesheet (scripts/shells.mjs), which the pages
  // with the same stylesheets share.
  const oldCss = (await readFile(join(dir, 'index.html'), 'utf8')).match(/href="?\.\/(main-site-[0-9a-f]+\.css)/)?.[1];
  if (!oldCss) throw new Error(`${dist}/index.html links no main-site stylesheet`);
  const body = `${await readFile(join(dir, oldCss), 'utf8')}\n.deployed-later{display:block}\n`;
  const newCss = `main-site-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.css`;
  await writeFile(join(dir, newCss), body);
  await rm(join(dir, oldCss));
  const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`;
  for (const page of PAGES) {
    const path = join(dir, page);
    const html = await readFile(path, 'utf8');
    const tag = html.match(new RegExp(`<link[^>]*${oldCss.replace('.', '\\.')}[^>]*>`))?.[0];
    if (!tag) continue;
    const next = tag.replace(oldCss, newCss).replace(/integrity="?sha384-[^"\s>]+"?/, `integrity=${integrity}`);
    await writeFile(path, html.replace(tag, next));
  }
  let missing;
  if (withoutWasm) {
    // As if the code had changed too (a new hashed name), built whole, then uploaded without it.
    const wasm = (await readdir(dir)).find((f) => /^forkpoint-[0-9a-f]+_bg\.wasm$/.test(f));
    missing = wasm.replace(/-[0-9a-f]+_bg/, '-0123456789abcdef_bg');
    await rename(join(dir, wasm), join(dir, missing));
    const home = join(dir, 'index.html');
    await writeFile(home, (await readFile(home, 'utf8')).replaceAll(wasm, missing));
  }
  execFileSync('node', ['scripts/finish-build.mjs', dir], { cwd: ROOT, stdio: 'ignore' });
  if (missing) await rm(join(dir, missing));
  return { dir, oldCss, newCss, missing, remove: () => rm(base, { recursive: true, force: true }) };
}
