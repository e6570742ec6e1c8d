// #region readme
import 'dystonia-widgets';
import type {} from 'dystonia-widgets/react-jsx';

export function TypesSection() {
  return (
    <dystonia-types
      filter="syndromes"
      heading-level={3}
      ondw-type-toggle={(event) => console.log(event.detail.id, event.detail.open)}
    />
  );
}
// #endregion readme

import {useRef} from 'react';
import type {AreaSelectDetail, InquiryErrorReason, InquiryPayload, SymptomAreas} from 'dystonia-widgets';

/** Every element, every attribute, each event's detail read with its type. */
export function EveryElement() {
  const areas = useRef<SymptomAreas>(null);
  return (
    <>
      <dystonia-guide
        clinic-name="Example Clinic"
        heading-level={2}
        ondw-area-select={(event) => {
          const detail: AreaSelectDetail = event.detail;
          console.log(detail.area);
        }}
        ondw-type-toggle={(event) => {
          const open: boolean = event.detail.open;
          console.log(open);
        }}
      />
      <dystonia-types filter="all" open="focal cervical" heading-level={2} className="types" />
      <symptom-areas
        ref={areas}
        selected="neck"
        no-map
        heading-level={3}
        ondw-area-select={(event) => {
          const syndromes: readonly string[] = event.detail.syndromes;
          console.log(syndromes);
        }}
      />
      <patient-testimonial
        index={1}
        rotate={8}
        attribution="Patient"
        heading-level={2}
        ondw-testimonial-change={(event) => {
          const index: number = event.detail.index;
          console.log(index);
        }}
      />
      <dystonia-causes heading-level={2} />
      <dystonia-symptoms
        no-areas={false}
        heading-level={2}
        ondw-area-select={(event) => console.log(event.detail.area)}
      />
      <clinic-approach clinic-name="Example Clinic" heading-level={2} />
      <inquiry-cta
        clinic-name="Example Clinic"
        href="https://clinic.example/contact"
        phone="+1 555 0100"
        action="https://clinic.example/inquiry"
        privacy-url="https://clinic.example/privacy"
        encoding="form"
        timeout={20}
        heading-level={2}
        ondw-inquiry-submit={(event) => {
          const payload: InquiryPayload = event.detail.payload;
          if (!payload.email) event.preventDefault();
        }}
        ondw-inquiry-success={(event) => {
          const status: number = event.detail.status;
          console.log(status);
        }}
        ondw-inquiry-error={(event) => {
          const reason: InquiryErrorReason = event.detail.reason;
          console.log(reason);
        }}
        onClick={(event) => console.log(event.currentTarget.action)}
      />
    </>
  );
}

/** Wrong values: each line must fail, so types that decay to `any` fail this check. */
export function WrongValues() {
  return (
    <>
      {/* @ts-expect-error: filter is 'all' | 'distribution' | 'syndromes' */}
      <dystonia-types filter="everything" />
      {/* @ts-expect-error: heading-level is a number */}
      <dystonia-causes heading-level="three" />
      {/* @ts-expect-error: no-map is a boolean */}
      <symptom-areas no-map="yes" />
      {/* @ts-expect-error: index is a number */}
      <patient-testimonial index="first" />
      {/* @ts-expect-error: encoding is 'json' | 'form' */}
      <inquiry-cta encoding="xml" />
      {/* @ts-expect-error: timeout is a number */}
      <inquiry-cta timeout="20s" />
      {/* @ts-expect-error: clinic-name is a string */}
      <clinic-approach clinic-name={42} />
      <dystonia-types
        ondw-type-toggle={(event) => {
          // @ts-expect-error: the detail is typed, not any: id is a string id
          const id: number = event.detail.id;
          console.log(id);
        }}
      />
      <inquiry-cta
        ondw-inquiry-error={(event) => {
          // @ts-expect-error: reason is one of the listed reasons
          const reason: 'offline' = event.detail.reason;
          console.log(reason);
        }}
      />
    </>
  );
}
