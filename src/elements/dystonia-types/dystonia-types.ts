import {html, nothing, type PropertyValues} from 'lit';
import {cut, cutList} from '../../core/warn.js';
import {DwElement} from '../../core/element.js';
import {emit} from '../../core/events.js';
import {heading} from '../../core/heading.js';
import {headingButtonStyles} from '../../core/heading-button-styles.js';
import {baseStyles} from '../../core/styles.js';
import {
  dystoniaTypeIds,
  typesContent,
  type DystoniaType,
  type DystoniaTypeGroup,
  type DystoniaTypeId,
} from '../../content/types.js';
import type {Props} from '../../core/schema.js';
import {schema} from './dystonia-types.schema.js';
import {styles} from './dystonia-types.styles.js';

export type TypesFilter = 'all' | DystoniaTypeGroup;

export interface TypeToggleDetail {
  /** The type's id, e.g. `focal` or `blepharospasm`. */
  id: DystoniaTypeId;
  /** Whether the type's description is now shown. */
  open: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dw-type-toggle': CustomEvent<TypeToggleDetail>;
  }
}

// The schema's properties, typed (src/core/schema.ts, Props).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface DystoniaTypes extends Props<typeof schema> {}

/**
 * The types of dystonia: by body distribution (5) and the syndromes (9),
 * each a disclosure that shows its description.
 *
 * @tagname dystonia-types
 *
 * @event {TypeToggleDetail} dw-type-toggle - A person opened or closed a type. `detail: {id, open}`.
 *   Not fired when the host sets `open`.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart heading - The section heading.
 * @csspart intro - The sentence introducing each group.
 * @csspart list - Each group's list.
 * @csspart item - One type.
 * @csspart summary - The button that opens and closes a type.
 * @csspart description - A type's description.
 *
 * @cssprop --dw-font - Font family (default: inherited from the page).
 * @cssprop --dw-color - Text colour (default: inherited from the page).
 * @cssprop --dw-accent - Fill of primary buttons, bars and selections (default: #005eb8).
 * @cssprop --dw-on-accent - Text and marks on the accent fill (default: #fff).
 * @cssprop --dw-accent-ink - Accent for text and lines on the page's background: outlines, markers, headings of disclosures (default: the accent mixed 62 % with the text colour, darker on light pages, lighter on dark ones).
 * @cssprop --dw-surface - Tint of cards and bars (default: the text colour at 5 %).
 * @cssprop --dw-border-color - Colour of separators and box borders (default: the text colour at 30%).
 * @cssprop --dw-focus-color - Focus outline colour (default: the text colour).
 * @cssprop --dw-radius - Corner radius of buttons, cards and fields (default: 4px).
 * @cssprop --dw-spacing - Space between blocks (default: 1em).
 * @cssprop --dw-line-height - Line height of the text (default: 1.5).
 * @cssprop --dw-letter-spacing - Letter spacing of the text (default: normal).
 * @cssprop --dw-word-spacing - Word spacing of the text (default: normal).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class DystoniaTypes extends DwElement {
  static override styles = [baseStyles, headingButtonStyles, styles];

  static override schema = schema;

  static override get properties() {
    return {opened: {state: true}};
  }

  private opened = new Set<DystoniaTypeId>();

  /** The validated `filter`. */
  private shown: TypesFilter = schema.filter.default;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('filter')) this.shown = this.validFilter();
    if (changed.has('open')) this.opened = this.parseOpen(this.open);
  }

  protected override renderContent() {
    const content = typesContent();
    const level = this.level;
    const filter = this.shown;
    const groups: Array<[DystoniaTypeGroup, string]> = [
      ['distribution', content.distributionIntro],
      ['syndromes', content.syndromesIntro],
    ];
    return html`
      ${heading(level, content.heading, 'heading')}
      ${groups.map(([group, intro]) =>
        filter === 'all' || filter === group
          ? html`<div class="group">
              <p part="intro" class="intro" id="intro-${group}">${intro}</p>
              <ul part="list" class="list" aria-labelledby="intro-${group}">
                ${content.types
                  .filter((type) => type.group === group)
                  .map((type) => this.renderType(type, level + 1))}
              </ul>
            </div>`
          : nothing
      )}
    `;
  }

  private renderType(type: DystoniaType, level: number) {
    const open = this.opened.has(type.id);
    const button = html`<button
      part="summary"
      class="summary heading-button"
      id="summary-${type.id}"
      aria-expanded=${open}
      aria-controls="description-${type.id}"
      @click=${() => this.toggle(type.id)}
    >
      <span class="marker" aria-hidden="true"></span><span class="name">${type.name}</span>
    </button>`;
    return html`<li part="item" class="item" data-type=${type.id}>
      ${heading(level, button, 'item-heading')}
      <p part="description" class="description" id="description-${type.id}" ?hidden=${!open}>
        ${type.description}
      </p>
    </li>`;
  }

  /**
   * Opens the given types (others keep their state) and moves focus to the
   * first one's button, e.g. when a person picks a body area elsewhere.
   * Unknown ids are ignored. Fires no `dw-type-toggle`: the host asked.
   */
  async reveal(ids: readonly string[], options: {focus?: boolean} = {}): Promise<void> {
    const known = dystoniaTypeIds.filter((id) => ids.includes(id));
    if (known.length === 0) return;
    this.setOpen(known, true);
    await this.updateComplete;
    // Own options only: a `focus` on a polluted Object.prototype is not the caller's.
    if (({__proto__: null, ...options} as typeof options).focus ?? true) {
      const first = ids.find((id): id is DystoniaTypeId => known.includes(id as DystoniaTypeId));
      this.renderRoot.querySelector<HTMLElement>(`#summary-${first}`)?.focus();
    }
  }

  private toggle(id: DystoniaTypeId): void {
    const open = !this.opened.has(id);
    this.setOpen([id], open);
    emit(this, 'dw-type-toggle', {id, open});
  }

  /**
   * Opens or closes `ids`, others keeping their state: `open` is written in
   * the content's order, and willUpdate reads it back into `opened`.
   */
  private setOpen(ids: readonly DystoniaTypeId[], open: boolean): void {
    this.open = dystoniaTypeIds.filter((t) => (ids.includes(t) ? open : this.opened.has(t))).join(' ');
  }

  private validFilter(): TypesFilter {
    const {values, default: fallback} = schema.filter;
    if (values.includes(this.filter)) return this.filter;
    this.warn(`filter="${cut(this.filter)}" is not one of ${values.join(', ')}; showing ${fallback}.`);
    return fallback;
  }

  private parseOpen(value: string | null | undefined): Set<DystoniaTypeId> {
    const words = String(value ?? '')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (words.length === 1 && words[0] === 'all') return new Set(dystoniaTypeIds);
    const ids = new Set<DystoniaTypeId>();
    const unknown: string[] = [];
    for (const word of words) {
      if ((dystoniaTypeIds as readonly string[]).includes(word)) ids.add(word as DystoniaTypeId);
      else unknown.push(word);
    }
    // One warning for the whole attribute, never one per word.
    if (unknown.length > 0) {
      this.warn(
        `open="${cut(value)}" names unknown type(s) ${cutList(unknown)}; ignoring them. ` +
          `Known ids: all, ${dystoniaTypeIds.join(', ')}.`
      );
    }
    return ids;
  }
}
