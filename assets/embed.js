// Forkpoint's embed loader, for career sites: one <script> next to one or
// more <div data-forkpoint ...> elements. Each element gets a sandboxed
// frame with the instrument; the frame grows with its content, and its
// messages arrive as DOM events on the element (forkpoint:ready, :started,
// :step, :height, :complete; the message is event.detail). Every attribute is
// checked against an allow-list or a strict pattern; anything else is
// ignored with a console warning. Documented in embedding.html.
(() => {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const base = new URL('.', script.src);
  const PREFIX = 'forkpoint:v1:';
  // Each instrument's embed page, frame title and result bands: written in
  // by the build from pages.json, content/instruments and content/words.
  const INSTRUMENTS = /*{{INSTRUMENTS}}*/ {};
  const embeds = [];
  let counter = 0;

  const warn = (element, name, why) => console.warn(`Forkpoint embed: ignored ${name} on`, element, `(${why})`);

  function choice(element, name, allowed, fallback) {
    const value = element.getAttribute(name);
    if (value === null) return fallback;
    if (allowed.includes(value)) return value;
    warn(element, name, `expected ${allowed.join(', ')}`);
    return fallback;
  }

  function pixels(element, name, fallback) {
    const value = element.getAttribute(name);
    if (value === null) return fallback;
    if (/^\d{1,5}$/.test(value) && Number(value) >= 200 && Number(value) <= 10000) return Number(value);
    warn(element, name, 'expected whole pixels from 200 to 10000');
    return fallback;
  }

  function httpsUrl(value) {
    if (/[\s"'<>\\`]/.test(value) || value.length > 2000) return null;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname ? url.href : null;
    } catch {
      return null;
    }
  }

  function settings(element) {
    const instrument = choice(element, 'data-forkpoint-instrument', Object.keys(INSTRUMENTS), 'quiz');
    const params = new URLSearchParams();
    let id = element.getAttribute('data-forkpoint-id');
    if (id !== null && (!/^[A-Za-z0-9_-]{1,64}$/.test(id) || embeds.some((e) => e.id === id))) {
      warn(element, 'data-forkpoint-id', 'expected up to 64 letters, digits, - or _, unique on the page');
      id = null;
    }
    while (id === null || embeds.some((e) => e.id === id)) id = `forkpoint-${(counter += 1)}`;
    params.set('id', id);
    params.set('origin', location.origin);
    params.set('theme', choice(element, 'data-forkpoint-theme', ['light', 'dark', 'auto'], 'auto'));
    const accent = element.getAttribute('data-forkpoint-accent');
    if (accent !== null) {
      if (/^#[0-9a-fA-F]{6}$/.test(accent)) params.set('accent', accent);
      else warn(element, 'data-forkpoint-accent', 'expected a colour #rrggbb');
    }
    for (const { name, value } of [...element.attributes]) {
      const cta = /^data-forkpoint-cta-([a-z-]+)-(url|label)$/.exec(name);
      if (!cta) continue;
      if (!INSTRUMENTS[instrument].bands.includes(cta[1])) {
        warn(element, name, `no such result band for ${instrument}`);
      } else if (cta[2] === 'url') {
        const url = httpsUrl(value);
        if (url) params.set(`cta-${cta[1]}-url`, url);
        else warn(element, name, 'expected an https: address');
      } else if (value.trim() && value.length <= 80 && !/[\u0000-\u001f\u007f<>]/.test(value)) {
        params.set(`cta-${cta[1]}-label`, value.trim());
      } else {
        warn(element, name, 'expected text of up to 80 characters, without < or >');
      }
    }
    const min = pixels(element, 'data-forkpoint-min-height', 420);
    const max = Math.max(min, pixels(element, 'data-forkpoint-max-height', 10000));
    return { id, instrument, params, min, max };
  }

  function mount(element) {
    if (element.hasAttribute('data-forkpoint-mounted')) return;
    element.setAttribute('data-forkpoint-mounted', '');
    const { id, instrument, params, min, max } = settings(element);
    const frame = document.createElement('iframe');
    frame.src = new URL(`${INSTRUMENTS[instrument].page}?${params}`, base).href;
    frame.title = INSTRUMENTS[instrument].title;
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-downloads allow-popups allow-popups-to-escape-sandbox');
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    // Through the CSSOM, so even a strict style-src on the host allows it.
    Object.assign(frame.style, { display: 'block', width: '100%', border: '0', height: `${min}px` });
    element.append(frame);
    embeds.push({ id, element, frame, min, max, height: min });
  }

  addEventListener('message', (event) => {
    const embed = embeds.find((e) => e.frame.contentWindow === event.source);
    const data = event.data;
    if (!embed || event.origin !== base.origin) return;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || !data.type.startsWith(PREFIX)) return;
    if (data.embedId !== embed.id) return;
    const kind = data.type.slice(PREFIX.length);
    if (!['ready', 'started', 'step', 'height', 'complete'].includes(kind)) return;
    // Tells the frame its page is at the origin it was given, which only
    // this page can: its calls to action show only then.
    if (kind === 'ready') embed.frame.contentWindow.postMessage({ type: `${PREFIX}host`, embedId: embed.id }, base.origin);
    if (kind === 'height') {
      const height = Math.min(embed.max, Math.max(embed.min, Math.ceil(Number(data.height))));
      if (!Number.isFinite(height) || height === embed.height) return;
      embed.height = height;
      embed.frame.style.height = `${height}px`;
    }
    embed.element.dispatchEvent(new CustomEvent(`forkpoint:${kind}`, { detail: data, bubbles: true }));
  });

  const scan = () => document.querySelectorAll('[data-forkpoint]').forEach(mount);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
