import { apiRoutes, type ImportResult } from '../../common/api';
import { median } from '../lib/stats';
import type { Measurement } from '../lib/metrics';
import type { BenchGroup } from '../harness/context';

const WARM_UP = 2;
const EXPORTS = 10;
const IMPORTS = 5;

/** The workload speech exported to .docx through the API, and that file imported back as a new speech; request to last byte. */
export const docx: BenchGroup = {
  name: 'docx',
  async run(context): Promise<Measurement[]> {
    const { host, speechId } = await context.workload();
    const exportPath = `${apiRoutes.document(speechId)}/export?format=docx`;
    const exports: number[] = [];
    let file = new Uint8Array();
    context.log('docx: export and import through the API');
    for (let index = 0; index < WARM_UP + EXPORTS; index += 1) {
      const started = performance.now();
      const response = await host.fetch(exportPath);
      if (!response.ok) throw new Error(`export: ${response.status} ${await response.text()}`);
      file = new Uint8Array(await response.arrayBuffer());
      exports.push(performance.now() - started);
    }
    const imports: number[] = [];
    for (let index = 0; index < WARM_UP + IMPORTS; index += 1) {
      const started = performance.now();
      const response = await host.fetch(apiRoutes.importFile('讲话稿.docx'), { method: 'POST', bytes: file });
      if (response.status !== 201) throw new Error(`import: ${response.status} ${await response.text()}`);
      const result = (await response.json()) as ImportResult;
      imports.push(performance.now() - started);
      if (index === 0) context.log(`docx: ${file.byteLength} bytes; imported back with ${result.headings.length} headings and points, ${result.characters} characters`);
    }
    return [
      { metric: 'export_docx_ms', value: median(exports.slice(WARM_UP)) },
      { metric: 'import_docx_ms', value: median(imports.slice(WARM_UP)) },
    ];
  },
};
