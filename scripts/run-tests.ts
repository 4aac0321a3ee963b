/**
 * `npm test`: every suite in order, each counted, then one closing line `N passed, N failed` that sums them
 * (neither Vitest nor Playwright prints that form). A suite that cannot run, or whose report is missing,
 * counts as failed, so a broken step can never look like a green run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
}

const RESULTS = 'test-results';

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    const relay = (chunk: Buffer, to: NodeJS.WriteStream) => {
      output += chunk.toString();
      to.write(chunk);
    };
    child.stdout.on('data', (chunk: Buffer) => relay(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => relay(chunk, process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** A step that is one check: passed when it exits 0. */
async function check(name: string, command: string, args: string[]): Promise<SuiteResult> {
  const { code } = await run(command, args);
  return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

async function vitest(): Promise<SuiteResult> {
  const report = `${RESULTS}/vitest.json`;
  const { code } = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const json = readJson(report) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | undefined;
  if (!json) return { name: 'unit (vitest)', passed: 0, failed: 1, skipped: 0 };
  // A non-zero exit with no failed test (an error outside tests, an unhandled rejection) is a failure too.
  const failed = json.numFailedTests + (code !== 0 && json.numFailedTests === 0 ? 1 : 0);
  return { name: 'unit (vitest)', passed: json.numPassedTests, failed, skipped: json.numPendingTests + json.numTodoTests };
}

async function playwright(): Promise<SuiteResult> {
  const report = `${RESULTS}/playwright.json`;
  const { code } = await run('npx', ['playwright', 'test']);
  const json = readJson(report) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
  if (!json) return { name: 'end-to-end (playwright)', passed: 0, failed: 1, skipped: 0 };
  const { expected, unexpected, flaky, skipped } = json.stats;
  const failed = unexpected + flaky + (code !== 0 && unexpected + flaky === 0 ? 1 : 0);
  return { name: 'end-to-end (playwright)', passed: expected, failed, skipped };
}

async function electronegativity(): Promise<SuiteResult> {
  const { code, output } = await run('npx', ['tsx', 'scripts/check-electronegativity.ts']);
  const match = /electronegativity: (\d+) passed, (\d+) failed/.exec(output);
  if (!match) return { name: 'electron hardening', passed: 0, failed: 1, skipped: 0 };
  const failed = Number(match[2]) + (code !== 0 && Number(match[2]) === 0 ? 1 : 0);
  return { name: 'electron hardening', passed: Number(match[1]), failed, skipped: 0 };
}

async function main(): Promise<void> {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const results: SuiteResult[] = [];
  results.push(await check('typecheck', 'npm', ['run', '--silent', 'typecheck']));
  results.push(await electronegativity());
  const build = await check('build', 'npm', ['run', '--silent', 'build']);
  results.push(build);
  results.push(await vitest());
  results.push(build.failed ? { name: 'end-to-end (playwright): not run, the build failed', passed: 0, failed: 1, skipped: 0 } : await playwright());

  const total = results.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
  const lines = results.map((r) => `  ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
  const closing = `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`;
  console.log(['', 'Test summary', ...lines, closing].join('\n'));
  writeFileSync(`${RESULTS}/summary.txt`, `${closing}\n`);
  process.exitCode = total.failed > 0 ? 1 : 0;
}

await main();
