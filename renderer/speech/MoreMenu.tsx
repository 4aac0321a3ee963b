import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MoreMenuItem {
  key: string;
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  testId?: string;
}

interface MoreMenuProps {
  label: string;
  items: readonly MoreMenuItem[];
  testId: string;
}

/**
 * 更多: the commands used once or twice per speech, behind one button. A menu in the WAI-ARIA sense: arrow keys
 * move between items, Home/End jump, Escape or Tab closes it, and closing returns the focus to the button.
 */
export function MoreMenu({ label, items, testId }: MoreMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const entries = useRef<(HTMLButtonElement | null)[]>([]);
  // Where the focus goes when the menu opens: the first item, or the last one after ArrowUp.
  const [start, setStart] = useState<'first' | 'last'>('first');

  useEffect(() => {
    if (!open) return;
    const enabled = entries.current.filter((entry): entry is HTMLButtonElement => entry !== null && !entry.disabled);
    (start === 'first' ? enabled[0] : enabled.at(-1))?.focus();
    // A press anywhere else closes the menu without taking the focus back: the user is moving on.
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, start]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const openAt = (where: 'first' | 'last') => {
    setStart(where);
    setOpen(true);
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const enabled = entries.current.filter((entry): entry is HTMLButtonElement => entry !== null && !entry.disabled);
    const index = enabled.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => enabled[(to + enabled.length) % enabled.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(enabled.length - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
  };

  return (
    <div className="more-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button more-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : openAt('first'))}
        onKeyDown={onButtonKey}
        data-testid={testId}
      >
        {label}
        <span className="more-menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div id={menuId} className="more-menu-list" role="menu" aria-label={label} onKeyDown={onMenuKey}>
          {items.map((item, index) => (
            <button
              key={item.key}
              ref={(entry) => {
                entries.current[index] = entry;
              }}
              type="button"
              role="menuitem"
              className="more-menu-item"
              tabIndex={-1}
              disabled={item.disabled}
              onClick={() => {
                close();
                item.onSelect();
              }}
              data-testid={item.testId}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
