/**
 * Hardening check of electron/: runs @doyensec/electronegativity (pinned 1.10.3) with the pinned Electron
 * version, reads its SARIF report, and fails on every finding that electron/electronegativity-allowlist.json
 * does not justify. Run: npx tsx scripts/check-electronegativity.ts
 *
 * The tool itself cannot be trusted to fail: it exits 0 with findings, and with a report file it silently
 * skips files it cannot parse (a file it skips is a file nobody checked). So this script also parses every
 * scanned file with the tool's own parser and fails on any it cannot read.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ELECTRON_VERSION = '45.5.0';
/** Extensions the tool scans (its util/file.js list_files), JSON aside: package files are not in electron/. */
const SCANNED = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm']);
/** SARIF location the tool writes for findings about the whole application rather than one file. */
const WHOLE_APP_URI = 'file:///';
export const WHOLE_APP = 'N/A';

export interface Finding {
  check: string;
  /** Path relative to the scanned folder, or N/A for application-wide findings. */
  file: string;
  line: number;
  message: string;
}

const sarifSchema = z.object({
  runs: z
    .array(
      z.object({
        results: z.array(
          z.object({
            ruleId: z.string(),
            message: z.object({ text: z.string() }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string() }),
                    region: z.object({ startLine: z.number() }).optional(),
                  }),
                }),
              )
              .min(1),
          }),
        ),
      }),
    )
    .length(1),
});

export function findingsOf(sarif: unknown): Finding[] {
  const [run] = sarifSchema.parse(sarif).runs;
  return (run?.results ?? []).map((result) => {
    const location = result.locations[0]?.physicalLocation;
    const uri = location?.artifactLocation.uri ?? WHOLE_APP_URI;
    return {
      check: result.ruleId,
      file: uri === WHOLE_APP_URI ? WHOLE_APP : uri,
      line: location?.region?.startLine ?? 0,
      message: result.message.text,
    };
  });
}

const allowlistSchema = z.array(
  z
    .object({
      check: z.string().regex(/^[A-Z0-9_]+$/),
      file: z.string().min(1),
      justification: z.string().trim().min(20),
    })
    .strict(),
);
export type AllowlistEntry = z.infer<typeof allowlistSchema>[number];

export function parseAllowlist(json: unknown): AllowlistEntry[] {
  return allowlistSchema.parse(json);
}

export interface Comparison {
  unjustified: Finding[];
  /** Entries that matched nothing: the code they excused is gone, so they should go too. */
  unused: AllowlistEntry[];
}

export function compareWithAllowlist(findings: readonly Finding[], allowlist: readonly AllowlistEntry[]): Comparison {
  const covers = (entry: AllowlistEntry, finding: Finding) => entry.check === finding.check && entry.file === finding.file;
  return {
    unjustified: findings.filter((finding) => !allowlist.some((entry) => covers(entry, finding))),
    unused: allowlist.filter((entry) => !findings.some((finding) => covers(entry, finding))),
  };
}

export function summaryLine(failed: boolean): string {
  return `electronegativity: ${failed ? 0 : 1} passed, ${failed ? 1 : 0} failed`;
}

function scannedFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SCANNED.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name));
}

interface ElectronegativityParser {
  parse(file: string, content: string): unknown;
}

/** Files the tool's own parser rejects, with its message; the tool would skip them without a word. */
function unparsableFiles(packageDir: string, folder: string): string[] {
  const require = createRequire(import.meta.url);
  const { Parser } = require(join(packageDir, 'dist', 'parser')) as { Parser: new (babelFirst: boolean, typescriptBabelFirst: boolean) => ElectronegativityParser };
  // The same settings as the tool's runner (dist/runner.js).
  const parser = new Parser(false, true);
  return scannedFiles(folder).flatMap((file) => {
    try {
      parser.parse(file, readFileSync(file, 'utf8'));
      return [];
    } catch (error) {
      return [`${relative(folder, file)}: ${error instanceof Error ? error.message : String(error)}`];
    }
  });
}

function runElectronegativity(packageDir: string, folder: string): Finding[] {
  const workDir = mkdtempSync(join(tmpdir(), 'speechdesk-electronegativity-'));
  try {
    const report = join(workDir, 'report.sarif');
    const result = spawnSync(process.execPath, [join(packageDir, 'dist', 'index.js'), '-i', folder, '-e', ELECTRON_VERSION, '-r', '-o', report], {
      cwd: workDir,
      encoding: 'utf8',
      // Its translations are looked up online by LANG; en-US is bundled, so the messages stay stable offline.
      env: { ...process.env, LANG: 'en-US' },
    });
    let text: string;
    try {
      text = readFileSync(report, 'utf8');
    } catch {
      throw new Error(`electronegativity wrote no report (exit ${result.status}):\n${result.stdout}${result.stderr}`);
    }
    return findingsOf(JSON.parse(text));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function main(): number {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const folder = join(root, 'electron');
  const packageDir = join(root, 'node_modules', '@doyensec', 'electronegativity');
  const allowlist = parseAllowlist(JSON.parse(readFileSync(join(folder, 'electronegativity-allowlist.json'), 'utf8')));

  const unparsable = unparsableFiles(packageDir, folder);
  const findings = runElectronegativity(packageDir, folder);
  const { unjustified, unused } = compareWithAllowlist(findings, allowlist);

  for (const problem of unparsable) console.log(`unparsable (not checked): ${problem}`);
  for (const finding of unjustified) console.log(`unjustified: ${finding.check} ${finding.file}:${finding.line} ${finding.message}`);
  for (const entry of unused) console.log(`allowlist entry matches nothing, remove it: ${entry.check} ${entry.file}`);
  console.log(`${findings.length} findings, ${findings.length - unjustified.length} justified by the allowlist`);

  const failed = unparsable.length > 0 || unjustified.length > 0;
  console.log(summaryLine(failed));
  return failed ? 1 : 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
