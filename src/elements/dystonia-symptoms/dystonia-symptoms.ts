import {html, nothing} from 'lit';
import {DwElement} from '../../core/element.js';
import type {Props} from '../../core/schema.js';
import {schema} from './dystonia-symptoms.schema.js';
import {heading} from '../../core/heading.js';
import {baseStyles} from '../../core/styles.js';
import {symptomsContent} from '../../content/symptoms.js';
import '../symptom-areas/define.js';

// The schema's properties, typed (src/core/schema.ts, Props).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface DystoniaSymptoms extends Props<typeof schema> {}

/**
 * The symptoms of dystonia: overview, progression, the body areas commonly
 * affected (an embedded `<symptom-areas>`, one heading level below) and the
 * closing paragraph on pain, exhaustion and progression.
 *
 * @tagname dystonia-symptoms
 *
 * @event {AreaSelectDetail} dw-area-select - From the embedded `<symptom-areas>`: a person selected a body area.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart heading - The section heading.
 * @csspart text - Each paragraph.
 * @csspart intro - The sentence introducing the body areas.
 * @csspart areas - The embedded `<symptom-areas>` element.
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
export class DystoniaSymptoms extends DwElement {
  static override styles = baseStyles;

  static override schema = schema;

  protected override renderContent() {
    const content = symptomsContent();
    const level = this.level;
    return html`
      ${heading(level, content.heading, 'heading')}
      <p part="text">${content.overview}</p>
      <p part="text">${content.progression}</p>
      ${
        this.noAreas
          ? nothing
          : html`<p part="intro">${content.areasIntro}</p>
            <symptom-areas part="areas" lang=${this.language.lang} heading-level=${Math.min(level + 1, 6)}></symptom-areas>`
      }
      <p part="text">${content.closing}</p>
    `;
  }
}
