/**
 * `npm run bench`: runs every benchmark once and writes bench/results/latest.json and latest.md with the
 * machine's details. Benchmarks measure; tests assert behaviour (no timing assertions in tests).
 * The app is built into a temporary directory (never ./dist) and served from there.
 *
 * BENCH_ONLY=weak,capacity (any of kernel, bundle, sync, weak, capacity, cold, list) runs a part and
 * writes its report to $TMPDIR/daiban-bench-partial/ (or BENCH_OUT_DIR), never over bench/results.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { ROOT_DIR } from '../support/server-process';
import { benchAppDir, removeBenchBuilds } from './bench-builds';
import { runBundleBench } from './bundle-bench';
import { runCaseListBench } from './case-list-bench';
import { runColdStartBench } from './cold-start-bench';
import { runKernelBench } from './kernel-bench';
import type { Measurement } from './measure';
import { runServerCapacityBench } from './server-capacity-bench';
import { runSyncBench } from './sync-bench';
import { runWeakLinkBench } from './weak-link-bench';

type Sections = Record<string, Measurement[]>;

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    commit: execSync('git rev-parse --short HEAD', { cwd: ROOT_DIR }).toString().trim(),
    date: new Date().toISOString(),
  };
}

function markdown(info: ReturnType<typeof machine>, sections: Sections, durations: string[]): string {
  const lines = [
    '# Daiban benchmark report',
    '',
    `Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, ${info.os}, Node ${info.node}.`,
    `Commit ${info.commit}, run ${info.date}. All figures from this one run (${durations.join(', ')}).`,
    '',
  ];
  for (const [title, rows] of Object.entries(sections)) {
    lines.push(
      `## ${title}`,
      '',
      '| measure | value | unit | target | what it means |',
      '|---|---:|---|---|---|',
    );
    for (const row of rows)
      lines.push(
        `| ${row.name} | ${row.value.toLocaleString('en-US')} | ${row.unit} | ${row.target ?? '—'} | ${row.note} |`,
      );
    lines.push('');
  }
  return lines.join('\n');
}

const PARTS = ['kernel', 'bundle', 'sync', 'weak', 'capacity', 'cold', 'list'] as const;
type Part = (typeof PARTS)[number];
const only = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((part) => part.trim())
  .filter((part) => part !== '');
for (const part of only)
  if (!PARTS.includes(part as Part))
    throw new Error(`BENCH_ONLY: unknown part ${part} (${PARTS.join(', ')})`);
const isPartial = only.length > 0;
const wants = (part: Part) => !isPartial || only.includes(part);

const info = machine();
const sections: Sections = {};
const durations: string[] = [];
const failures: string[] = [];
const runStarted = performance.now();
async function part(name: Part, title: string, run: () => Promise<Sections> | Sections): Promise<void> {
  if (!wants(name)) return;
  const started = performance.now();
  console.info(`\n=== bench: ${title} (${Math.round((started - runStarted) / 1000)} s into the run) ===`);
  try {
    Object.assign(sections, await run());
  } catch (error) {
    // One failed part must not cost the figures of the others: it is reported, and the run exits non-zero.
    failures.push(title);
    console.error(`!!! bench: ${title} FAILED`, error);
    sections[`${title}: FAILED`] = [
      {
        name: 'error',
        unit: '',
        value: 0,
        note: (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 400),
      },
    ];
  }
  const took = Math.round((performance.now() - started) / 1000);
  durations.push(`${name} ${took} s`);
  console.info(`=== bench: ${title} done in ${took} s ===`);
}

try {
  await part('kernel', 'domain kernel', () => ({ 'Domain kernel': runKernelBench() }));
  await part('bundle', 'app bundle', () => {
    console.info('building the app into a temporary directory…');
    return { 'App bundle': runBundleBench(benchAppDir()) };
  });
  await part('cold', 'cold offline start', () => runColdStartBench(benchAppDir()));
  await part('list', 'case list at 10,000 local cases', runCaseListBench);
  await part('weak', 'weak links', runWeakLinkBench);
  await part('capacity', 'server capacity (SQLite)', () => runServerCapacityBench('sqlite'));
  await part('capacity', 'server capacity (PostgreSQL)', () => runServerCapacityBench('postgres'));
  await part('sync', 'initial sync and push', runSyncBench);
} finally {
  removeBenchBuilds();
}
durations.push(`total ${Math.round((performance.now() - runStarted) / 1000)} s`);

const outDir =
  process.env.BENCH_OUT_DIR ??
  (isPartial ? join(tmpdir(), 'daiban-bench-partial') : join(ROOT_DIR, 'bench/results'));
const base = isPartial ? 'partial' : 'latest';
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, `${base}.json`),
  `${JSON.stringify({ machine: info, durations, sections }, null, 2)}\n`,
);
const report = markdown(info, sections, durations);
writeFileSync(join(outDir, `${base}.md`), report);
console.info(report);
console.info(`written to ${join(outDir, `${base}.md`)}`);
if (failures.length > 0) {
  console.error(`!!! bench: failed parts: ${failures.join('; ')}`);
  process.exitCode = 1;
}
