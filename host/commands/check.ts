import { resolve as resolvePath } from 'node:path';
import type { Finding } from '../../common/checks/finding';
import { FormulationListError, type Formulation } from '../../common/checks/formulation-list';
import { readFormulations } from '../checks/formulation-file';
import { CheckError, storedSpeechFindings } from '../checks/stored-findings';
import { defaultDataDir } from '../data-dir';
import { openDatabase } from '../db/database';
import type { Command } from './command';
import { parseOneArgument } from './one-argument';

const line = (finding: Finding) => `${finding.from}-${finding.to}  ${finding.kind}  「${finding.text}」  ${finding.message}`;

/**
 * `check`: the proofing findings of a speech of the data directory's library, dismissed ones left out. Findings
 * are the command's output, not its failure: it exits 0 with or without them, so scripts read the list.
 */
export const checkCommand: Command = {
  summary: 'list proofing findings of a speech (gaps, X values, typed numbering, stale years and names, repeats)',
  usage: 'ID [--json] [--data DIR] [--formulations FILE]',
  async run(args, io) {
    const { values, argument: id } = parseOneArgument(args, 'ID', { json: { type: 'boolean', default: false }, data: { type: 'string' }, formulations: { type: 'string' } });
    let formulations: Formulation[];
    try {
      formulations = readFormulations(values.formulations === undefined ? undefined : resolvePath(values.formulations));
    } catch (error) {
      if (!(error instanceof FormulationListError) && !(error instanceof Error && 'code' in error)) throw error;
      io.stderr(`speechdesk check: ${error.message}`);
      return 1;
    }
    const db = openDatabase(values.data === undefined ? defaultDataDir() : resolvePath(values.data));
    let findings: Finding[];
    try {
      findings = storedSpeechFindings(db, id, formulations);
    } catch (error) {
      if (!(error instanceof CheckError)) throw error;
      io.stderr(`speechdesk check: ${error.message}`);
      return 1;
    } finally {
      db.close();
    }
    if (values.json) {
      io.stdout(JSON.stringify({ findings: findings.map(({ kind, message, text, from, to }) => ({ kind, message, text, from, to })) }));
      return 0;
    }
    for (const finding of findings) io.stdout(line(finding));
    io.stdout(findings.length === 0 ? 'no findings' : `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}`);
    return 0;
  },
};
