import { useTranslation } from 'react-i18next';
import { FINDING_KINDS, type Finding, type FindingKind } from '../../../common/checks/finding';
import { findingKey } from '../../../common/checks/dismissal';
import { SidePanel } from '../SidePanel';
import { findingMessage } from './finding-message';
import '../../styles/checks.css';

interface ChecksPanelProps {
  /** Null while the checks have not run yet. */
  findings: readonly Finding[] | null;
  /** Set when the outdated-formulations list could not be read: the other checks still ran. */
  formulationsFailed: boolean;
  /** Selects the finding's text in the page. */
  onSelect: (finding: Finding) => void;
  /** Dismisses every finding with this key (see common/checks/dismissal.ts). */
  onDismiss: (key: string) => void;
  onClose: () => void;
}

function byKind(findings: readonly Finding[]): Array<[FindingKind, Finding[]]> {
  return FINDING_KINDS.map((kind) => [kind, findings.filter((finding) => finding.kind === kind)] as [FindingKind, Finding[]]).filter(([, group]) => group.length > 0);
}

/**
 * 检查: what a proofreader would mark — X values, typed numbering, stale years and meeting names, outdated names,
 * repeats, overlong paragraphs, open gaps — grouped by kind; a click selects the text, 忽略 hides it for everyone.
 */
export function ChecksPanel({ findings, formulationsFailed, onSelect, onDismiss, onClose }: ChecksPanelProps) {
  const { t } = useTranslation();
  return (
    <SidePanel title={t('checks.title')} closeLabel={t('checks.close')} onClose={onClose} testId="checks-panel">
      {formulationsFailed && (
        <p className="checks-warning" role="alert" data-testid="checks-formulations-failed">
          {t('checks.formulationsFailed')}
        </p>
      )}
      {findings === null ? (
        <p className="side-panel-intro" role="status">
          {t('checks.running')}
        </p>
      ) : findings.length === 0 ? (
        <p className="checks-done" role="status" data-testid="checks-summary" data-count="0">
          {t('checks.none')}
        </p>
      ) : (
        <>
          <p className="side-panel-intro" role="status" data-testid="checks-summary" data-count={findings.length}>
            {t('checks.summary', { count: findings.length })}
          </p>
          {byKind(findings).map(([kind, group]) => (
            <section key={kind} className="checks-group" data-testid="checks-group" data-kind={kind}>
              <h3 className="checks-group-title">
                {t(`checks.kinds.${kind}`)} <span className="checks-group-count" data-testid="checks-group-count">{group.length}</span>
              </h3>
              <ol className="checks-list">
                {group.map((finding) => (
                  <li key={`${finding.from}-${finding.to}-${finding.kind}`} className="checks-item">
                    <button type="button" className="checks-jump" onClick={() => onSelect(finding)} data-testid="finding" data-kind={finding.kind} data-from={finding.from}>
                      <mark className="checks-text">{finding.text}</mark>
                      <span className="checks-message">{findingMessage(t, finding)}</span>
                    </button>
                    <button
                      type="button"
                      className="button button-quiet checks-dismiss"
                      onClick={() => onDismiss(findingKey(finding))}
                      aria-label={t('checks.dismissLabel', { text: finding.text })}
                      title={t('checks.dismissTitle')}
                      data-testid="dismiss-finding"
                      data-key={findingKey(finding)}
                    >
                      {t('checks.dismiss')}
                    </button>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
    </SidePanel>
  );
}
