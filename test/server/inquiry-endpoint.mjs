// A real inquiry endpoint for the <inquiry-cta> tests (test-runner middleware).
//
//   POST /api/inquiry/<mode>?log=<name>   records the request, then answers by mode:
//     ok         200 {"ok": true}
//     empty      204, no body
//     invalid    400 {"errors": {"email": "…", "name": "…"}}  (field errors, fields from ?fields=a,b)
//     rejected   403 text/plain (a 4xx without field errors)
//     error      500 text/plain
//     slow       200 {"ok": true} after ?delay= ms (default 3000): longer than the tests' timeout="1"
//     drop       destroys the socket: no answer at all
//     malformed  200 application/json with a body that is not JSON
//     html       200 text/html (a page instead of an answer)
//     redirect   303 to /api/inquiry/ok (a form handler that redirects to a thank-you page)
//   OPTIONS /api/inquiry/<mode>   a CORS preflight: 204, recorded too.
//
//   ?cors= the CORS headers, for requests from another origin (the tests'
//   page is on localhost; the same server answers on 127.0.0.1):
//     (absent)   none at all
//     all        Access-Control-Allow-Origin (the request's Origin) on every
//                answer, and Access-Control-Allow-Headers: content-type on the preflight
//     preflight  those headers on the preflight only: a JSON POST is sent,
//                but its answer lacks Access-Control-Allow-Origin
//   GET    /api/inquiry/received?log=<name>   the requests recorded: [{mode, method, contentType, body, cookie}]
//   DELETE /api/inquiry/received?log=<name>   forgets them
//
// Any request to /api/inquiry/<mode> is recorded, whatever its method, so a
// test can check that nothing reached the endpoint. `log` keeps test files
// running in parallel apart.
//
// The contract the element implements: success is a 2xx whose body is empty
// or JSON; a 2xx with another body (malformed, html) is an
// `invalid-response` failure. A 4xx whose JSON has `errors` for known fields
// is a `validation` failure; any other 4xx or a 5xx is an `http` failure.

const PREFIX = '/api/inquiry/';
const logs = new Map();

export const INQUIRY_FIELD_ERRORS = {
  email: 'This address cannot receive mail.',
  name: 'Please give your full name.',
  phone: 'This number cannot be reached.',
};

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function inquiryEndpoint(context, next) {
  if (!context.path.startsWith(PREFIX)) return next();
  const log = String(context.query.log ?? 'default');
  const mode = context.path.slice(PREFIX.length);
  context.set('Cache-Control', 'no-store');

  if (mode === 'received') {
    if (context.method === 'DELETE') {
      logs.delete(log);
      context.status = 204;
    } else {
      context.type = 'json';
      context.body = logs.get(log) ?? [];
    }
    return undefined;
  }

  const body = await readBody(context.req);
  if (!logs.has(log)) logs.set(log, []);
  logs.get(log).push({
    mode,
    method: context.method,
    contentType: context.get('Content-Type') || null,
    body,
    cookie: context.get('Cookie') || null,
  });

  const cors = String(context.query.cors ?? '');
  const origin = context.get('Origin');
  const preflight = context.method === 'OPTIONS';
  if (origin && (cors === 'all' || (cors === 'preflight' && preflight))) {
    context.set('Access-Control-Allow-Origin', origin);
    context.set('Vary', 'Origin');
    if (preflight) {
      context.set('Access-Control-Allow-Methods', 'POST');
      context.set('Access-Control-Allow-Headers', 'content-type');
    }
  }
  if (preflight) {
    context.status = 204;
    return undefined;
  }

  switch (mode) {
    case 'redirect':
      context.status = 303;
      context.set('Location', `${PREFIX}ok?log=${encodeURIComponent(log)}`);
      return undefined;
    case 'ok':
      context.type = 'json';
      context.body = {ok: true};
      return undefined;
    case 'empty':
      context.status = 204;
      return undefined;
    case 'invalid': {
      const fields = String(context.query.fields ?? 'email').split(',');
      context.status = 400;
      context.type = 'json';
      context.body = {
        errors: Object.fromEntries(fields.map((f) => [f, INQUIRY_FIELD_ERRORS[f] ?? `Bad ${f}.`])),
      };
      return undefined;
    }
    case 'rejected':
      context.status = 403;
      context.type = 'text';
      context.body = 'Forbidden';
      return undefined;
    case 'error':
      context.status = 500;
      context.type = 'text';
      context.body = 'Internal Server Error';
      return undefined;
    case 'slow':
      await sleep(Number(context.query.delay ?? 3000));
      if (context.req.socket.destroyed) {
        context.respond = false;
        return undefined;
      }
      context.type = 'json';
      context.body = {ok: true};
      return undefined;
    case 'drop':
      context.req.socket.destroy();
      context.respond = false;
      return undefined;
    case 'malformed':
      context.type = 'json';
      context.body = '{"ok": tru';
      return undefined;
    case 'html':
      context.type = 'html';
      context.body = '<!doctype html><title>Thanks</title><p>Thanks!</p>';
      return undefined;
    default:
      context.status = 404;
      context.type = 'text';
      context.body = `unknown inquiry mode "${mode}"`;
      return undefined;
  }
}
