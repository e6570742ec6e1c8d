import {html, nothing} from 'lit';
import {setting} from '../../core/config.js';
import {DwElement} from '../../core/element.js';
import type {Props} from '../../core/schema.js';
import {schema} from './dystonia-guide.schema.js';
import {baseStyles} from '../../core/styles.js';
import {causesContent} from '../../content/causes.js';
import {clinicContent} from '../../content/clinic.js';
import {guideContent} from '../../content/guide.js';
import {symptomsContent} from '../../content/symptoms.js';
import {typesContent} from '../../content/types.js';
import type {AreaSelectDetail} from '../symptom-areas/symptom-areas.js';
import {DystoniaTypes} from '../dystonia-types/dystonia-types.js';
import '../clinic-approach/define.js';
import '../dystonia-causes/define.js';
import '../dystonia-symptoms/define.js';
import '../dystonia-types/define.js';
import '../patient-testimonial/define.js';
import {styles} from './dystonia-guide.styles.js';

/** Guides in the page that render without `<inquiry-cta>` until it is registered. */
const waitingForCta = new Set<DystoniaGuide>();
let ctaDefined: Promise<void> | undefined;

type SectionId = 'causes' | 'types' | 'symptoms' | 'clinic';

// The schema's properties, typed (src/core/schema.ts, Props).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface DystoniaGuide extends Props<typeof schema> {}

/**
 * The whole dystonia page composed: testimonials, causes, types, symptoms
 * with the body areas, how the clinic can help and, when `<inquiry-cta>` is
 * registered on the page, the call to action. Section headings use the
 * guide's `heading-level`. Selecting a body area opens its syndromes in the
 * types section and moves focus there.
 *
 * @tagname dystonia-guide
 *
 * @event {AreaSelectDetail} dw-area-select - From the embedded body map: a person selected a body area.
 * @event {TypeToggleDetail} dw-type-toggle - From the types section: a person opened or closed a type.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart nav - The in-page navigation.
 * @csspart section - Each section element.
 *
 * @cssprop --dw-font - Font family (default: inherited from the page).
 * @cssprop --dw-color - Text colour (default: inherited from the page).
 * @cssprop --dw-accent - Fill of primary buttons, bars and selections (default: #005eb8).
 * @cssprop --dw-accent-ink - Accent for text and lines on the page's background: outlines, markers, headings of disclosures (default: the accent mixed 62 % with the text colour, darker on light pages, lighter on dark ones).
 * @cssprop --dw-focus-color - Focus outline colour (default: the text colour).
 * @cssprop --dw-link-color - Colour of links (default: the accent ink).
 * @cssprop --dw-spacing - Space between blocks; sections are 2.5 times apart (default: 1em).
 * @cssprop --dw-line-height - Line height of the text (default: 1.5).
 * @cssprop --dw-letter-spacing - Letter spacing of the text (default: normal).
 * @cssprop --dw-word-spacing - Word spacing of the text (default: normal).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class DystoniaGuide extends DwElement {
  static override styles = [baseStyles, styles];

  static override schema = schema;

  override connectedCallback(): void {
    super.connectedCallback();
    // The call to action is optional; show it once a page registers it. The
    // promise outlives any guide, so it must not hold one: it re-renders the
    // guides in the page at that moment, and a removed guide is let go.
    if (!customElements.get('inquiry-cta')) {
      waitingForCta.add(this);
      ctaDefined ??= customElements.whenDefined('inquiry-cta').then(() => {
        waitingForCta.forEach((guide) => guide.requestUpdate());
        waitingForCta.clear();
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    waitingForCta.delete(this);
  }

  protected override renderContent() {
    const level = this.level;
    // Its sections are in its language (a server render has no ancestors to take it from).
    const {lang} = this.language;
    const clinic = setting(this.localName, this.clinicName, 'clinicName');
    const sections: Array<[SectionId, string]> = [
      ['causes', causesContent().heading],
      ['types', typesContent().heading],
      ['symptoms', symptomsContent().heading],
      ['clinic', clinicContent(clinic).heading],
    ];
    return html`
      <nav part="nav" aria-label=${guideContent().navLabel}>
        <ul class="nav-list">
          ${sections.map(
            ([id, title]) =>
              html`<li><a href="#${id}" @click=${(event: Event) => this.goTo(event, id)}>${title}</a></li>`
          )}
        </ul>
      </nav>
      <patient-testimonial part="section" lang=${lang} heading-level=${level}></patient-testimonial>
      <dystonia-causes part="section" lang=${lang} id="causes" heading-level=${level}></dystonia-causes>
      <dystonia-types part="section" lang=${lang} id="types" heading-level=${level}></dystonia-types>
      <dystonia-symptoms
        part="section"
        lang=${lang}
        id="symptoms"
        heading-level=${level}
        @dw-area-select=${this.onAreaSelect}
      ></dystonia-symptoms>
      <clinic-approach part="section" lang=${lang} id="clinic" heading-level=${level} clinic-name=${clinic ?? ''}></clinic-approach>
      ${
        customElements.get('inquiry-cta')
          ? html`<inquiry-cta part="section" lang=${lang} heading-level=${level} clinic-name=${clinic ?? ''}></inquiry-cta>`
          : nothing
      }
    `;
  }

  /** Fragment links cannot reach into a shadow root: scroll and focus by hand. */
  private goTo(event: Event, id: SectionId): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<DwElement>(`#${id}`);
    target?.focusHeading();
  }

  private onAreaSelect = (event: CustomEvent<AreaSelectDetail>): void => {
    const types = this.renderRoot.querySelector('#types');
    if (types instanceof DystoniaTypes && event.detail.syndromes.length > 0) {
      void types.reveal(event.detail.syndromes);
    }
  };
}
