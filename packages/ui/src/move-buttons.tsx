import { useEffect, useRef } from 'react';
import { Button } from './button';
import './move-buttons.css';

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(target, 0, item);
  return next;
}

export interface MoveButtonsProps {
  /** Where the item is now, from 0. */
  index: number;
  count: number;
  /** Names the item for screen readers: the buttons read "Move up: <label>". */
  itemLabel: string;
  onMove: (to: number) => void;
  disabled?: boolean;
}

/**
 * "Up" and "Down" for one item of an ordered list: plain buttons, so the
 * keyboard reorders as well as the mouse. The list re-renders the item in
 * its new place; focus follows it (to the other button at either end), so
 * pressing Enter again keeps moving the same item.
 */
export function MoveButtons({ index, count, itemLabel, onMove, disabled }: MoveButtonsProps) {
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const refocus = useRef<'up' | 'down' | null>(null);
  const first = index === 0;
  const last = index === count - 1;

  useEffect(() => {
    const wanted = refocus.current;
    if (wanted === null) return;
    refocus.current = null;
    const preferred = wanted === 'up' ? up.current : down.current;
    const other = wanted === 'up' ? down.current : up.current;
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  }, [index]);

  const move = (direction: 'up' | 'down') => {
    refocus.current = direction;
    onMove(direction === 'up' ? index - 1 : index + 1);
  };

  return (
    <span className="rp-move-buttons">
      <Button
        ref={up}
        size="sm"
        variant="ghost"
        disabled={disabled || first}
        aria-label={`Move up: ${itemLabel}`}
        onClick={() => move('up')}
      >
        <span aria-hidden="true">↑</span> Up
      </Button>
      <Button
        ref={down}
        size="sm"
        variant="ghost"
        disabled={disabled || last}
        aria-label={`Move down: ${itemLabel}`}
        onClick={() => move('down')}
      >
        <span aria-hidden="true">↓</span> Down
      </Button>
    </span>
  );
}
