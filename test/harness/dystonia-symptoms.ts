import type {DystoniaSymptoms} from '../../src/elements/dystonia-symptoms/dystonia-symptoms.js';
import {ElementHarness, type Widget} from './harness.js';

/** `<dystonia-symptoms>`: a heading, three paragraphs and, unless no-areas, a <symptom-areas>. */
export class DystoniaSymptomsHarness extends ElementHarness<DystoniaSymptoms> {
  areas(): Widget | null {
    return this.root.querySelector<Widget>('symptom-areas');
  }
  override async settled(): Promise<this> {
    await this.el.updateComplete;
    await this.areas()?.updateComplete;
    return this;
  }
}

/** The harness around a rendered <dystonia-symptoms>. */
export function harness(el: DystoniaSymptoms): DystoniaSymptomsHarness {
  return new DystoniaSymptomsHarness(el);
}
