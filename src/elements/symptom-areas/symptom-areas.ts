import {css, html, isServer, nothing, svg, type CSSResult, type PropertyValues} from 'lit';
import {cut} from '../../core/warn.js';
import {DwElement} from '../../core/element.js';
import type {Props} from '../../core/schema.js';
import {schema} from './symptom-areas.schema.js';
import {emit} from '../../core/events.js';
import {heading} from '../../core/heading.js';
import {headingButtonStyles} from '../../core/heading-button-styles.js';
import {baseStyles} from '../../core/styles.js';
import {
  areaIds,
  areaSyndromes,
  areasContent,
  isAreaId,
  type AreaId,
  type BodyArea,
} from '../../content/areas.js';
import type {SyndromeId} from '../../content/types.js';
import {styles} from './symptom-areas.styles.js';

/** The body map's drawing (./body-map.ts): its path data and its rules. */
type Drawing = typeof import('./body-map.js');

/**
 * The drawing, loaded once per page by the first element that shows a map;
 * undefined until then. It resolves to undefined when the chunk could not be
 * loaded: the elements then show their list only, with a warning, until the
 * page is reloaded.
 */
let drawing: Promise<Drawing | undefined> | undefined;

/** The drawing's rules, once its chunk has loaded. */
let drawingStyles: CSSResult | undefined;

function loadDrawing(): NonNullable<typeof drawing> {
  return (drawing ??= import('./body-map.js').then(
    (module) => {
      // Every <symptom-areas> made from now on adopts them with the class's
      // styles; one made before adds them when the drawing reaches it.
      drawingStyles = module.styles(css);
      SymptomAreas.elementStyles.push(drawingStyles);
      return module;
    },
    () => undefined
  ));
}

/**
 * Areas drawn as related (a dotted outline) while another area is selected:
 * "Face, head and neck" includes the neck, which has its own region. No
 * prototype: an area id set on a polluted Object.prototype is not in it.
 */
const ALSO = {
  __proto__: null,
  'face-head-neck': ['neck'],
} as Readonly<Partial<Record<AreaId, readonly AreaId[]>>>;

export interface AreaSelectDetail {
  /** The selected area's id, or `null` when a person deselected it. */
  area: AreaId | null;
  /** Ids of the syndromes linked to that area (empty when deselected). */
  syndromes: SyndromeId[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dw-area-select': CustomEvent<AreaSelectDetail>;
  }
}

// The schema's properties, typed (src/core/schema.ts, Props).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface SymptomAreas extends Props<typeof schema> {}

