// Runs the built program through commander, skipping the quick answers of dist/cli.js:
// test/quick-answers.e2e.test.ts compares the two.
const { main } = await import(new URL("../dist/_program.js", import.meta.url).href);
await main(process.argv);
