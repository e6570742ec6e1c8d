import type {ClinicApproach} from '../../src/elements/clinic-approach/clinic-approach.js';
import {ElementHarness} from './harness.js';

/** `<clinic-approach>`: a heading and two paragraphs. */
export class ClinicApproachHarness extends ElementHarness<ClinicApproach> {}
