// Not part of the app: check.mjs type-checks this file on its own and
// expects tsc to refuse the value ('nope' is not a filter).
import {DystoniaTypes} from 'dystonia-widgets/react';

export const WrongFilter = () => <DystoniaTypes filter="nope" />;
