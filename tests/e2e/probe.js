// Injected by the test server (`startServer(dir, { probe: true })`) as the
// first script of every page: reports uncaught errors (a wasm panic surfaces
// as one), failed loads, unhandled rejections, console.error calls and CSP
// violations to the server that served the page. Works the same in every
// engine, WebKit included, which has no protocol to read them from outside.
(() => {
  const report = (kind, message) => {
    const body = JSON.stringify({ kind, message: String(message).slice(0, 500), page: location.href });
    try {
      if (!navigator.sendBeacon('/__probe', new Blob([body], { type: 'text/plain' }))) throw new Error('refused');
    } catch {
      fetch('/__probe', { method: 'POST', body, keepalive: true }).catch(() => {});
    }
  };
  addEventListener(
    'error',
    (event) => {
      if (event.target && event.target !== window && event.target.tagName) {
        report('failed load', `${event.target.tagName} ${event.target.src || event.target.href || ''}`);
      } else {
        report('page error', event.message || event.error);
      }
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => report('unhandled rejection', event.reason?.stack || event.reason));
  document.addEventListener('securitypolicyviolation', (event) =>
    report('CSP violation', `${event.violatedDirective} ${event.blockedURI}`),
  );
  const original = console.error;
  console.error = (...args) => {
    report('console error', args.map(String).join(' '));
    original.apply(console, args);
  };
})();
