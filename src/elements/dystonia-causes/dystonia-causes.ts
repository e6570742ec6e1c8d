import {html} from 'lit';
import {DwElement} from '../../core/element.js';
import {heading} from '../../core/heading.js';
import {baseStyles} from '../../core/styles.js';
import {causesContent} from '../../content/causes.js';

/**
 * What causes dystonia: the paragraph on its origin and the list of causes
 * of acquired dystonia.
 *
 * @tagname dystonia-causes
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart heading - The section heading.
 * @csspart text - The paragraph on the origin of dystonia.
 * @csspart intro - The sentence introducing the list of causes.
 * @csspart list - The list of causes of acquired dystonia.
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
export class DystoniaCauses extends DwElement {
  static override styles = baseStyles;

  protected override renderContent() {
    const content = causesContent();
    return html`
      ${heading(this.level, content.heading, 'heading')}
      <p part="text">${content.origin}</p>
      <p part="intro" id="acquired-intro">${content.acquiredIntro}</p>
      <ul part="list" class="bullets" aria-labelledby="acquired-intro">
        ${content.acquired.map((cause) => html`<li data-cause=${cause.id}>${cause.text}</li>`)}
      </ul>
    `;
  }
}
