// The service-worker client, inlined into each page (scripts/post-build.mjs). On index.html
// (<html data-sw="install">) it registers sw.js, so the app works offline
// after the first visit. On every page it offers a new version with a
// "Reload" notice, checks for one when the person comes back to the tab,
// and on later visits asks the worker to cache the rest of the site.
//
// A new version is only ever one that waits while an older one controls the
// page. The first install is never offered: browsers differ in when they
// report its states (WebKit can report "installed" after the worker already
// controls the page), so a first install is told apart by the registration
// having no active worker when it began.
(() => {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  let accepted = false;
  sw.addEventListener('controllerchange', () => {
    // Only after "Reload": the first install also changes the controller.
    if (accepted) location.reload();
  });

  function withdraw() {
    document.getElementById('forkpoint-update')?.remove();
  }

  function offer(worker) {
    withdraw();
    const box = document.createElement('div');
    box.id = 'forkpoint-update';
    box.className = 'update-notice';
    box.setAttribute('role', 'status');
    // The words come from the app's catalog (src/words_loader.rs puts them
    // on <html>); English only if the app could not load its words at all.
    const words = document.documentElement.dataset;
    const text = document.createElement('p');
    text.textContent = words.updateReady ?? 'A new version of Forkpoint is ready.';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button primary';
    button.textContent = words.updateReload ?? 'Reload';
    button.addEventListener('click', () => {
      accepted = true;
      button.disabled = true;
      // Already in charge (another tab chose Reload first): just reload.
      if (worker.state === 'activated' || sw.controller === worker) location.reload();
      else worker.postMessage('forkpoint:activate');
    });
    box.append(text, button);
    document.body.append(box);
    // Replaced by a newer version, or taken over without this tab: not ready any more.
    worker.addEventListener('statechange', () => {
      if (worker.state === 'redundant' && !accepted) withdraw();
    });
  }

  /** Offers `worker` if it waits while an older worker controls this page. */
  function offerIfWaiting(registration, worker) {
    if (worker && registration.waiting === worker && sw.controller && sw.controller !== worker) offer(worker);
  }

  function watch(registration) {
    if (!registration) return;
    offerIfWaiting(registration, registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      // No active worker yet: the first install, never a "new version".
      if (!worker || !registration.active) return;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed') offerIfWaiting(registration, worker);
      });
    });
    const check = () => registration.update().catch(() => {});
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
    addEventListener('online', check);
    setInterval(check, 30 * 60 * 1000);
    // A later visit: the first one's download is done, so fetch the rest now.
    sw.controller?.postMessage(`forkpoint:cache-rest:${document.documentElement.lang}`);
  }

  addEventListener('load', () => {
    const install = document.documentElement.dataset.sw === 'install';
    (install ? sw.register('./sw.js') : sw.getRegistration()).then(watch, () => {});
  });
})();
