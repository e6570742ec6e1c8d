import type {ClinicApproach} from '../../src/elements/clinic-approach/clinic-approach.js';
import {ElementHarness} from './harness.js';

/** `<clinic-approach>`: a heading and two paragraphs. */
export class ClinicApproachHarness extends ElementHarness<ClinicApproach> {}

/** The harness around a rendered <clinic-approach>. */
export function harness(el: ClinicApproach): ClinicApproachHarness {
  return new ClinicApproachHarness(el);
}
