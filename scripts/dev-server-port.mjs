// The port `npm start` serves on (web-dev-server.config.mjs): PORT when it is
// set (and free), otherwise 8000 or, when that is taken, the next free one.
import net from 'node:net';

export const DEFAULT_PORT = 8000;
/** How many ports from the first one are tried before giving up. */
export const TRIES = 20;

/**
 * Whether `port` can be listened on. `host` as the server will listen:
 * undefined is every interface, which is what web-dev-server does for its
 * default hostname (localhost).
 */
export function isFree(port, host) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error) =>
      error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(false) : reject(error)
    );
    server.listen({port, host, exclusive: true}, () => server.close(() => resolve(true)));
  });
}

/** The first free port of `start`, `start + 1`, … (`tries` of them), or undefined. */
export async function firstFreePort(start, {tries = TRIES, host} = {}) {
  for (let port = start; port < start + tries && port <= 65535; port++) {
    if (await isFree(port, host)) return port;
  }
  return undefined;
}

/**
 * Picks the port from env.PORT, or from `start` upward.
 * @returns {Promise<{port: number, note?: string} | {error: string}>} `note`
 *   when the port moved; `error` (one line) when there is none to use: an
 *   invalid PORT, a PORT that is taken, or TRIES taken ports in a row
 */
export async function pickPort({env = process.env, host, start: from = DEFAULT_PORT, tries = TRIES} = {}) {
  const explicit = env.PORT !== undefined && env.PORT.trim() !== '';
  const start = explicit ? Number(env.PORT) : from;
  if (!Number.isInteger(start) || start < 1 || start > 65535) {
    return {error: `PORT=${env.PORT} is not a port number: use one from 1 to 65535, or unset PORT.`};
  }
  if (explicit) {
    if (await isFree(start, host)) return {port: start};
    const next = await firstFreePort(start + 1, {tries, host});
    const instead = next ? `PORT=${next} npm start` : 'PORT=<another port> npm start';
    return {
      error: `Port ${start} (from PORT) is in use: stop what runs there, start with ${instead}, or unset PORT to take the next free one.`,
    };
  }
  const port = await firstFreePort(start, {tries, host});
  if (port === undefined) {
    return {
      error: `Ports ${start} to ${start + tries - 1} are all in use: start with PORT=<a free port> npm start.`,
    };
  }
  if (port === start) return {port};
  return {port, note: `Port ${start} is in use, so the demo is on http://localhost:${port}/ instead.`};
}
