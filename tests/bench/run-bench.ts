/**
 * `npm run bench`: runs every benchmark once and writes bench/results/latest.json and latest.md with the
 * machine's details. Benchmarks measure; tests assert behaviour (no timing assertions in tests).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { ROOT_DIR } from '../support/server-process';
import { runBundleBench } from './bundle-bench';
import { runKernelBench } from './kernel-bench';
import { runSyncBench } from './sync-bench';
import type { Measurement } from './measure';

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

function markdown(info: ReturnType<typeof machine>, sections: Record<string, Measurement[]>): string {
  const lines = [
    '# Daiban benchmark report',
    '',
    `Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, ${info.os}, Node ${info.node}.`,
    `Commit ${info.commit}, run ${info.date}. All figures from this one run.`,
    '',
  ];
  for (const [title, rows] of Object.entries(sections)) {
    lines.push(`## ${title}`, '', '| measure | value | unit | what it means |', '|---|---:|---|---|');
    for (const row of rows)
      lines.push(`| ${row.name} | ${row.value.toLocaleString('en-US')} | ${row.unit} | ${row.note} |`);
    lines.push('');
  }
  return lines.join('\n');
}

const info = machine();
console.info('building the app for the bundle figures…');
execSync('npm run build', { cwd: ROOT_DIR, stdio: 'ignore' });
const sections = {
  'Domain kernel': runKernelBench(),
  'App bundle': runBundleBench(join(ROOT_DIR, 'dist')),
  ...(await runSyncBench()),
};
const outDir = join(ROOT_DIR, 'bench/results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify({ machine: info, sections }, null, 2)}\n`);
const report = markdown(info, sections);
writeFileSync(join(outDir, 'latest.md'), report);
console.info(report);
