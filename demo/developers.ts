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
for (const name of [
  'dw-type-toggle',
  'dw-area-select',
  'dw-testimonial-change',
  'dw-inquiry-submit',
  'dw-inquiry-success',
  'dw-inquiry-error',
] as const) {
  document.addEventListener(name, (event) => {
    log.textContent = `${name} ${JSON.stringify(event.detail)}`;
  });
}
