import {sendMouse} from '@web/test-runner-commands';
import type {AreaSelectDetail, SymptomAreas} from '../../src/elements/symptom-areas/symptom-areas.js';
import {textOf} from '../helpers.js';
import {ElementHarness} from './harness.js';

export const AREAS = ['eyes', 'neck', 'face-head-neck', 'vocal-cords', 'hand-forearm'];

/** `<symptom-areas>`: a body map and a list of area controls. */
export class SymptomAreasHarness extends ElementHarness<SymptomAreas> {
  item(id: string): HTMLElement {
    const found = this.root.querySelector<HTMLElement>(`[part="area"][data-area="${id}"]`);
    if (!found) throw new Error(`no list item ${id}`);
    return found;
  }
  button(id: string): HTMLButtonElement {
    return this.item(id).querySelector('button')!;
  }
  region(id: string): SVGGElement {
    const found = this.root.querySelector<SVGGElement>(`[part="region"][data-area="${id}"]`);
    if (!found) throw new Error(`no map region ${id}`);
    return found;
  }
  syndromes(id: string): HTMLElement {
    return this.item(id).querySelector<HTMLElement>('[part="syndromes"]')!;
  }
  /** The area headings (heading-level sets their level; there is no top heading). */
  areaHeadings(): HTMLElement[] {
    return this.all('[part="area-heading"]');
  }
  /** Areas whose list button is pressed. */
  pressed(): string[] {
    return AREAS.filter((id) => this.button(id).getAttribute('aria-pressed') === 'true');
  }
  /** Areas drawn as selected in the map. */
  drawnSelected(): string[] {
    return AREAS.filter((id) => this.region(id).classList.contains('selected'));
  }
  /** Syndrome names shown to a person, over the whole element. */
  shownSyndromes(): string[] {
    return this.all('[part="syndromes"] li')
      .filter((node) => SymptomAreasHarness.isShown(node))
      .map(textOf);
  }
  /** Every dw-area-select detail fired from now on. */
  collect(): AreaSelectDetail[] {
    const details: AreaSelectDetail[] = [];
    this.el.addEventListener('dw-area-select', (e) =>
      details.push((e as CustomEvent<AreaSelectDetail>).detail)
    );
    return details;
  }
  /**
   * Clicks with the real mouse at a point of the drawing, given in the map's
   * own coordinates (the 200 × 312 grid of body-map.ts).
   */
  async clickMap(x: number, y: number): Promise<void> {
    const svgEl = this.root.querySelector('svg')!;
    svgEl.scrollIntoView({block: 'center'});
    const point = new DOMPoint(x, y).matrixTransform(svgEl.getScreenCTM()!);
    await sendMouse({type: 'click', position: [Math.round(point.x), Math.round(point.y)]});
    await this.el.updateComplete;
  }
  static isShown(node: Element): boolean {
    return node.checkVisibility() && node.getBoundingClientRect().height > 0;
  }
}

/** The harness around a rendered <symptom-areas>. */
export function harness(el: SymptomAreas): SymptomAreasHarness {
  return new SymptomAreasHarness(el);
}
