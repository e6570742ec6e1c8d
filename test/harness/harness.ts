import {sendMouse} from '@web/test-runner-commands';
import {textOf} from '../helpers.js';

/** A real mouse click in the middle of the node. */
export async function click(node: HTMLElement): Promise<void> {
  node.scrollIntoView({block: 'center'});
  const rect = node.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
  });
}

/** A rendered widget: a custom element whose updates can be awaited. */
export type Widget = HTMLElement & {updateComplete: Promise<unknown>; requestUpdate(): void};

/** Rendered and not hidden: what a person sees (and a screen reader reads). */
export function isShown(node: Element): boolean {
  return node.checkVisibility({visibilityProperty: true});
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Queries every widget answers, over its shadow root. One subclass per
 * element adds that element's own (`item(id)`, `button(id)`…), so test files
 * do not each re-declare them.
 */
export class ElementHarness<T extends Widget = Widget> {
  constructor(readonly el: T) {}

  get root(): ShadowRoot {
    const root = this.el.shadowRoot;
    if (!root) throw new Error(`<${this.el.localName}> has no shadow root`);
    return root;
  }

  /** The first node with `part~=name`, or null. */
  part(name: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  /** The wrapper that carries `lang` and `dir`. */
  base(): HTMLElement {
    const found = this.part('base');
    if (!found) throw new Error(`<${this.el.localName}> has no part="base"`);
    return found;
  }

  /** The element's top heading (`part="heading"`), or null. */
  heading(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[part="heading"]');
  }

  /** The top heading's text, as a person reads it. */
  headingText(): string {
    return textOf(this.heading());
  }

  /** Every node matching `selector` in the shadow root. */
  all<E extends Element = HTMLElement>(selector: string): E[] {
    return Array.from(this.root.querySelectorAll<E>(selector));
  }

  /** The texts of every node matching `selector`. */
  texts(selector: string): string[] {
    return this.all(selector).map(textOf);
  }

  /** The texts of the `[part="text"]` paragraphs. */
  paragraphs(): string[] {
    return this.texts('[part="text"]');
  }

  /** The node with this id in the shadow root; fails when there is none. */
  byId<E extends HTMLElement = HTMLElement>(id: string): E {
    const found = this.root.getElementById(id);
    if (!found) throw new Error(`no #${id} in <${this.el.localName}>`);
    return found as E;
  }

  /** Resolves once the element (and what it renders inside) has updated. */
  async settled(): Promise<this> {
    await this.el.updateComplete;
    return this;
  }
}
