import {msg} from '@lit/localize';

/** Labels of the composed guide; the sections bring their own text. */
export function guideContent(): {navLabel: string} {
  return {
    navLabel: msg('On this page', {
      id: 'guide.nav.label',
      desc: 'Accessible name of the list of links to the sections of the dystonia guide (in-page navigation).',
    }),
  };
}
