import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFormulationList, type Formulation } from '../../common/checks/formulation-list';

/**
 * The shipped list of outdated formulations, data/outdated-formulations.txt at the project root. This module sits
 * in host/checks/ when run from source and is inlined into dist/host/cli.js in the bundle: both are two levels below
 * the root. It is read on every use, so an edit to the file counts without a restart.
 */
export function shippedFormulationsFile(moduleUrl: string = import.meta.url): string {
  return fileURLToPath(new URL('../../data/outdated-formulations.txt', moduleUrl));
}

/** Throws FormulationListError (file and line) for a malformed list, or the file system's error. */
export function readFormulations(file: string = shippedFormulationsFile()): Formulation[] {
  return parseFormulationList(readFileSync(file, 'utf8'), file);
}
