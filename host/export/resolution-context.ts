import type * as Y from 'yjs';
import { indicatorsByName, type ResolutionContext } from '../../common/placeholder-resolve';
import { readSpeechVariables } from '../collab/speech-ydoc';
import { projectIndicators } from '../indicators/indicator-projection';
import type { IndicatorStore } from '../indicators/indicator-store';

/**
 * What a speech's placeholders resolve against on the host: its own variables and the store's figures, read
 * from SQLite (the same data the live projection holds), so that 定稿 and exports need no client.
 */
export function speechResolutionContext(ydoc: Y.Doc, indicators: IndicatorStore): ResolutionContext {
  return { variables: readSpeechVariables(ydoc), indicators: indicatorsByName(projectIndicators(indicators).values()) };
}
