/**
 * Dispatches a bubbling, composed CustomEvent so hosts can listen anywhere
 * up the tree, across shadow roots.
 */
export function emit<T>(target: EventTarget, name: string, detail: T): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(name, {detail, bubbles: true, composed: true, cancelable: true})
  );
}
