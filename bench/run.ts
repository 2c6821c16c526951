/**
 * `npm run bench [-- <name> …]`: runs the benchmarks (all, or those named), prints a table and
 * writes bench/results.json. Rows of benchmarks not run this time are kept from the last file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleSizes } from './bundle-sizes.ts';
import { bytesTransport } from './bytes-transport.ts';
import { cognitoRoundTrips } from './cognito-round-trips.ts';
import { firstListing } from './first-listing.ts';
import { messageRoundTrip } from './message-round-trip.ts';
import { uploadThroughput } from './upload-throughput.ts';
import type { Row } from './lib/rows.ts';
import { root, runBenchmarks, type Benchmark } from './lib/runner.ts';
import { formatTable, writeResults } from './lib/table.ts';

const ALL: Benchmark[] = [cognitoRoundTrips, firstListing, uploadThroughput, bundleSizes, messageRoundTrip, bytesTransport];

const names = process.argv.slice(2);
const unknown = names.filter((name) => !ALL.some((benchmark) => benchmark.name === name));
if (unknown.length > 0) {
  console.error(`No benchmark named ${unknown.join(', ')}. Choose from: ${ALL.map((benchmark) => benchmark.name).join(', ')}.`);
  process.exit(2);
}
const chosen = names.length === 0 ? ALL : ALL.filter((benchmark) => names.includes(benchmark.name));

const resultsFile = join(root, 'bench', 'results.json');
const rows = await runBenchmarks(chosen, (line) => console.log(`[bench] ${line}`));
const stamped = rows.map((row) => ({ ...row, when: new Date().toISOString() }));
const earlier = ((JSON.parse(await readFile(resultsFile, 'utf8').catch(() => '{"rows":[]}')) as { rows: Row[] }).rows)
  .filter((row) => !chosen.some((benchmark) => benchmark.name === row.benchmark));
const order = (row: Row) => ALL.findIndex((benchmark) => benchmark.name === row.benchmark);
const all = [...earlier, ...stamped].sort((a, b) => order(a) - order(b));
console.log(`\n${formatTable(stamped)}\n`);
await writeResults(resultsFile, all, {});
console.log(`wrote ${resultsFile}${earlier.length > 0 ? ' (rows of benchmarks not run this time kept from the last run)' : ''}`);
