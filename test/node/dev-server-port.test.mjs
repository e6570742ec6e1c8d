// scripts/dev-server-port.mjs: `npm start` takes the next free port when its
// port is taken, and says in one line what to do when PORT names a taken one.
// Ports are taken by real node:net servers, listening as web-dev-server does.
import assert from 'node:assert/strict';
import net from 'node:net';
import {after, describe, it} from 'node:test';
import {DEFAULT_PORT, isFree, pickPort} from '../../scripts/dev-server-port.mjs';

const servers = [];
after(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

/** Listens on `port` (0: any free one) on every interface, as web-dev-server does; resolves to the port. */
function occupy(port = 0, host) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({port, host}, () => {
      servers.push(server);
      resolve(server.address().port);
    });
  });
}

/** A port that is free, with the next `count - 1` ports free too (retried when something else takes one). */
async function freeRun(count) {
  for (;;) {
    const start = await occupy();
    await new Promise((resolve) => servers.pop().close(resolve));
    const ports = Array.from({length: count}, (_, i) => start + i);
    if (start + count <= 65535 && (await Promise.all(ports.map((p) => isFree(p)))).every(Boolean))
      return start;
  }
}

describe('the port npm start serves on', () => {
  it('is PORT when that is free', async () => {
    const port = await freeRun(1);
    assert.deepEqual(await pickPort({env: {PORT: String(port)}}), {port});
  });

  it('is 8000 by default', async () => {
    assert.equal(DEFAULT_PORT, 8000);
  });

  it('is the next free port when the first is taken, with a line that gives the URL', async () => {
    const start = await freeRun(3);
    await occupy(start);
    await occupy(start + 1);
    assert.deepEqual(await pickPort({env: {}, start}), {
      port: start + 2,
      note: `Port ${start} is in use, so the demo is on http://localhost:${start + 2}/ instead.`,
    });
  });

  it('moves on from a port taken on 127.0.0.1 only', async () => {
    const start = await freeRun(2);
    await occupy(start, '127.0.0.1');
    assert.equal((await pickPort({env: {}, start})).port, start + 1);
  });

  it('stops with one line when PORT names a taken port, and suggests the next free one', async () => {
    const start = await freeRun(2);
    await occupy(start);
    assert.deepEqual(await pickPort({env: {PORT: String(start)}}), {
      error: `Port ${start} (from PORT) is in use: stop what runs there, start with PORT=${start + 1} npm start, or unset PORT to take the next free one.`,
    });
  });

  it('stops with one line when PORT is not a port number', async () => {
    for (const value of ['abc', '0', '70000', '80.5']) {
      assert.deepEqual(await pickPort({env: {PORT: value}}), {
        error: `PORT=${value} is not a port number: use one from 1 to 65535, or unset PORT.`,
      });
    }
  });

  it('stops with one line when every port it tries is taken', async () => {
    const start = await freeRun(2);
    await occupy(start);
    await occupy(start + 1);
    assert.deepEqual(await pickPort({env: {}, start, tries: 2}), {
      error: `Ports ${start} to ${start + 1} are all in use: start with PORT=<a free port> npm start.`,
    });
  });
});
