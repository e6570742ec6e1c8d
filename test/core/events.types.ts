/**
 * Compile-time checks of the event declarations and of emit(). This file is
 * never run: `npm run typecheck` compiles it (tsconfig.json includes test/).
 * Each `@ts-expect-error` fails the typecheck when the line after it
 * compiles, so a declaration that loosens to `any` or to `string` is caught.
 */
import {emit} from '../../src/core/events.js';
import type {
  AreaSelectDetail,
  InquiryErrorReason,
  InquiryPayload,
  TestimonialChangeDetail,
  TypeToggleDetail,
} from '../../src/define.js';
import type {AreaId} from '../../src/content/areas.js';
import type {DystoniaTypeId} from '../../src/content/types.js';

/** Compiles only when `value` is assignable to `T`. */
function is<T>(_value: T): void {}

export function emitChecks(el: HTMLElement, payload: InquiryPayload): void {
  // Each declared event with its own detail.
  emit(el, 'dw-type-toggle', {id: 'focal', open: true});
  emit(el, 'dw-area-select', {area: null, syndromes: []});
  emit(el, 'dw-testimonial-change', {index: 1});
  emit(el, 'dw-inquiry-submit', {payload}, true);
  emit(el, 'dw-inquiry-success', {status: 204});
  emit(el, 'dw-inquiry-error', {status: 0, reason: 'timeout'});
  is<boolean>(emit(el, 'dw-inquiry-success', {status: 200}));

  // @ts-expect-error: another event's detail
  emit(el, 'dw-type-toggle', {index: 1});
  // @ts-expect-error: a field missing
  emit(el, 'dw-type-toggle', {id: 'focal'});
  // @ts-expect-error: an id that is no dystonia type
  emit(el, 'dw-type-toggle', {id: 'elbow', open: true});
  // @ts-expect-error: a field of the wrong type
  emit(el, 'dw-testimonial-change', {index: '1'});
  // @ts-expect-error: a reason that is not one of InquiryErrorReason
  emit(el, 'dw-inquiry-error', {status: 500, reason: 'teapot'});
  // @ts-expect-error: an undeclared dw- event
  emit(el, 'dw-type-toggled', {id: 'focal', open: true});
  // @ts-expect-error: not one of this library's events
  emit(el, 'click', {});
  // @ts-expect-error: events are not cancelable by default; there is nothing to turn off
  emit(el, 'dw-inquiry-submit', {payload}, false);
}

export function listenerChecks(el: HTMLElement): void {
  // An element, the document and the window all receive the typed detail.
  el.addEventListener('dw-type-toggle', (event) => {
    is<CustomEvent<TypeToggleDetail>>(event);
    is<DystoniaTypeId>(event.detail.id);
    is<boolean>(event.detail.open);
  });
  document.addEventListener('dw-area-select', (event) => {
    is<CustomEvent<AreaSelectDetail>>(event);
    is<AreaId | null>(event.detail.area);
  });
  window.addEventListener('dw-testimonial-change', (event) => {
    is<CustomEvent<TestimonialChangeDetail>>(event);
    is<number>(event.detail.index);
  });
  document.addEventListener('dw-inquiry-submit', (event) => {
    is<string>(event.detail.payload.email);
    event.preventDefault();
  });
  window.addEventListener('dw-inquiry-error', (event) => is<InquiryErrorReason>(event.detail.reason));

  // The detail is typed, not `any`: a field it does not have fails.
  // @ts-expect-error: dw-type-toggle has no `index`
  el.addEventListener('dw-type-toggle', (event) => is<number>(event.detail.index));
  // @ts-expect-error: dw-area-select has no `id`
  document.addEventListener('dw-area-select', (event) => is<string>(event.detail.id));
  // @ts-expect-error: dw-testimonial-change's index is a number
  window.addEventListener('dw-testimonial-change', (event) => is<string>(event.detail.index));
  // @ts-expect-error: dw-inquiry-error carries no payload
  document.addEventListener('dw-inquiry-error', (event) => event.detail.payload);

  // @ts-expect-error: a listener written for another event
  el.addEventListener('dw-type-toggle', (event: CustomEvent<AreaSelectDetail>) => event.detail.area);
  // @ts-expect-error: a listener written for another event, on document
  document.addEventListener('dw-inquiry-success', (event: CustomEvent<{payload: InquiryPayload}>) =>
    is<InquiryPayload>(event.detail.payload)
  );
}