/**
 * The five body areas commonly affected by dystonia, each with its
 * description, as a list beside a body map. Selecting an area (in the map or
 * the list) shows the syndromes linked to it.
 *
 * Accessibility pattern: each area name in the list is a toggle button
 * (`aria-pressed`) inside the area's heading; those buttons are the only
 * controls assistive technology sees. The map repeats them for pointer users
 * and is `aria-hidden`: a second, graphical set of the same five controls
 * would be announced twice, and SVG roles are read inconsistently by screen
 * readers, while a button in a heading is understood everywhere and keeps
 * the name, description and related syndromes together in reading order.
 * Keyboard users reach every area with Tab and select with Enter or Space.
 * Pressing the selected area again deselects it, as a toggle button does.
 *
 * The map is a front view of a person from the head to mid-thigh, each area
 * a region of it shaped by the anatomy. Pointing at a region, or at an
 * area's button (or focusing the button), highlights both; a click on a
 * region selects its area as its button does. The drawing is a lazy chunk,
 * loaded when the element connects and drawn into a box of its size
 * reserved from the first render (empty in a server render, and until the
 * chunk arrives): the text never waits for it, and nothing moves when it comes.
 *
 * @tagname symptom-areas
 *
 * @event {AreaSelectDetail} dw-area-select - A person selected or deselected an area, in the map or the list.
 *   `detail: {area, syndromes}`: the area id and its linked syndrome ids, or
 *   `{area: null, syndromes: []}` on deselection. Not fired when the host sets `selected`.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart map - The body map's box (decorative for assistive technology; clickable).
 * @csspart region - One clickable area of the map (an SVG group), once the drawing has loaded.
 * @csspart list - The list of areas.
 * @csspart area - One area in the list.
 * @csspart area-heading - An area's heading (h2 by default, per `heading-level`).
 * @csspart area-button - The toggle button inside an area's heading (outlined; tinted, with a checked mark, when pressed).
 * @csspart area-description - An area's description.
 * @csspart syndromes - The syndromes linked to the selected area, with their label.
 *
 * @cssprop --dw-font - Font family (default: inherited from the page).
 * @cssprop --dw-color - Text colour (default: inherited from the page).
 * @cssprop --dw-accent - Fill of primary buttons, bars and selections (default: #005eb8).
 * @cssprop --dw-on-accent - Text and marks on the accent fill (default: #fff).
 * @cssprop --dw-accent-ink - Accent for text and lines on the page's background: outlines, markers, headings of disclosures (default: the accent mixed 62 % with the text colour, darker on light pages, lighter on dark ones).
 * @cssprop --dw-focus-color - Focus outline colour (default: the text colour).
 * @cssprop --dw-map-fill - Skin of the figure in the body map (default: the text colour at 8 %, a neutral tint on light and dark pages).
 * @cssprop --dw-map-stroke - Stroke of the body outline and the map regions (default: the text colour).
 * @cssprop --dw-radius - Corner radius of buttons, cards and fields (default: 4px).
 * @cssprop --dw-spacing - Space between blocks (default: 1em).
 * @cssprop --dw-line-height - Line height of the text (default: 1.5).
 * @cssprop --dw-letter-spacing - Letter spacing of the text (default: normal).
 * @cssprop --dw-word-spacing - Word spacing of the text (default: normal).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SymptomAreas extends DwElement {
  static override styles = [baseStyles, headingButtonStyles, styles];

  static override schema = schema;

  static override get properties() {
    return {current: {state: true}, linked: {state: true}, drawn: {state: true}};
  }

  private current: AreaId | null = null;

  /** The area whose region and list button are highlighted together (pointer or focus on either). */
  private linked: AreaId | null = null;

  /** The drawing once its chunk has loaded; null when it could not be. */
  private drawn: Drawing | null | undefined = undefined;

  /** Whether the drawing was asked for (see updated()). */
  private asked = false;

  /** Whether the shadow root was made with the drawing's styles (the class had them already). */
  private readonly styled = !!drawingStyles;

  override connectedCallback(): void {
    super.connectedCallback();
    // The drawing starts loading with the element, beside its translation; it is drawn after the first render.
    if (!isServer && !this.noMap) void loadDrawing();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('selected')) this.current = this.parseSelected(this.selected);
  }

  /**
   * Draws the figure once a render has shown its empty box: a server render
   * never has the drawing, and the first render, which hydrates it, must
   * match it. The box's size is reserved, so nothing moves when it comes.
   */
  protected override updated(): void {
    if (this.noMap || this.asked) return;
    this.asked = true;
    void loadDrawing().then((module) => {
      if (!module)
        this.warn(
          'the body map could not be loaded (serve the chunks/ folder next to the script, as in dist/); ' +
            'showing the list only.'
        );
      // restyle() makes the sheets again from the class's styles, in this element's window;
      // without constructed sheets, Lit's <style> elements get the drawing's as one more.
      // Made before the drawing's rules were added to the class: adopt them now.
      else if (!this.styled) this.restyle();
      this.drawn = module ?? null;
    });
  }

  protected override renderContent() {
    const {areas, syndromesLabel} = areasContent();
    const level = this.level;
    return html`
      ${
        this.noMap || this.drawn === null
          ? nothing
          : html`<div part="map" class="map">
            <svg
              class="figure"
              viewBox="0 0 240 328"
              focusable="false"
              aria-hidden="true"
              @click=${this.pick}
              @pointerover=${this.link}
              @pointerleave=${this.link}
            >
              ${this.drawn ? this.renderDrawing(this.drawn, areas) : nothing}
            </svg>
          </div>`
      }
      <ul
        part="list"
        class="list"
        @pointerover=${this.link}
        @pointerleave=${this.link}
        @focusin=${this.link}
        @focusout=${this.link}
      >
        ${areas.map((area) => this.renderArea(area, level, syndromesLabel))}
      </ul>
    `;
  }

  /**
   * The body map: pointer-only by design (the list's buttons are the
   * accessible controls), so the whole drawing is hidden from assistive
   * technology and holds no focusable element; each region's `<title>` is a
   * tooltip for mouse users. Skin under the regions, every line over them.
   */
  private renderDrawing({skin, lines, regions}: Drawing, areas: BodyArea[]) {
    const selected = this.current;
    const also = selected ? (ALSO[selected] ?? []) : [];
    return svg`<defs>
        <pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <path d="M0 0V5"></path>
        </pattern>
      </defs>
      <path class="skin" d=${skin}></path>
      ${regions.map(
        ([id, d]) => svg`<g
          part="region"
          class="region${id === selected ? ' selected' : ''}${also.includes(id) ? ' related' : ''}${id === this.linked ? ' linked' : ''}"
          data-area=${id}
        >
          <title .textContent=${areas.find((area) => area.id === id)!.name}></title>
          <path d=${d}></path>
          ${id === selected ? svg`<path class="hatch" fill="url(#hatch)" d=${d}></path>` : nothing}
        </g>`
      )}
      <path class="line" d=${lines}></path>`;
  }

  private renderArea(area: BodyArea, level: number, syndromesLabel: string) {
    const selected = area.id === this.current;
    const button = html`<button
      part="area-button"
      class="area-button heading-button${area.id === this.linked ? ' linked' : ''}"
      type="button"
      aria-pressed=${selected}
      aria-controls="syndromes-${area.id}"
      data-area=${area.id}
      @click=${() => this.choose(area.id, false)}
    >
      <span class="mark" aria-hidden="true"></span><span class="name">${area.name}</span>
    </button>`;
    return html`<li part="area" class="area" data-area=${area.id}>
      ${heading(level, button, 'area-heading')}
      <p part="area-description" class="area-description">${area.description}</p>
      <div part="syndromes" class="syndromes" id="syndromes-${area.id}" ?hidden=${!selected}>
        <p class="syndromes-label" id="syndromes-label-${area.id}">${syndromesLabel}</p>
        <ul class="syndrome-list" aria-labelledby="syndromes-label-${area.id}">
          ${area.syndromes.map(
            (syndrome) => html`<li class="syndrome" data-syndrome=${syndrome.id}>${syndrome.name}</li>`
          )}
        </ul>
      </div>
    </li>`;
  }

  /** The area of a region or list button an event happened on, if any. */
  private areaOf(event: Event): AreaId | null {
    return ((event.target as Element).closest<HTMLElement>('.region, .area-button')?.dataset.area ??
      null) as AreaId | null;
  }

  /** A click on a region selects its area, as its list button does. */
  private pick(event: Event): void {
    const id = this.areaOf(event);
    if (id) this.choose(id, true);
  }

  /** The pointer entered or left a region or a list button, or one of the buttons got or lost focus. */
  private link(event: Event): void {
    this.linked = /leave|out/.test(event.type) ? null : this.areaOf(event);
  }

  /** A person picked an area: toggle it, keep `selected` in sync, tell the host. */
  private choose(id: AreaId, fromMap: boolean): void {
    const next = this.current === id ? null : id;
    this.current = next;
    this.selected = next ?? '';
    emit(this, 'dw-area-select', {
      area: next,
      syndromes: next ? [...areaSyndromes[next]] : [],
    });
    if (fromMap && next) {
      // On narrow layouts the list sits below the map: bring the area whose
      // syndromes just appeared into view (instantly, no animated scroll).
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector(`[part~="area"][data-area="${next}"]`)
          ?.scrollIntoView({block: 'nearest', inline: 'nearest'})
      );
    }
  }

  private parseSelected(value: string | null | undefined): AreaId | null {
    const id = String(value ?? '').trim();
    if (!id) return null;
    if (isAreaId(id)) return id;
    this.warn(
      `selected="${cut(value)}" is not a body area; nothing is selected. ` +
        `Known ids: ${areaIds.join(', ')}.`
    );
    return null;
  }
}
