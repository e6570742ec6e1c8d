// A node:test reporter: counts passed and failed tests (not suites) and
// writes "N passed, N failed", which .ci/run adds to the browser totals.
export default async function* totals(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    const suite = event.data?.details?.type === 'suite';
    if (event.type === 'test:pass' && !suite) passed++;
    if (event.type === 'test:fail' && !suite) failed++;
  }
  yield `${passed} passed, ${failed} failed\n`;
}
