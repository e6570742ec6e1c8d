import {msg} from '@lit/localize';

/** Labels of the composed guide; the sections bring their own text. */
export function guideContent(): {navLabel: string; testimonials: string} {
  return {
    navLabel: msg('On this page', {
      id: 'guide.nav.label',
      desc: 'Heading of the dystonia guide’s list of links to its sections (its contents), shown above the list; screen readers also name that navigation by it.',
    }),
    testimonials: msg('Patient testimonials', {
      id: 'guide.testimonials.heading',
      desc: 'Heading of the first section of the dystonia guide, the patients’ quotes; also its link in the list of sections (“On this page”).',
    }),
  };
}
