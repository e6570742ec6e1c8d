// Must not type-check (tsc -p tsconfig.wrong.json in check.mjs): "nope" is no filter of <dystonia-types>.
import {DystoniaTypes} from 'dystonia-widgets/react';

export function Wrong() {
  return <DystoniaTypes filter="nope" />;
}
