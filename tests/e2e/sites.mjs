// Other sites for the embedding tests: a careers site that embeds Forkpoint
// with the documented snippet, on an origin of its own and under a strict
// CSP of its own; and a forger, on a third origin, that tries to pass
// itself off as the embed. Shared by the Chromium tests and the
// cross-browser journeys.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './server.mjs';

const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** A careers site on its own origin, under its own strict CSP. */
export async function hostSite(app, forger, embeds, { probe = false } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'forkpoint-host-'));
  const elements = embeds
    .map((attributes) => {
      const list = Object.entries(attributes).map(([k, v]) => (v === '' ? k : `${k}="${escapeAttribute(v)}"`));
      return `<div data-forkpoint ${list.join(' ')}></div>`;
    })
    .join('\n');
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers at Example</title><link rel="icon" href="data:,"></head>
<body><main><h1>Careers at Example</h1><p>Which way will you grow?</p>
${elements}
${forger ? `<iframe title="Another site" src="${forger.url}forger.html"></iframe>` : ''}
</main>
<script src="host.js"></script>
<script src="${app.url}embed.js" async></script>
</body></html>`,
  );
  await writeFile(
    join(dir, 'host.js'),
    `window.received = [];
for (const kind of ['ready', 'started', 'step', 'height', 'complete', 'cta']) {
  document.addEventListener('forkpoint:' + kind, (event) => {
    window.received.push({ kind, id: event.target.getAttribute('data-forkpoint-id'), detail: event.detail });
  });
}
// Every message a frame posts to this page, as it came (before the loader picks its fields).
window.posted = [];
addEventListener('message', (event) => { try { window.posted.push(JSON.parse(JSON.stringify(event.data))); } catch { window.posted.push(String(event.data)); } });`,
  );
  const frames = [app.url, forger?.url].filter(Boolean).map((u) => u.replace(/\/$/, '')).join(' ');
  await writeFile(
    join(dir, '_headers'),
    `/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' ${app.url.replace(/\/$/, '')}; frame-src ${frames}; style-src 'self'; img-src 'self' data:\n`,
  );
  const server = await startServer(dir, { probe });
  return { server, dir, close: async () => { await server.close(); await rm(dir, { recursive: true, force: true }); } };
}

/** A third origin that tries to pass itself off as the embed. */
export async function forgerSite() {
  const dir = await mkdtemp(join(tmpdir(), 'forkpoint-forger-'));
  await writeFile(join(dir, 'forger.html'), '<!doctype html><html lang="en"><title>x</title><script src="forger.js"></script></html>');
  await writeFile(
    join(dir, 'forger.js'),
    `let n = 0;
const forge = () => {
  for (const embedId of ['quiz-embed', 'path-embed']) {
    parent.postMessage({ type: 'forkpoint:v1:complete', embedId, result: { band: 'forged' } }, '*');
    parent.postMessage({ type: 'forkpoint:v1:height', embedId, height: 9999 }, '*');
    // And to the embeds beside it, as if it were the page around them.
    for (let at = 0; at < parent.frames.length; at += 1) parent.frames[at].postMessage({ type: 'forkpoint:v1:host', embedId }, '*');
  }
  if ((n += 1) < 20) setTimeout(forge, 100);
};
forge();`,
  );
  const server = await startServer(dir);
  return { url: server.url, close: async () => { await server.close(); await rm(dir, { recursive: true, force: true }); } };
}

