/** Waits for the server's in-memory build (test/server/embed.mjs; up to a minute on a busy machine). */
export async function builtTree(this: Mocha.Context): Promise<void> {
  this.timeout(90000);
  const response = await fetch('/embed-dist/integrity.json');
  if (!response.ok) throw new Error(`the in-memory build failed: HTTP ${response.status}`);
}
