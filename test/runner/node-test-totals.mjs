// A node:test reporter: counts passed, failed and skipped tests (not suites)
// and writes "Node <version>: N passed, N failed, N skipped" for summary.mjs.
import {totalsLine} from './summary.mjs';

export default async function* totals(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.data?.details?.type === 'suite') continue;
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    // A skipped or todo test (a todo test may fail without failing the run).
    if (event.data.skip !== undefined || event.data.todo !== undefined) skipped++;
    else if (event.type === 'test:pass') passed++;
    else failed++;
  }
  yield `${totalsLine(`Node ${process.versions.node}`, {passed, failed, skipped})}\n`;
}
