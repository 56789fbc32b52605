import { useEffect, useRef } from 'react';

/**
 * For something that opens in place of its trigger (an inline edit form):
 * put the returned ref on the trigger, and when `open` turns false focus goes
 * back to it, so the keyboard carries on where it was.
 */
export function useReturnFocus<T extends HTMLElement>(open: boolean) {
  const trigger = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return trigger;
}
