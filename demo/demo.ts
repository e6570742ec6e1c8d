import '../src/define.js';

const html = document.documentElement;

for (const input of document.querySelectorAll<HTMLInputElement>('input[name="lang"]')) {
  input.addEventListener('change', () => {
    html.lang = input.value;
    // The demo page itself is laid out by the host's own dir, as on a real site.
    html.dir = input.value.startsWith('ar') ? 'rtl' : 'ltr';
  });
}

const log = document.querySelector<HTMLOutputElement>('#events')!;
document.addEventListener('dw-type-toggle', (event) => {
  log.textContent = `dw-type-toggle ${JSON.stringify(event.detail)}`;
});
