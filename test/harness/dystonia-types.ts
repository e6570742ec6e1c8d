import type {DystoniaTypes} from '../../src/elements/dystonia-types/dystonia-types.js';
import {ElementHarness} from './harness.js';

/** `<dystonia-types>`: a list of disclosures, one per type. */
export class DystoniaTypesHarness extends ElementHarness<DystoniaTypes> {
  items(): HTMLElement[] {
    return this.all('[part="item"]');
  }
  item(id: string): HTMLElement {
    const found = this.root.querySelector<HTMLElement>(`[data-type="${id}"]`);
    if (!found) throw new Error(`no item ${id}`);
    return found;
  }
  button(id: string): HTMLButtonElement {
    return this.item(id).querySelector('button')!;
  }
  description(id: string): HTMLElement {
    return this.item(id).querySelector<HTMLElement>('[part="description"]')!;
  }
  /** The ids of the types shown opened, in order. */
  openIds(): string[] {
    return this.items()
      .filter((li) => li.querySelector('button')!.getAttribute('aria-expanded') === 'true')
      .map((li) => li.dataset.type!);
  }
  /**
   * Whether a person sees the description: rendered, and taking up room (a
   * hidden="until-found" box stays in the layout with its content skipped).
   */
  static isShown(node: HTMLElement): boolean {
    return node.checkVisibility() && node.getBoundingClientRect().height > 0;
  }
}

/** The harness around a rendered <dystonia-types>. */
export function harness(el: DystoniaTypes): DystoniaTypesHarness {
  return new DystoniaTypesHarness(el);
}
