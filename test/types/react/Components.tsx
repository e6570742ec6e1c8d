// The React components of `dystonia-widgets/react` (@lit/react): properties
// typed by each element's class, events as typed props.
import {DystoniaGuide, DystoniaTypes, InquiryCta, SymptomAreas} from 'dystonia-widgets/react';
import type {InquiryErrorReason} from 'dystonia-widgets';

export function Components() {
  return (
    <>
      <DystoniaTypes
        filter="syndromes"
        headingLevel={3}
        onTypeToggle={(event) => {
          const id: string = event.detail.id;
          const open: boolean = event.detail.open;
          console.log(id, open);
        }}
      />
      <SymptomAreas selected="neck" onAreaSelect={(event) => console.log(event.detail.area)} />
      <InquiryCta
        onInquiryError={(event) => {
          const reason: InquiryErrorReason = event.detail.reason;
          console.log(reason);
        }}
      />
      <DystoniaGuide onTypeToggle={(event) => console.log(event.detail.open)} />
      {/* @ts-expect-error: not one of filter's values */}
      <DystoniaTypes filter="nope" />
      {/* @ts-expect-error: headingLevel is a number */}
      <DystoniaTypes headingLevel="three" />
      {/* @ts-expect-error: dystonia-types fires no area event */}
      <DystoniaTypes onAreaSelect={() => {}} />
    </>
  );
}
