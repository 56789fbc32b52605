import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FREE_NOTES,
  type KeyValueStorage,
  type NoteKey,
  NotesSync,
  type NotesTransport,
  type PendingNote,
  pendingAfterSave,
  questionKey,
  readStored,
  type SendResult,
  type ServerNotes,
  storageKeyFor,
} from './notes-sync';

describe('pendingAfterSave', () => {
  const sent = { text: 'Team of 8', baseRevision: 2 };

  it('is done when nothing was typed since', () => {
    expect(pendingAfterSave(sent, undefined, { text: 'Team of 8', revision: 3 })).toBeNull();
    expect(pendingAfterSave(sent, sent, { text: 'Team of 8', revision: 3 })).toBeNull();
  });

  it('moves newer typing onto the new revision', () => {
    const typed = { text: 'Team of 8, growing', baseRevision: 2 };
    expect(pendingAfterSave(sent, typed, { text: 'Team of 8', revision: 3 })).toEqual({
      text: 'Team of 8, growing',
      baseRevision: 3,
    });
  });

  it('puts merged-in text before newer typing', () => {
    const typed = { text: 'Team of 8, growing', baseRevision: 2 };
    const merged = { text: 'From the laptop\n\nTeam of 8', revision: 5 };
    expect(pendingAfterSave(sent, typed, merged)).toEqual({
      text: 'From the laptop\n\nTeam of 8, growing',
      baseRevision: 5,
    });
  });

  it('otherwise keeps the newer typing on the old revision, for the server to merge', () => {
    const typed = { text: 'Team of 8, growing', baseRevision: 2 };
    const kept = { text: 'Team of 8 and more from elsewhere', revision: 5 };
    expect(pendingAfterSave(sent, typed, kept)).toBe(typed);
  });
});

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** A server that applies saves like the API does (no merge logic: tests set answers). */
class FakeServer implements NotesTransport {
  notes = new Map<NoteKey, { text: string; revision: number }>();
  ticks = new Map<string, boolean>();
  reachable = true;
  saves: { key: NoteKey; edit: PendingNote }[] = [];
  refuse: string | null = null;

  async saveNote(key: NoteKey, edit: PendingNote) {
    await Promise.resolve();
    if (!this.reachable) return { kind: 'unsent' } as const;
    if (this.refuse) return { kind: 'refused', message: this.refuse } as const;
    this.saves.push({ key, edit });
    const current = this.notes.get(key) ?? { text: '', revision: 0 };
    let text = edit.text;
    let outcome: 'APPLIED' | 'MERGED' = 'APPLIED';
    if (edit.baseRevision !== current.revision && !edit.text.includes(current.text)) {
      text = `${current.text}\n\n${edit.text}`;
      outcome = 'MERGED';
    }
    const note = { text, revision: current.revision + 1 };
    this.notes.set(key, note);
    return { kind: 'saved', value: { outcome, note } } as const;
  }

  async markQuestion(
    questionId: string,
    tick: { asked: boolean },
  ): Promise<SendResult<{ asked: boolean }>> {
    await Promise.resolve();
    if (!this.reachable) return { kind: 'unsent' };
    this.ticks.set(questionId, tick.asked);
    return { kind: 'saved', value: { asked: tick.asked } };
  }
}

const server = (over: Partial<ServerNotes> = {}): ServerNotes => ({
  warningMinutes: 3,
  questions: [
    {
      questionId: 'q1',
      category: 'COMPANY',
      question: 'Where is the team heading?',
      asked: false,
      note: { text: '', revision: 0 },
    },
    {
      questionId: 'q2',
      category: 'REFERRALS',
      question: 'Who else should I talk to?',
      asked: false,
      note: { text: '', revision: 0 },
    },
  ],
  freeNotes: { text: '', revision: 0 },
  ...over,
});

