// #region readme
import {LitElement, html} from 'lit';
import {customElement} from 'lit/decorators.js';
import 'dystonia-widgets';

@customElement('clinic-page')
export class ClinicPage extends LitElement {
  override render() {
    return html`<dystonia-types
      .filter=${'syndromes'}
      .headingLevel=${3}
      @dw-type-toggle=${(event: GlobalEventHandlersEventMap['dw-type-toggle']) =>
        console.log(event.detail.id, event.detail.open)}
    ></dystonia-types>`;
  }
}
// #endregion readme

declare global {
  interface HTMLElementTagNameMap {
    'clinic-page': ClinicPage;
  }
}
