import {html} from 'lit';
import {setting} from '../../core/config.js';
import {DwElement} from '../../core/element.js';
import type {Props} from '../../core/schema.js';
import {schema} from './clinic-approach.schema.js';
import {heading} from '../../core/heading.js';
import {baseStyles} from '../../core/styles.js';
import {clinicContent} from '../../content/clinic.js';

// The schema's properties, typed (src/core/schema.ts, Props).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface ClinicApproach extends Props<typeof schema> {}

/**
 * How the clinic can help: two paragraphs naming the clinic, whose name is
 * configuration (`clinic-name`, or page config `clinicName`). Without a
 * name, neutral wording is used ("How Our Clinic Can Help").
 *
 * @tagname clinic-approach
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart heading - The section heading.
 * @csspart text - Each paragraph.
 *
 * @cssprop --dw-font - Font family (default: inherited from the page).
 * @cssprop --dw-color - Text colour (default: inherited from the page).
 * @cssprop --dw-accent - Fill of primary buttons, bars and selections (default: #005eb8).
 * @cssprop --dw-accent-ink - Accent for text and lines on the page's background: outlines, markers, headings of disclosures (default: the accent mixed 62 % with the text colour, darker on light pages, lighter on dark ones).
 * @cssprop --dw-focus-color - Focus outline colour (default: the text colour).
 * @cssprop --dw-spacing - Space between blocks (default: 1em).
 * @cssprop --dw-line-height - Line height of the text (default: 1.5).
 * @cssprop --dw-letter-spacing - Letter spacing of the text (default: normal).
 * @cssprop --dw-word-spacing - Word spacing of the text (default: normal).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ClinicApproach extends DwElement {
  static override styles = baseStyles;

  static override schema = schema;

  protected override renderContent() {
    const content = clinicContent(setting(this.localName, this.clinicName, 'clinicName'));
    return html`
      ${heading(this.level, content.heading, 'heading')}
      <p part="text">${content.experience}</p>
      <p part="text">${content.approach} ${content.process}</p>
    `;
  }
}
