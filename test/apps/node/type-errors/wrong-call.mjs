// @ts-check
// Must fail `tsc --noEmit -p type-errors` (check.mjs): renderToString takes the markup as a string.
import {renderToString} from 'dystonia-widgets/server';

await renderToString(42, {locale: 'es'});
