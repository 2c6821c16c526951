/**
 * `npm run bench [-- <name> …]`: runs the benchmarks (all, or those named), prints a table and
 * writes bench/results.json (see docs/benchmarks.md).
 */
import { join } from 'node:path';
import { bigFolder } from './big-folder.ts';
import { bundleSizes } from './bundle-sizes.ts';
import { bytesTransport } from './bytes-transport.ts';
import { cognitoRoundTrips } from './cognito-round-trips.ts';
import { firstListing } from './first-listing.ts';
import { messageRoundTrip } from './message-round-trip.ts';
import { uploadThroughput } from './upload-throughput.ts';
import { uploadWan } from './upload-wan.ts';
import { loadAverage, saveResults } from './lib/results.ts';
import { root, runBenchmarks, type Benchmark } from './lib/runner.ts';
import { formatTable } from './lib/table.ts';

const ALL: Benchmark[] = [cognitoRoundTrips, firstListing, bigFolder, uploadThroughput, uploadWan, bundleSizes, messageRoundTrip, bytesTransport];
const allNames = ALL.map((benchmark) => benchmark.name);

const names = process.argv.slice(2);
const unknown = names.filter((name) => !allNames.includes(name));
if (unknown.length > 0) {
  console.error(`No benchmark named ${unknown.join(', ')}. Choose from: ${allNames.join(', ')}.`);
  process.exit(2);
}
const chosen = names.length === 0 ? ALL : ALL.filter((benchmark) => names.includes(benchmark.name));

const resultsFile = join(root, 'bench', 'results.json');
const loadAverageAtStart = loadAverage();
const rows = await runBenchmarks(chosen, (line) => console.log(`[bench] ${line}`));
console.log(`\n${formatTable(rows)}\n`);
const kept = await saveResults(
  resultsFile,
  rows,
  chosen.map((benchmark) => benchmark.name),
  allNames,
  { loadAverageAtStart },
);
console.log(`wrote ${resultsFile}${kept > 0 ? ` (${kept} rows of benchmarks not run this time kept from the last run)` : ''}`);
