/** Waits for the server's in-memory build (test/server/embed.mjs; up to a minute on a busy machine). */
export async function builtTree(this: Mocha.Context): Promise<void> {
  this.timeout(90000);
  const response = await fetch('/embed-dist/integrity.json');
  if (!response.ok) throw new Error(`the in-memory build failed: HTTP ${response.status}`);
}

let resizeLoaded: Promise<void> | undefined;
/** The parent script (dist/embed/resize.js of the in-memory build), loaded once, as a snippet's <script src> does. */
export function loadResize(): Promise<void> {
  resizeLoaded ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/embed-dist/embed/resize.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('resize.js did not load'));
    document.head.append(script);
  });
  return resizeLoaded;
}
