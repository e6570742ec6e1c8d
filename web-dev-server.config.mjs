import {esbuildPlugin} from '@web/dev-server-esbuild';
import {i18nPreviewPlugin} from './scripts/i18n/preview-plugin.mjs';
import {elementOptionsDevPlugin} from './build/element-options.mjs';
import {pickPort} from './scripts/dev-server-port.mjs';

// PORT, or 8000 and upward to the first free port (one line instead of a stack trace when none is).
const picked = await pickPort();
if (picked.error) {
  console.error(picked.error);
  process.exit(1);
}
if (picked.note) console.log(picked.note);

/**
 * DEMO ONLY: a stand-in for a clinic's inquiry endpoint, so the demo pages'
 * inquiry forms work (the clinic page's "inquiryUrl", the developers' page's
 * <inquiry-cta action="/demo-api/inquiry">). It logs what it
 * received to this terminal and answers 200; it stores and forwards nothing.
 */
async function demoInquiryEndpoint(context, next) {
  if (context.path !== '/demo-api/inquiry') return next();
  if (context.method !== 'POST') {
    context.status = 405;
    context.set('Allow', 'POST');
    return undefined;
  }
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  const body = Buffer.concat(chunks).toString('utf8');
  console.log(`[demo endpoint] received ${context.get('Content-Type') || 'no content type'}: ${body}`);
  context.type = 'json';
  context.body = {ok: true, demo: true};
  return undefined;
}

/** `npm start`: the demo (/demo/: the clinic page; /demo/developers.html), served from the TypeScript sources. */
export default {
  rootDir: '.',
  nodeResolve: true,
  port: picked.port,
  watch: true,
  // i18nPreviewPlugin: the preview modules of demo/translate.html, built from locales/*.xlf on request.
  // elementOptionsDevPlugin: the embed builder's (demo/embed.html) options, from custom-elements.json made from src/.
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}),
    i18nPreviewPlugin(),
    elementOptionsDevPlugin(),
  ],
  middleware: [
    demoInquiryEndpoint,
    function demoIndex(context, next) {
      if (context.path === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
