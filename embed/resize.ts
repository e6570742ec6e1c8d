/**
 * dist/embed/resize.js: the optional parent-page script of the iframe embed
 * (README, "Iframe embed"). Sets each embed frame's height to the height its
 * page posts, {type: 'dystonia-widgets:height', height}; a message from any
 * other window, or with anything but a sane number, changes nothing.
 */
import {HEIGHT_MESSAGE} from '../scripts/snippet.mjs';

addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || (data as {type?: unknown}).type !== HEIGHT_MESSAGE) return;
  const height = (data as {height?: unknown}).height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > 100000) return;
  for (const frame of document.querySelectorAll('iframe')) {
    // Physical height on purpose: the embed measured its page's physical height.
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
  }
});
