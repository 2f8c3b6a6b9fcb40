// Sums the vitest JSON reports of one `npm test` run into the single line CI reads: "N passed, N failed".
// A failing step outside the test runners (type-check, lint, build, budgets) counts as one failure.
import fs from 'node:fs';
import path from 'node:path';

const status = Number(process.argv[2] ?? 0);
const dir = 'reports';
let passed = 0;
let failed = 0;
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^vitest-.*\.json$/.test(f)) : [];
for (const file of files) {
  const report = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numTotalTests === 0 ? 1 : 0);
}
if (status !== 0 && failed === 0) failed = 1;
if (files.length === 0 && status === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