describe('NotesSync', () => {
  let storage: ReturnType<typeof memoryStorage>;
  let fake: FakeServer;
  const make = (online = true) =>
    new NotesSync({ meetingId: 'm1', storage, transport: fake, online, debounceMs: 800 });

  beforeEach(() => {
    vi.useFakeTimers();
    storage = memoryStorage();
    fake = new FakeServer();
  });
  afterEach(() => vi.useRealTimers());

  it('keeps every keystroke on the device at once and sends after a pause', async () => {
    const sync = make();
    sync.load(server());
    sync.edit(FREE_NOTES, 'Met');
    sync.edit(FREE_NOTES, 'Met at');
    expect(readStored(storage, 'm1').notes[FREE_NOTES]).toEqual({
      text: 'Met at',
      baseRevision: 0,
    });
    expect(sync.getView().free).toMatchObject({ text: 'Met at', state: 'saving' });
    await vi.advanceTimersByTimeAsync(799);
    expect(fake.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.saves).toEqual([{ key: FREE_NOTES, edit: { text: 'Met at', baseRevision: 0 } }]);
    expect(sync.getView()).toMatchObject({ state: 'saved', free: { text: 'Met at' } });
    // What the server confirmed is cleared from the pending edits.
    expect(readStored(storage, 'm1').notes).toEqual({});
    expect(readStored(storage, 'm1').snapshot!.freeNotes).toEqual({ text: 'Met at', revision: 1 });
  });

  it('holds edits while offline and sends them when the network returns', async () => {
    const sync = make();
    sync.load(server());
    sync.setOnline(false);
    sync.edit(questionKey('q1'), 'Two new teams');
    sync.tick('q1', true);
    await vi.advanceTimersByTimeAsync(2000);
    expect(fake.saves).toHaveLength(0);
    expect(sync.getView().state).toBe('offline');
    expect(sync.getView().questions[0]).toMatchObject({
      asked: true,
      tickState: 'offline',
      note: { text: 'Two new teams', state: 'offline' },
    });
    sync.setOnline(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.saves.map((s) => s.edit.text)).toEqual(['Two new teams']);
    expect(fake.ticks.get('q1')).toBe(true);
    expect(sync.getView().state).toBe('saved');
  });

  it('retries a save the network dropped, while the browser still says online', async () => {
    const sync = make();
    sync.load(server());
    fake.reachable = false;
    sync.edit(FREE_NOTES, 'Lost signal');
    await vi.advanceTimersByTimeAsync(800);
    expect(sync.getView()).toMatchObject({ state: 'offline', online: false });
    fake.reachable = true;
    await vi.advanceTimersByTimeAsync(5100);
    expect(sync.getView()).toMatchObject({ state: 'saved', online: true });
    expect(fake.notes.get(FREE_NOTES)?.text).toBe('Lost signal');
  });

  it('replays what is pending after a reload, on the revision it was typed on', async () => {
    const first = make();
    first.load(server());
    first.setOnline(false);
    first.edit(FREE_NOTES, 'Typed before the reload');
    first.stop();

    // Meanwhile another device saved revision 1.
    fake.notes.set(FREE_NOTES, { text: 'From the laptop', revision: 1 });
    const again = make();
    expect(again.getView()).toMatchObject({
      ready: true,
      free: { text: 'Typed before the reload', state: 'saving' },
    });
    again.load(server({ freeNotes: { text: 'From the laptop', revision: 1 } }));
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.saves[0]!.edit).toEqual({ text: 'Typed before the reload', baseRevision: 0 });
    expect(again.getView().free).toEqual({
      text: 'From the laptop\n\nTyped before the reload',
      state: 'saved',
      problem: null,
      merged: true,
    });
  });

  it('keeps typing that happened while a save was on its way', async () => {
    const sync = make();
    sync.load(server());
    sync.edit(FREE_NOTES, 'One');
    await vi.advanceTimersByTimeAsync(800);
    sync.edit(FREE_NOTES, 'One two');
    const inFlight = vi.advanceTimersByTimeAsync(0);
    sync.edit(FREE_NOTES, 'One two three');
    await inFlight;
    await vi.advanceTimersByTimeAsync(800);
    expect(fake.notes.get(FREE_NOTES)).toEqual({ text: 'One two three', revision: 2 });
    expect(fake.saves.map((s) => s.edit.baseRevision)).toEqual([0, 1]);
  });

  it('shows a refusal on its field and keeps the text until it changes', async () => {
    const sync = make();
    sync.load(server());
    fake.refuse = 'Notes are limited to 2000 characters.';
    sync.edit(questionKey('q2'), 'x'.repeat(10));
    await vi.advanceTimersByTimeAsync(800);
    expect(sync.getView().questions[1]!.note).toMatchObject({
      state: 'refused',
      problem: 'Notes are limited to 2000 characters.',
      text: 'xxxxxxxxxx',
    });
    expect(sync.getView().state).toBe('refused');
    fake.refuse = null;
    sync.edit(questionKey('q2'), 'x');
    await vi.advanceTimersByTimeAsync(800);
    expect(sync.getView().state).toBe('saved');
  });

  it('keeps a pending note whose question left the list, in the free notes', async () => {
    const first = make();
    first.load(server());
    first.setOnline(false);
    first.edit(questionKey('q2'), 'Ask Dana at Northwind');
    first.tick('q2', true);
    first.stop();
    const again = make();
    again.load(server({ questions: server().questions.slice(0, 1) }));
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.notes.get(FREE_NOTES)?.text).toBe(
      'Who else should I talk to?\nAsk Dana at Northwind',
    );
    expect(fake.ticks.size).toBe(0);
  });

  it('reads damaged storage as nothing pending', () => {
    storage.setItem(storageKeyFor('m1'), '{not json');
    expect(make().getView().ready).toBe(false);
    storage.setItem(storageKeyFor('m1'), JSON.stringify({ version: 9 }));
    expect(readStored(storage, 'm1').notes).toEqual({});
  });
});

describe('NotesSync, a second answer from the server', () => {
  it('does not show older text than a save already confirmed', async () => {
    vi.useFakeTimers();
    const fake = new FakeServer();
    const sync = new NotesSync({ meetingId: 'm2', storage: memoryStorage(), transport: fake });
    sync.load(server());
    sync.edit(FREE_NOTES, 'Saved first');
    await vi.advanceTimersByTimeAsync(800);
    // An answer to opening meeting mode, read before the save above.
    sync.load(server());
    expect(sync.getView().free).toMatchObject({ text: 'Saved first', state: 'saved' });
    vi.useRealTimers();
  });
});
