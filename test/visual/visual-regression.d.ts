// @web/test-runner-visual-regression 0.10's types point at ./browser/commands.mjs,
// which has no .d.mts beside it: TypeScript finds no types. Its one export, as its
// browser/commands.d.ts declares it.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
