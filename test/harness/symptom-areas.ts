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
  /** Waits until the body map's drawing (a lazy chunk) has arrived and been drawn. */
  async drawing(): Promise<void> {
    // Polled here rather than with waitUntil(), whose timer (and the element it reads) outlives
    // its promise: the contract's memory check would count the element as retained.
    for (const end = Date.now() + 5000; !this.root.querySelector('[part="region"]');) {
      if (Date.now() > end) throw new Error('the body map was not drawn');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.el.updateComplete;
  }
  /** Rendered, with the drawing once the map is shown: the element as a person sees it once loaded. */
  override async settled(): Promise<this> {
    await this.el.updateComplete;
    if (this.root.querySelector('[part="map"]')) await this.drawing();
    return this;
  }
  /** Waits for the map's transitions (a state's stroke and tint) to end, so computed styles are the state's. */
  async still(): Promise<void> {
    await this.el.updateComplete;
    const svgEl = this.root.querySelector('svg');
    await Promise.all((svgEl?.getAnimations({subtree: true}) ?? []).map((a) => a.finished));
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
  /** A point of the drawing, given in its own coordinates (the 240 × 328 grid of body-map.ts), in the viewport. */
  mapPoint(x: number, y: number): [number, number] {
    const point = new DOMPoint(x, y).matrixTransform(this.root.querySelector('svg')!.getScreenCTM()!);
    return [Math.round(point.x), Math.round(point.y)];
  }
  /** Clicks with the real mouse at a point of the drawing (see mapPoint). */
  async clickMap(x: number, y: number): Promise<void> {
    this.root.querySelector('svg')!.scrollIntoView({block: 'center'});
    await sendMouse({type: 'click', position: this.mapPoint(x, y)});
    await this.still();
  }
  /** Moves the real mouse onto a point of the drawing (see mapPoint). */
  async pointMap(x: number, y: number): Promise<void> {
    this.root.querySelector('svg')!.scrollIntoView({block: 'center'});
    await sendMouse({type: 'move', position: this.mapPoint(x, y)});
    await this.still();
  }
  /** Moves the real mouse onto the middle of an area's list button. */
  async pointButton(id: string): Promise<void> {
    const button = this.button(id);
    button.scrollIntoView({block: 'center'});
    const box = button.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await this.still();
  }
  /** Areas whose region and list button are highlighted together (the `linked` state). */
  linked(): {regions: string[]; buttons: string[]} {
    return {
      regions: AREAS.filter((id) => this.region(id).classList.contains('linked')),
      buttons: AREAS.filter((id) => this.button(id).classList.contains('linked')),
    };
  }
  static isShown(node: Element): boolean {
    return node.checkVisibility() && node.getBoundingClientRect().height > 0;
  }
}

/** The harness around a rendered <symptom-areas>. */
export function harness(el: SymptomAreas): SymptomAreasHarness {
  return new SymptomAreasHarness(el);
}
