import type { Node } from 'prosemirror-model';
import type { ResolutionContext } from '../placeholder-resolve';
import type { Finding } from './finding';
import type { Formulation } from './formulation-list';

/** What every check reads: the speech, what its placeholders resolve against (variables included), and the list of outdated formulations. */
export interface CheckInput {
  doc: Node;
  context: ResolutionContext;
  formulations: readonly Formulation[];
}

export type Check = (input: CheckInput) => Finding[];
