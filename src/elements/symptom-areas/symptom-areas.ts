import {html, nothing, type PropertyValues} from 'lit';
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
import {bodyMap} from './body-map.js';
import {styles} from './symptom-areas.styles.js';

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
 * @tagname symptom-areas
 *
 * @event {AreaSelectDetail} dw-area-select - A person selected or deselected an area, in the map or the list.
 *   `detail: {area, syndromes}`: the area id and its linked syndrome ids, or
 *   `{area: null, syndromes: []}` on deselection. Not fired when the host sets `selected`.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart map - The body map (decorative for assistive technology; clickable).
 * @csspart region - One clickable area of the map (an SVG group).
 * @csspart list - The list of areas.
 * @csspart area - One area in the list.
 * @csspart area-heading - An area's heading (h2 by default, per `heading-level`).
 * @csspart area-button - The toggle button inside an area's heading.
 * @csspart area-description - An area's description.
 * @csspart syndromes - The syndromes linked to the selected area, with their label.
 *
 * @cssprop --dw-font - Font family (default: inherited from the page).
 * @cssprop --dw-color - Text colour (default: inherited from the page).
 * @cssprop --dw-accent - Fill of primary buttons, bars and selections (default: #005eb8).
 * @cssprop --dw-accent-ink - Accent for text and lines on the page's background: outlines, markers, headings of disclosures (default: the accent mixed 62 % with the text colour, darker on light pages, lighter on dark ones).
 * @cssprop --dw-border-color - Colour of separators and box borders (default: the text colour at 30%).
 * @cssprop --dw-focus-color - Focus outline colour (default: the text colour).
 * @cssprop --dw-map-fill - Fill of the body outline (default: transparent).
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
    return {current: {state: true}};
  }

  private current: AreaId | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('selected')) this.current = this.parseSelected(this.selected);
  }

  protected override renderContent() {
    const {areas, syndromesLabel} = areasContent();
    const level = this.level;
    return html`
      ${
        this.noMap
          ? nothing
          : html`<div part="map" class="map">
            ${bodyMap(areas, this.current, (id) => this.choose(id, true))}
          </div>`
      }
      <ul part="list" class="list">
        ${areas.map((area) => this.renderArea(area, level, syndromesLabel))}
      </ul>
    `;
  }

  private renderArea(area: BodyArea, level: number, syndromesLabel: string) {
    const selected = area.id === this.current;
    const button = html`<button
      part="area-button"
      class="area-button heading-button"
      type="button"
      aria-pressed=${selected}
      aria-controls="syndromes-${area.id}"
      @click=${() => this.choose(area.id, false)}
    >
      <span class="marker" aria-hidden="true"></span><span class="name">${area.name}</span>
    </button>`;
    return html`<li
      part="area"
      class=${selected ? 'area selected' : 'area'}
      data-area=${area.id}
    >
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
