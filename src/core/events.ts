/**
 * This library's events: each element declares its own once, next to its
 * detail type, on `GlobalEventHandlersEventMap` (which element, document and
 * window listeners all read).
 */
export type DwEventName = Extract<keyof GlobalEventHandlersEventMap, `dw-${string}`>;

/** The `detail` an event was declared with. */
export type DwEventDetail<K extends DwEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a bubbling, composed CustomEvent so hosts can listen anywhere
 * up the tree, across shadow roots; its detail is checked against the
 * event's declaration. Not cancelable unless `cancelable` is passed: a
 * `preventDefault()` that nothing checks would silently do nothing.
 * Returns false when a listener cancelled it.
 */
export const emit = <K extends DwEventName>(
  target: EventTarget,
  name: K,
  detail: DwEventDetail<K>,
  cancelable?: true
): boolean =>
  target.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true, cancelable}));
