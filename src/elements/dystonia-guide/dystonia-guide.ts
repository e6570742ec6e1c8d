import {html, nothing, type PropertyValues} from 'lit';
import {setting} from '../../core/config.js';
import {DwElement} from '../../core/element.js';
import {heading} from '../../core/heading.js';
import type {Props} from '../../core/schema.js';
import {schema} from './dystonia-guide.schema.js';
import {baseStyles} from '../../core/styles.js';
import {causesContent} from '../../content/causes.js';
import {clinicContent} from '../../content/clinic.js';
import {guideContent} from '../../content/guide.js';
import {symptomsContent} from '../../content/symptoms.js';
import {typesContent} from '../../content/types.js';
import type {AreaSelectDetail} from '../symptom-areas/symptom-areas.js';
// Its type only: the guide uses the <inquiry-cta> the page registered, never loads one.
import type {InquiryCta} from '../inquiry-cta/inquiry-cta.js';
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

/** The registered `<inquiry-cta>`, when it can tell the guide what it offers (another copy's may not). */
function ctaClass(): typeof InquiryCta | undefined {
  const cta = customElements.get('inquiry-cta') as Partial<typeof InquiryCta> | undefined;
  return cta?.contactless && cta.headingFor ? (cta as typeof InquiryCta) : undefined;
}

type SectionId = 'testimonials' | 'causes' | 'types' | 'symptoms' | 'clinic' | 'cta';

// The schema's properties, typed (src/core/schema.ts, Props).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface DystoniaGuide extends Props<typeof schema> {}

/**
 * The whole dystonia page composed: its contents ("On this page": a link to
 * each section shown), testimonials, causes, types, symptoms with the body
 * areas, how the clinic can help and, when `<inquiry-cta>` is registered on
 * the page and the page config gives a way to contact the clinic
 * (`contactUrl`, `phone` or `inquiryUrl`), the call to action. Without one
 * the call to action is left out, with one console warning: it would end
 * the page on "Give us a call" with no way to call. Section headings use the
 * guide's `heading-level`. Selecting a body area opens its syndromes in the
 * types section and moves focus there.
 *
 * @tagname dystonia-guide
 *
 * @event {AreaSelectDetail} dw-area-select - From the embedded body map: a person selected a body area.
 * @event {TypeToggleDetail} dw-type-toggle - From the types section: a person opened or closed a type.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart nav - The contents: the in-page navigation.
 * @csspart nav-heading - The contents' heading, "On this page".
 * @csspart heading - The testimonials' heading (the other sections' headings are inside them).
 * @csspart section - Each section element.
 *
 * @cssprop --dw-font - Font family (default: inherited from the page).
 * @cssprop --dw-color - Text colour (default: inherited from the page).
 * @cssprop --dw-accent - Fill of primary buttons, bars and selections (default: #005eb8).
 * @cssprop --dw-accent-ink - Accent for text and lines on the page's background: outlines, markers, headings of disclosures (default: the accent mixed 62 % with the text colour, darker on light pages, lighter on dark ones).
 * @cssprop --dw-border-color - Colour of separators and box borders (default: the text colour at 30%).
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

  /** Whether the call to action shows (see willUpdate). */
  private cta = false;

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

  /**
   * The call to action shows when `<inquiry-cta>` is registered and has a
   * way to contact the clinic: one warning (missing()) when it has none.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const missing = this.missing();
    if (missing) this.warn(missing);
    this.cta = !missing && !!ctaClass();
    // A server render has no page config, so no call to action. Hydrating
    // (the server's nodes are still here), the first render must be the
    // server's; the next one adds the call to action.
    if (this.cta && !this.hasUpdated && this.renderRoot.querySelector('.base')) {
      this.cta = false;
      void this.updateComplete.then(() => this.requestUpdate());
    }
  }

  protected override renderContent() {
    const level = this.level;
    // Its sections are in its language (a server render has no ancestors to take it from).
    const {lang} = this.language;
    const clinic = setting(this.localName, this.clinicName, 'clinicName');
    const content = guideContent();
    // The contents: every section shown, in page order.
    const sections: Array<[SectionId, string]> = [
      ['testimonials', content.testimonials],
      ['causes', causesContent().heading],
      ['types', typesContent().heading],
      ['symptoms', symptomsContent().heading],
      ['clinic', clinicContent(clinic).heading],
    ];
    if (this.cta) sections.push(['cta', ctaClass()!.headingFor(clinic)]);
    return html`
      <nav part="nav" class="nav" aria-labelledby="nav-heading">
        ${heading(level, content.navLabel, 'nav-heading', 'nav-heading')}
        <ol class="nav-list">
          ${sections.map(
            ([id, title]) =>
              html`<li><a href="#${id}" @click=${(event: Event) => this.goTo(event, id)}>${title}</a></li>`
          )}
        </ol>
      </nav>
      <div class="testimonials">
        ${heading(level, content.testimonials, 'heading', 'testimonials')}
        <patient-testimonial part="section" lang=${lang} heading-level=${level}></patient-testimonial>
      </div>
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
        this.cta
          ? html`<inquiry-cta part="section" lang=${lang} id="cta" heading-level=${level} clinic-name=${clinic ?? ''}></inquiry-cta>`
          : nothing
      }
    `;
  }

  /**
   * @internal
   * Why the call to action is left out, in one sentence for the page's
   * editor, or '': warned once, and listed by the debug panel under
   * "Missing settings". The check is `<inquiry-cta>`'s own, on the settings
   * it would have here: the page config's (the guide passes it none).
   */
  missing(): string {
    return ctaClass()?.contactless((key) => setting(this.localName, undefined, key))
      ? 'Visitors have no way to contact the clinic, so the call to action is left out: give page ' +
          'config "contactUrl", "phone" or "inquiryUrl".'
      : '';
  }

  /** Fragment links cannot reach into a shadow root: scroll and focus by hand. */
  private goTo(event: Event, id: SectionId): void {
    event.preventDefault();
    // The testimonials' heading is the guide's own (its part="heading"); each other section has its own.
    const target = id === 'testimonials' ? this : this.renderRoot.querySelector<DwElement>(`#${id}`);
    target?.focusHeading();
  }

  private onAreaSelect = (event: CustomEvent<AreaSelectDetail>): void => {
    const types = this.renderRoot.querySelector('#types');
    if (types instanceof DystoniaTypes && event.detail.syndromes.length > 0) {
      void types.reveal(event.detail.syndromes);
    }
  };
}
