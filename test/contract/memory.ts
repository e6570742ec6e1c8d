/**
 * A test instrument that counts how many objects the garbage collector
 * reclaimed, with a FinalizationRegistry and forced collections. Chromium
 * exposes `gc()` because web-test-runner.config.mjs launches it with
 * `--js-flags=--expose-gc`.
 */

type Gc = () => void;

/** The engine's forced collection, or undefined where it is not exposed (Firefox). */
export const forceGc: Gc | undefined = (globalThis as {gc?: Gc}).gc;

/** How many rounds of (yield to the event loop, collect) to give finalizers. Rounds, not time. */
const ROUNDS = 30;

/**
 * Makes `count` objects one after the other with `make` (which may keep
 * some alive: that is what the check must catch), forces collections and
 * returns how many of them were reclaimed.
 */
export async function countCollected(
  count: number,
  make: (index: number) => Promise<object>
): Promise<number> {
  if (!forceGc) throw new Error('gc() is not exposed: launch Chromium with --js-flags=--expose-gc');
  let collected = 0;
  const registry = new FinalizationRegistry<number>(() => collected++);
  for (let i = 0; i < count; i++) registry.register(await make(i), i);
  for (let round = 0; round < ROUNDS && collected < count; round++) {
    // Finalizers run in a task after a collection, never inside it.
    await new Promise((resolve) => setTimeout(resolve));
    forceGc();
  }
  return collected;
}
