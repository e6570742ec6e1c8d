import {sendKeys} from '@web/test-runner-commands';
import type {InquiryCta} from '../../src/elements/inquiry-cta/define.js';
import {textOf} from '../helpers.js';
import {click, ElementHarness} from './harness.js';

/** `<inquiry-cta>`: heading, text, and whichever of link, phone and form are configured. */
export class InquiryCtaHarness extends ElementHarness<InquiryCta> {
  control<T extends HTMLElement = HTMLInputElement>(id: string): T {
    return this.byId<T>(id);
  }
  labelOf(id: string): string {
    return textOf(this.control(id).labels?.[0]);
  }
  /** The error message a field's aria-describedby points at, if any. */
  errorOf(id: string): string | undefined {
    const ids = (this.control(id).getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((i) => i.endsWith('-error'));
    return ids.length ? textOf(this.root.getElementById(ids[0])) : undefined;
  }
  statusText(): string {
    return textOf(this.part('status'));
  }
  radio(value: 'email' | 'phone'): HTMLInputElement {
    return this.root.querySelector<HTMLInputElement>(`input[name="contactMethod"][value="${value}"]`)!;
  }
  submitButton(): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>('[part="submit"]')!;
  }
  async typeInto(id: string, text: string): Promise<void> {
    this.control(id).focus();
    await sendKeys({type: text});
  }
  /** Ticks the consent box with the keyboard. */
  async agree(): Promise<void> {
    this.control('consent').focus();
    await sendKeys({press: ' '});
  }
  /** Types a name and an email and agrees: the least a valid form needs. */
  async fillValid(): Promise<void> {
    await this.typeInto('name', 'Ana Ruiz');
    await this.typeInto('email', 'ana@example.com');
    await this.agree();
  }
  /** Submits with the keyboard, from the send button. */
  async submit(): Promise<void> {
    this.part('submit')!.focus();
    await sendKeys({press: 'Enter'});
    await this.el.updateComplete;
  }
  /** A real mouse click in the middle of the node. */
  static click = click;
}

/** The harness around a rendered <inquiry-cta>. */
export function harness(el: InquiryCta): InquiryCtaHarness {
  return new InquiryCtaHarness(el);
}
