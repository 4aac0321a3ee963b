import type { TemplateProblem } from '../api';

/** Collects the problems of one template file, each with its line and (where it helps) column. */
export class ProblemList {
  readonly problems: TemplateProblem[] = [];

  constructor(readonly file: string) {}

  add(line: number, column: number | undefined, message: string): void {
    this.problems.push({ file: this.file, line, ...(column === undefined ? {} : { column }), message });
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }
}

/** `file:line:column: message`, as compilers print them, so editors can jump to the place. */
export function formatProblem(problem: TemplateProblem): string {
  return `${problem.file}:${problem.line}:${problem.column ?? 1}: ${problem.message}`;
}

export function compareProblems(a: TemplateProblem, b: TemplateProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}
