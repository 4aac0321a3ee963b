import { useEffect, useState } from 'react';
import { visibleFindings } from '../../../common/checks/dismissal';
import type { Finding } from '../../../common/checks/finding';
import type { Formulation } from '../../../common/checks/formulation-list';
import type { SpeechEditor } from '../../editor/types';
import type { HostConnection } from '../../host/host-connection';
import { fetchFormulations } from './formulations-client';

/** Typing fires a change per keystroke; the checks read the whole speech, so they wait for a pause. */
const SETTLE_MS = 400;

export type FormulationsState = { status: 'loading' } | { status: 'ready'; formulations: Formulation[] } | { status: 'error'; error: unknown };

/** The outdated-formulations list, loaded once per open panel. */
export function useFormulations(connection: HostConnection, active: boolean): FormulationsState {
  const [state, setState] = useState<FormulationsState>({ status: 'loading' });
  useEffect(() => {
    if (!active) return;
    const abort = new AbortController();
    fetchFormulations(connection, { signal: abort.signal }).then(
      (formulations) => setState({ status: 'ready', formulations }),
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => abort.abort();
  }, [connection, active]);
  return state;
}

/** The speech's findings that nobody has dismissed, recomputed after the speech (or a dismissal) changes. */
export function useFindings(editor: SpeechEditor | null, formulations: FormulationsState): Finding[] | null {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  useEffect(() => {
    if (!editor || formulations.status === 'loading') return;
    // Without the list the other checks still run.
    const list: readonly Formulation[] = formulations.status === 'ready' ? formulations.formulations : [];
    const compute = () => {
      const { findings: all, dismissed } = editor.checks(list);
      setFindings(visibleFindings(all, dismissed));
    };
    compute();
    let pending: ReturnType<typeof setTimeout> | undefined;
    const stop = editor.onChecksChange(() => {
      clearTimeout(pending);
      pending = setTimeout(compute, SETTLE_MS);
    });
    return () => {
      clearTimeout(pending);
      stop();
    };
  }, [editor, formulations]);
  return findings;
}
