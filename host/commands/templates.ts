import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildTemplateCatalog } from '../../common/template/catalog';
import { compareProblems, formatProblem } from '../../common/template/problems';
import { readTemplateFolder } from '../templates/template-folder';
import { UsageError, type Command } from './command';

/** `templates check DIR`: validates a folder of templates as the host would load it. */
export const templatesCommand: Command = {
  summary: 'check a folder of speech templates (prints file:line:column: message per problem)',
  usage: 'check DIR',
  async run(args, io) {
    const [action, dir, ...rest] = args;
    if (action !== 'check') throw new UsageError(action === undefined ? 'missing action: check' : `unknown action '${action}'`);
    if (dir === undefined) throw new UsageError('missing DIR');
    if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
    const folder = resolve(dir);
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
      io.stderr(`speechdesk templates: ${dir} is not a folder`);
      return 1;
    }
    const read = readTemplateFolder(folder, 'shipped', (path) => join(dir, path));
    const { catalog } = buildTemplateCatalog(read.files);
    const problems = [...read.problems, ...catalog.problems].sort(compareProblems);
    for (const problem of problems) io.stdout(formatProblem(problem));
    const files = read.files.length + read.problems.length;
    io.stdout(`${files} files: ${catalog.sections.length} sections and ${catalog.skeletons.length} skeletons valid, ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`);
    return problems.length > 0 ? 1 : 0;
  },
};
