// Forkpoint's embed loader, for career sites: one <script> next to one or
// more <div data-forkpoint ...> elements. Each element gets a sandboxed
// frame with the instrument, inline (growing with its content) or, with
// data-forkpoint-mode="popup", behind a button that opens it in a modal
// dialog. An inline frame is made when it comes near the screen, a popup's
// when it is first opened (data-forkpoint-lazy="false" makes it at once).
// The frame's messages arrive as DOM events on the element (forkpoint:ready,
// :started, :step, :height, :complete, :cta; event.detail holds the fields
// documented for each, never a person's answers). Every attribute is checked
// against an allow-list or a strict pattern; anything else is ignored with a
// console warning. The host page needs no inline style or script: styles are
// set through the CSSOM. Documented in embedding.html.
(() => {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const base = new URL('.', script.src);
  const PREFIX = 'forkpoint:v1:';
  // Each instrument's embed page and result bands, the languages and the
  // loader's own words in each: written in by the build from pages.json,
  // content/instruments and content/words.
  const BUILD = /*{{BUILD}}*/ {};
  const { instruments: INSTRUMENTS, locales: LOCALES, defaultLocale: DEFAULT_LOCALE, words: WORDS } = BUILD;
  // What the host hears of each message: these fields only, each a plain
  // value (a result: these fields of it). Whatever else a frame sent stays out.
  const FIELDS = {
    ready: ['instrument'],
    started: ['instrument'],
    step: ['instrument', 'screen', 'step', 'total'],
    height: ['instrument', 'height'],
    complete: ['instrument', 'result'],
    cta: ['instrument', 'band'],
  };
  const RESULT_FIELDS = ['band', 'title', 'score', 'confidence'];
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

  /** Short text for a label, or null (and a warning) when it is not that. */
  function label(element, name, value) {
    if (value.trim() && value.length <= 80 && !/[\u0000-\u001f\u007f<>]/.test(value)) return value.trim();
    warn(element, name, 'expected text of up to 80 characters, without < or >');
    return null;
  }

  function httpsUrl(value) {
    if (/[\s"'<>\\`]/.test(value) || value.length > 2000) return null;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname ? url : null;
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
    const locale = choice(element, 'data-forkpoint-lang', LOCALES, null);
    if (locale) params.set('lang', locale);
    // The result in each call to action's address, for the host's own pages.
    const resultInLinks = choice(element, 'data-forkpoint-cta-params', ['result'], null) === 'result';
    for (const { name, value } of [...element.attributes]) {
      const cta = /^data-forkpoint-cta-([a-z-]+)-(url|label)$/.exec(name);
      if (!cta) continue;
      if (!INSTRUMENTS[instrument].bands.includes(cta[1])) {
        warn(element, name, `no such result band for ${instrument}`);
      } else if (cta[2] === 'url') {
        const url = httpsUrl(value);
        if (!url) {
          warn(element, name, 'expected an https: address');
          continue;
        }
        if (resultInLinks) {
          // Appended as text: the host's own query stays byte for byte
          // (a signed or tracking address must not be re-encoded).
          const result = `forkpoint_instrument=${encodeURIComponent(instrument)}&forkpoint_band=${encodeURIComponent(cta[1])}`;
          url.search = url.search ? `${url.search}&${result}` : `?${result}`;
          if (url.href.length > 2000) {
            warn(element, name, 'the address is over 2000 characters with the result added');
            continue;
          }
        }
        params.set(`cta-${cta[1]}-url`, url.href);
      } else {
        const text = label(element, name, value);
        if (text) params.set(`cta-${cta[1]}-label`, text);
      }
    }
    const mode = choice(element, 'data-forkpoint-mode', ['inline', 'popup'], 'inline');
    const words = WORDS[locale ?? DEFAULT_LOCALE];
    const own = element.getAttribute('data-forkpoint-label');
    const button = (own !== null && label(element, 'data-forkpoint-label', own)) || words.open[instrument];
    const lazy = choice(element, 'data-forkpoint-lazy', ['true', 'false'], 'true') === 'true';
    const min = pixels(element, 'data-forkpoint-min-height', 420);
    const max = Math.max(min, pixels(element, 'data-forkpoint-max-height', 10000));
    return { id, element, instrument, params, mode, button, lazy, words, min, max, height: min, frame: null };
  }

  function makeFrame(embed) {
    const frame = document.createElement('iframe');
    frame.src = new URL(`${INSTRUMENTS[embed.instrument].page}?${embed.params}`, base).href;
    frame.title = embed.words.frame_title[embed.instrument];
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-downloads allow-popups allow-popups-to-escape-sandbox');
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    // Through the CSSOM, so even a strict style-src on the host allows it.
    Object.assign(frame.style, { display: 'block', width: '100%', border: '0', height: `${embed.min}px` });
    embed.frame = frame;
    return frame;
  }

  // Frames come when their element is within about a screen of being seen.
  const near = 'IntersectionObserver' in window
    ? new IntersectionObserver((entries) => {
      for (const entry of entries.filter((e) => e.isIntersecting)) {
        near.unobserve(entry.target);
        const embed = embeds.find((e) => e.element === entry.target);
        if (!embed || embed.frame) continue;
        embed.element.append(makeFrame(embed));
        embed.element.style.minHeight = embed.hostMinHeight;
      }
    }, { rootMargin: '100% 0px' })
    : null;

  let backdrop = false;
  /** The dialogs' backdrop, through a constructed sheet (no inline style). */
  function styleBackdrop() {
    if (backdrop) return;
    backdrop = true;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('dialog[data-forkpoint-dialog]::backdrop{background:rgb(0 0 0 / 0.55)}');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    } catch {
      // An older browser keeps its own lighter backdrop.
    }
  }

  /** The popup's dialog with its frame, made once (at mount when not lazy). */
  function popupDialog(embed) {
    if (embed.dialog) return embed.dialog;
    styleBackdrop();
    const dialog = document.createElement('dialog');
    dialog.setAttribute('data-forkpoint-dialog', '');
    dialog.setAttribute('aria-label', embed.words.frame_title[embed.instrument]);
    // The dynamic viewport where the browser has it, so a phone's toolbars
    // never cover the dialog's last controls.
    const screen = window.CSS?.supports?.('height', '100dvh') ? 'dvh' : 'vh';
    Object.assign(dialog.style, {
      width: 'min(46rem, calc(100vw - 1rem))',
      height: `min(52rem, calc(100${screen} - 1rem))`,
      maxWidth: '100vw',
      maxHeight: `100${screen}`,
      padding: '0',
      border: '0',
      borderRadius: '0.75rem',
      overflow: 'hidden',
    });
    const bar = document.createElement('div');
    Object.assign(bar.style, { display: 'flex', justifyContent: 'flex-end', padding: '0.5rem', height: '3rem', boxSizing: 'border-box' });
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = embed.words.close;
    // Plain and legible whatever the host's styles; the system's colours.
    Object.assign(close.style, {
      font: 'inherit',
      padding: '0.25rem 0.9rem',
      border: '1px solid',
      borderRadius: '0.5rem',
      background: 'Canvas',
      color: 'CanvasText',
      cursor: 'pointer',
    });
    close.addEventListener('click', () => dialog.close());
    bar.append(close);
    const frame = makeFrame(embed);
    frame.style.height = 'calc(100% - 3rem)';
    dialog.append(bar, frame);
    // Back to the button that opened it, unless the host has put the focus elsewhere.
    dialog.addEventListener('close', () => {
      const active = document.activeElement;
      if (!active || active === document.body || dialog.contains(active)) embed.open.focus();
    });
    embed.dialog = dialog;
    embed.element.append(dialog);
    return dialog;
  }

  /** A button on the host page that opens the instrument in a modal dialog. */
  function popup(embed) {
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = embed.button;
    open.setAttribute('aria-haspopup', 'dialog');
    open.addEventListener('click', () => popupDialog(embed).showModal());
    embed.open = open;
    embed.element.append(open);
    if (!embed.lazy) popupDialog(embed);
  }

  function mount(element) {
    if (element.hasAttribute('data-forkpoint-mounted')) return;
    element.setAttribute('data-forkpoint-mounted', '');
    const embed = settings(element);
    embeds.push(embed);
    if (embed.mode === 'popup' && typeof HTMLDialogElement !== 'function') {
      warn(element, 'data-forkpoint-mode', 'this browser has no dialogs; shown inline');
      embed.mode = 'inline';
    }
    if (embed.mode === 'popup') popup(embed);
    else if (embed.lazy && near) {
      // The frame's room is kept until it comes, so the page does not jump
      // and the embeds below stay where a reader would reach them.
      embed.hostMinHeight = element.style.minHeight;
      element.style.minHeight = `${embed.min}px`;
      near.observe(element);
    }
    else element.append(makeFrame(embed));
  }

  /** A plain value, or undefined: what a field of a message may be. */
  const plain = (value) => (['string', 'number', 'boolean'].includes(typeof value) ? value : undefined);

  /** The message as the host hears it: its type, its embed and its kind's fields. */
  function detail(kind, data) {
    const out = { type: data.type, embedId: data.embedId };
    for (const field of FIELDS[kind]) {
      const value = data[field];
      if (field === 'result') {
        if (!value || typeof value !== 'object') continue;
        out.result = {};
        for (const key of RESULT_FIELDS) if (plain(value[key]) !== undefined) out.result[key] = value[key];
      } else if (plain(value) !== undefined) {
        out[field] = value;
      }
    }
    return out;
  }

  addEventListener('message', (event) => {
    const embed = embeds.find((e) => e.frame && e.frame.contentWindow === event.source);
    const data = event.data;
    if (!embed || event.origin !== base.origin) return;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || !data.type.startsWith(PREFIX)) return;
    if (data.embedId !== embed.id) return;
    const kind = data.type.slice(PREFIX.length);
    // Escape pressed inside the frame, which the host's dialog cannot hear.
    if (kind === 'close') {
      if (embed.dialog?.open) embed.dialog.close();
      return;
    }
    if (!Object.prototype.hasOwnProperty.call(FIELDS, kind)) return;
    // Tells the frame its page is at the origin it was given, which only
    // this page can: its calls to action show only then.
    if (kind === 'ready') embed.frame.contentWindow.postMessage({ type: `${PREFIX}host`, embedId: embed.id }, base.origin);
    if (kind === 'height' && !embed.dialog) {
      const height = Math.min(embed.max, Math.max(embed.min, Math.ceil(Number(data.height))));
      if (!Number.isFinite(height) || height === embed.height) return;
      embed.height = height;
      embed.frame.style.height = `${height}px`;
    }
    embed.element.dispatchEvent(new CustomEvent(`forkpoint:${kind}`, { detail: detail(kind, data), bubbles: true }));
  });

  const scan = () => document.querySelectorAll('[data-forkpoint]').forEach(mount);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
