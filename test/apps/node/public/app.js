// @ts-check
// The app's own module, a file the server sends as /app.js (the page's
// Content-Security-Policy allows no inline script): it shows the last type a
// visitor opened or closed, from the widgets' dw-type-toggle event.
/** @typedef {import('dystonia-widgets').TypeToggleDetail} TypeToggleDetail */

// #region docs
const output = /** @type {HTMLOutputElement} */ (document.querySelector('#last-toggle'));
document.addEventListener('dw-type-toggle', (event) => {
  const {id, open} = event.detail;
  output.value = `${id} ${open ? 'opened' : 'closed'}`;
});
// #endregion docs
