import type {DystoniaCauses} from '../../src/elements/dystonia-causes/dystonia-causes.js';
import {ElementHarness} from './harness.js';

/** `<dystonia-causes>`: a heading, a paragraph and a labelled list. */
export class DystoniaCausesHarness extends ElementHarness<DystoniaCauses> {
  list(): HTMLElement {
    return this.part('list')!;
  }
  listItems(): string[] {
    return this.texts('[part="list"] li');
  }
}

/** The harness around a rendered <dystonia-causes>. */
export function harness(el: DystoniaCauses): DystoniaCausesHarness {
  return new DystoniaCausesHarness(el);
}
