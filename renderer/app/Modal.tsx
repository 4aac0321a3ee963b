import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

interface ModalProps {
  /** alertdialog for confirmations that interrupt, dialog for forms. */
  role: 'dialog' | 'alertdialog';
  title: string;
  /** Escape and the backdrop call it; omit it for a dialog that must be answered (first-start identity). */
  onCancel?: () => void;
  /** What gets focus on open; defaults to the first focusable element. */
  initialFocus?: RefObject<HTMLElement | null>;
  describedBy?: string;
  children: ReactNode;
  testId?: string;
  /** wide for multi-step forms that show previews (the new speech wizard). */
  size?: 'normal' | 'wide';
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal layer that keeps keyboard focus inside itself and gives it back to where it came from on close.
 * Built on a plain element rather than <dialog>, whose showModal jsdom does not implement.
 */
export function Modal({ role, title, onCancel, initialFocus, describedBy, children, testId, size = 'normal' }: ModalProps) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const target = initialFocus?.current ?? panel.current?.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus();
    return () => previous?.focus();
  }, [initialFocus]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && onCancel) {
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !panel.current) return;
    const focusable = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="modal-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onCancel?.()}>
      <div
        ref={panel}
        className={size === 'wide' ? 'modal modal-wide' : 'modal'}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        data-testid={testId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
