import { useTranslation } from 'react-i18next';
import type { LayoutField, LayoutIssue } from '../../common/export/layout-settings';
import { STANDARD_VARIABLES } from '../../common/variables';
import type { NumberingStyle } from '../../common/numbering-style';
import type { EditorSnapshot } from '../editor/types';
import { LayoutSection } from './layout/LayoutSection';
import { NumberingStyleSwitch } from './NumberingStyleSwitch';
import { SidePanel } from './SidePanel';
import { VariableField } from './VariableField';

interface SpeechSettingsPanelProps {
  snapshot: EditorSnapshot;
  onSetVariable: (key: string, value: string) => void;
  onNumberingStyle: (style: NumberingStyle) => void;
  onSetLayoutField: (field: LayoutField, value: unknown) => LayoutIssue | undefined;
  onResetLayout: (field?: LayoutField) => void;
  /** Scroll to the 版式 section when the panel opens (from the export dialog). */
  showLayout?: boolean;
  onNextSlot: () => void;
  onClose: () => void;
}

/** The variables a speech has beyond the standard five: those its text uses and those already set. */
export function otherVariables(snapshot: Pick<EditorSnapshot, 'usedVariables' | 'variables'>): string[] {
  const standard = new Set<string>(STANDARD_VARIABLES);
  return [...new Set([...snapshot.usedVariables, ...Object.keys(snapshot.variables)])].filter((key) => !standard.has(key));
}

/** 讲话稿设置: the speech's numbering style, document variables and layout, shared with every co-editor, and the gaps still to fill. */
export function SpeechSettingsPanel({ snapshot, onSetVariable, onNumberingStyle, onSetLayoutField, onResetLayout, showLayout = false, onNextSlot, onClose }: SpeechSettingsPanelProps) {
  const { t } = useTranslation();
  const others = otherVariables(snapshot);
  const field = (key: string, label: string) => <VariableField key={key} variableKey={key} label={label} value={snapshot.variables[key] ?? ''} onCommit={(value) => onSetVariable(key, value)} />;
  return (
    <SidePanel title={t('settings.title')} closeLabel={t('settings.close')} onClose={onClose} testId="speech-settings">
      <p className="side-panel-intro">{t('settings.intro')}</p>
      <div className="settings-numbering">
        <span className="variable-group-title" aria-hidden="true">
          {t('numbering.label')}
        </span>
        <NumberingStyleSwitch value={snapshot.numberingStyle} onChange={onNumberingStyle} />
      </div>
      <fieldset className="variable-group">
        <legend className="variable-group-title">{t('settings.standardVariables')}</legend>
        {STANDARD_VARIABLES.map((key) => field(key, t(`variables.labels.${key}`)))}
      </fieldset>
      {others.length > 0 && (
        <fieldset className="variable-group">
          <legend className="variable-group-title">{t('settings.otherVariables')}</legend>
          {others.map((key) => field(key, key))}
        </fieldset>
      )}
      <div className="slot-summary" data-testid="slot-summary">
        <p>{snapshot.slots > 0 ? t('settings.slots', { count: snapshot.slots }) : t('settings.noSlots')}</p>
        {snapshot.slots > 0 && (
          <button type="button" className="button" onClick={onNextSlot}>
            {t('settings.nextSlot')}
          </button>
        )}
      </div>
      <LayoutSection layout={snapshot.layout} onSet={onSetLayoutField} onReset={onResetLayout} scrollIntoView={showLayout} />
    </SidePanel>
  );
}
