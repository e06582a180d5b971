// The service-worker client, inlined into each page by Trunk. On index.html
// (<html data-sw="install">) it registers sw.js, so the app works offline
// after the first visit. On every page it offers a new version with a
// "Reload" notice, checks for one when the person comes back to the tab,
// and on later visits asks the worker to cache the rest of the site.
(() => {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  let accepted = false;
  sw.addEventListener('controllerchange', () => {
    // Only after "Reload": the first install also changes the controller.
    if (accepted) location.reload();
  });

  function offer(worker) {
    if (document.getElementById('forkpoint-update')) return;
    const box = document.createElement('div');
    box.id = 'forkpoint-update';
    box.className = 'update-notice';
    box.setAttribute('role', 'status');
    const text = document.createElement('p');
    text.textContent = 'A new version of Forkpoint is ready.';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button primary';
    button.textContent = 'Reload';
    button.addEventListener('click', () => {
      accepted = true;
      button.disabled = true;
      worker.postMessage('forkpoint:activate');
    });
    box.append(text, button);
    document.body.append(box);
  }

  function watch(registration) {
    if (!registration) return;
    if (registration.waiting && sw.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && sw.controller) offer(worker);
      });
    });
    const check = () => registration.update().catch(() => {});
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
    addEventListener('online', check);
    setInterval(check, 30 * 60 * 1000);
    // A later visit: the first one's download is done, so fetch the rest now.
    sw.controller?.postMessage('forkpoint:cache-rest');
  }

  addEventListener('load', () => {
    const install = document.documentElement.dataset.sw === 'install';
    (install ? sw.register('./sw.js') : sw.getRegistration()).then(watch, () => {});
  });
})();
