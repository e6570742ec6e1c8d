import type {DystoniaGuide} from '../../src/elements/dystonia-guide/dystonia-guide.js';
import {ElementHarness, type Widget} from './harness.js';

/** `<dystonia-guide>`: its contents, then one element per section (the testimonials after the guide's own heading). */
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
  /** The contents' visible heading ("On this page"). */
  navHeading(): HTMLElement {
    return this.nav().querySelector<HTMLElement>('[part="nav-heading"]')!;
  }
  links(): HTMLAnchorElement[] {
    return Array.from(this.nav().querySelectorAll('a'));
  }
  /** Every heading heading-level sets, in page order: the contents', the testimonials', each section's top heading. */
  headings(): HTMLElement[] {
    return [this.navHeading(), this.heading()!, ...this.sectionHeadings()];
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
