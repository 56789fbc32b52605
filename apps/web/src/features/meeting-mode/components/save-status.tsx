import { useState } from 'react';
import type { SaveState } from '../utils/notes-sync';

export const SAVE_STATE_TEXT: { readonly [S in SaveState]: string } = {
  saved: 'Saved',
  saving: 'Saving…',
  offline: 'Not saved yet — offline, will send when back',
  refused: 'Not saved — see the note marked below',
};

const PAGE_TEXT: { readonly [S in SaveState]: string } = {
  ...SAVE_STATE_TEXT,
  saved: 'All notes saved',
};

/**
 * Where the page's notes stand. Screen readers hear it change to offline,
 * refused and back to saved, not every "Saving…" between keystrokes.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const [announced, setAnnounced] = useState(PAGE_TEXT.saved);
  if (state !== 'saving' && announced !== PAGE_TEXT[state]) setAnnounced(PAGE_TEXT[state]);
  return (
    <div className={`meeting-mode__save meeting-mode__save--${state}`}>
      <span aria-hidden="true" className="meeting-mode__save-mark" />
      <span>{PAGE_TEXT[state]}</span>
      <span role="status" className="rp-visually-hidden">
        {announced}
      </span>
    </div>
  );
}
