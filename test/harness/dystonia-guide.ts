import type {DystoniaGuide} from '../../src/elements/dystonia-guide/dystonia-guide.js';
import {ElementHarness, type Widget} from './harness.js';

/** `<dystonia-guide>`: navigation, then one element per section. */
export class DystoniaGuideHarness extends ElementHarness<DystoniaGuide> {
  section(selector: string): Widget {
    const found = this.root.querySelector<Widget>(selector);
    if (!found) throw new Error(`no ${selector} in the guide`);
    return found;
  }
  sections(): Widget[] {
    return this.all<Widget>('[part="section"]');
  }
  nav(): HTMLElement {
    return this.root.querySelector('nav')!;
  }
  links(): HTMLAnchorElement[] {
    return Array.from(this.nav().querySelectorAll('a'));
  }
  /** The top heading of each section that has one, in page order. */
  sectionHeadings(): HTMLElement[] {
    return this.sections().flatMap((s) => {
      const h = s.shadowRoot?.querySelector<HTMLElement>('[part="heading"]');
      return h ? [h] : [];
    });
  }
  /** The guide and every section it renders have updated. */
  override async settled(): Promise<this> {
    await this.el.updateComplete;
    for (const child of this.sections()) await child.updateComplete;
    return this;
  }
}

/** The harness around a rendered <dystonia-guide>. */
export function harness(el: DystoniaGuide): DystoniaGuideHarness {
  return new DystoniaGuideHarness(el);
}
