import {waitUntil} from '@open-wc/testing';

export interface FixtureWindow extends Window {
  violations: string[];
  warnings: string[];
  errors: string[];
}

/** Loads a fixture page in an iframe and waits until its first widget has rendered. */
export async function loadFrame(src: string, tag = 'dystonia-types'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = src;
  document.body.append(frame);
  await waitUntil(
    () => frame.contentDocument?.querySelector(tag)?.shadowRoot?.querySelector('h2, h3'),
    `${src}: <${tag}> did not render`,
    {timeout: 8000}
  );
  return frame;
}

export function frameWindow(frame: HTMLIFrameElement): FixtureWindow {
  return frame.contentWindow as unknown as FixtureWindow;
}

/** Every resource the page requested, as paths. */
export function requestedPaths(frame: HTMLIFrameElement): string[] {
  return frameWindow(frame)
    .performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname);
}
