import { useId, type ReactNode } from 'react';

interface SidePanelProps {
  title: string;
  closeLabel: string;
  onClose: () => void;
  testId: string;
  /** Room for cards side by side (the section gallery). */
  wide?: boolean;
  children: ReactNode;
}

/** A panel beside the page (章节库, 讲话稿设置), with its title and a close button. */
export function SidePanel({ title, closeLabel, onClose, testId, wide = false, children }: SidePanelProps) {
  const titleId = useId();
  return (
    <aside className={wide ? 'side-panel side-panel-wide' : 'side-panel'} aria-labelledby={titleId} data-testid={testId}>
      <header className="side-panel-head">
        <h2 id={titleId} className="side-panel-title">
          {title}
        </h2>
        <button type="button" className="button button-quiet side-panel-close" aria-label={closeLabel} title={closeLabel} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="side-panel-body">{children}</div>
    </aside>
  );
}
