
// Offline use (appended to the loader by scripts/build-wasm.mjs; runs
// once the app has started). Registers sw.js; when a newer build has been
// downloaded and waits, tells the app ("ts-update-ready"), which offers a
// reload; on the app's "ts-update-apply" the new build takes over and the page
// reloads once, so it never runs a mix of two builds.
if ('serviceWorker' in navigator) {
  let asked = false;
  navigator.serviceWorker
    .register('./sw.js')
    .then((registration) => {
      const offer = () => {
        if (registration.waiting && navigator.serviceWorker.controller) {
          window.dispatchEvent(new Event('ts-update-ready'));
        }
      };
      offer();
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offer();
        });
      });
    })
    .catch(() => {});
  window.addEventListener('ts-update-apply', () => {
    asked = true;
    navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.postMessage('skip-waiting'));
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) {
      asked = false;
      location.reload();
    }
  });
}
