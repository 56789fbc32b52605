/**
 * Meeting mode's notes on the device, and their way to the server.
 *
 * The rule is that nothing typed is ever lost. Every keystroke is written to
 * the device's storage first (one entry per meeting), as a pending edit with
 * the revision it was typed on; it is sent after a pause in typing, and
 * removed from storage only when the server confirms it. A reload replays
 * what is still pending, and so does the browser coming back online. The
 * server merges a save typed on an old revision instead of overwriting newer
 * text, and the merged text is shown here.
 *
 * No React in this file: the hook subscribes to it, and the tests drive it
 * with a fake transport and storage.
 */

export const DEBOUNCE_MS = 800;
/** How soon a save that failed for want of a network (while the browser says online) is retried. */
export const RETRY_MS = 5000;

/** The free notes' key; a question's note is keyed by its id. */
export const FREE_NOTES = 'free';
export type NoteKey = typeof FREE_NOTES | `q:${string}`;
export const questionKey = (questionId: string): NoteKey => `q:${questionId}`;

export interface SavedNote {
  text: string;
  revision: number;
}

export interface ServerQuestion {
  questionId: string;
  category: string;
  question: string;
  asked: boolean;
  note: SavedNote;
}

/** The notes as the server last sent them. */
export interface ServerNotes {
  warningMinutes: number;
  questions: ServerQuestion[];
  freeNotes: SavedNote;
}

/** Typed but not yet confirmed: the whole text and the revision it was typed on. */
export interface PendingNote {
  text: string;
  baseRevision: number;
}

export interface PendingTick {
  asked: boolean;
  /** When the seeker tapped (ISO); the server lets a later tap win. */
  at: string;
}

export interface StoredNotes {
  version: 1;
  /** What the server last confirmed, so the page can show the list while it cannot reach it. */
  snapshot: ServerNotes | null;
  notes: Partial<Record<NoteKey, PendingNote>>;
  ticks: Record<string, PendingTick>;
}

export type SaveOutcome = 'APPLIED' | 'MERGED' | 'UNCHANGED';

/** What one request came to. `unsent`: no network (or the server could not take it now): try again later. */
export type SendResult<T> =
  { kind: 'saved'; value: T } | { kind: 'refused'; message: string } | { kind: 'unsent' };

export interface NotesTransport {
  saveNote(
    key: NoteKey,
    edit: PendingNote,
  ): Promise<SendResult<{ outcome: SaveOutcome; note: SavedNote }>>;
  markQuestion(questionId: string, tick: PendingTick): Promise<SendResult<{ asked: boolean }>>;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** saved: on the server. saving: typed, on its way. offline: kept on this device until the network returns. refused: the server said no (see `problem`). */
export type SaveState = 'saved' | 'saving' | 'offline' | 'refused';

export interface FieldView {
  text: string;
  state: SaveState;
  problem: string | null;
  /** The last save was merged with text saved elsewhere (shown in the field now). */
  merged: boolean;
}

export interface QuestionView {
  questionId: string;
  category: string;
  question: string;
  asked: boolean;
  tickState: SaveState;
  note: FieldView;
}

export interface NotesView {
  /** False until the list is known, from the server or from this device. */
  ready: boolean;
  warningMinutes: number;
  questions: QuestionView[];
  free: FieldView;
  /** The whole page: the worst of its fields. */
  state: SaveState;
  online: boolean;
}

export const storageKeyFor = (meetingId: string) => `rapport.meeting-notes.v1.${meetingId}`;

const emptyStore = (): StoredNotes => ({ version: 1, snapshot: null, notes: {}, ticks: {} });

/** What the device holds for a meeting; anything unreadable counts as nothing. */
export function readStored(storage: KeyValueStorage, meetingId: string): StoredNotes {
  try {
    const raw = storage.getItem(storageKeyFor(meetingId));
    const parsed = raw ? (JSON.parse(raw) as Partial<StoredNotes>) : null;
    if (parsed?.version !== 1) return emptyStore();
    return {
      version: 1,
      snapshot: parsed.snapshot ?? null,
      notes: parsed.notes ?? {},
      ticks: parsed.ticks ?? {},
    };
  } catch {
    return emptyStore();
  }
}

/**
 * Where a field stands once the server answered a save of `sent`, while the
 * field may have changed since (`pending`, the latest typed text, or
 * undefined when nothing more was typed). Returns the edit still to send,
 * or null when the server has everything.
 *
 * The server's text always contains what was sent. When nothing was typed
 * since, it is the field's text now. When more was typed and the server put
 * text before ours (a merge appends the stale save at the end), that text is
 * put before the newer typing too, on the new revision. Otherwise the newer
 * typing stays on the old revision, so the server merges it in turn: a
 * repeated sentence at worst, never a lost one.
 */
export function pendingAfterSave(
  sent: PendingNote,
  pending: PendingNote | undefined,
  saved: SavedNote,
): PendingNote | null {
  if (!pending || pending.text === sent.text) return null;
  if (saved.text === sent.text) return { text: pending.text, baseRevision: saved.revision };
  if (saved.text.endsWith(sent.text)) {
    return {
      text: saved.text.slice(0, saved.text.length - sent.text.length) + pending.text,
      baseRevision: saved.revision,
    };
  }
  return pending;
}

/** The server's notes, except a note this device already holds at a later revision (a save that answered first). */
function newerOf(held: ServerNotes | null, server: ServerNotes): ServerNotes {
  if (!held) return server;
  const later = (mine: SavedNote | undefined, theirs: SavedNote) =>
    mine && mine.revision > theirs.revision ? mine : theirs;
  return {
    ...server,
    freeNotes: later(held.freeNotes, server.freeNotes),
    questions: server.questions.map((q) => ({
      ...q,
      note: later(held.questions.find((h) => h.questionId === q.questionId)?.note, q.note),
    })),
  };
}

export interface NotesSyncOptions {
  meetingId: string;
  storage: KeyValueStorage;
  transport: NotesTransport;
  online?: boolean;
  now?: () => Date;
  debounceMs?: number;
  retryMs?: number;
}

export class NotesSync {
  private store: StoredNotes;
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<string>();
  private readonly problems = new Map<string, string>();
  private readonly merged = new Set<NoteKey>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** What the browser says. */
  private online: boolean;
  /** The last request found no network (or a server that could not take it), whatever the browser says. */
  private unreachable = false;
  private view: NotesView;
  /** Sends only while the page is open; answers to saves already sent are still kept. */
  private active = true;
  private loaded = false;
  private readonly now: () => Date;
  private readonly debounceMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: NotesSyncOptions) {
    this.store = readStored(options.storage, options.meetingId);
    this.online = options.online ?? true;
    this.now = options.now ?? (() => new Date());
    this.debounceMs = options.debounceMs ?? DEBOUNCE_MS;
    this.retryMs = options.retryMs ?? RETRY_MS;
    this.view = this.buildView();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): NotesView => this.view;

  /** The server's notes, as meeting mode opened: shown under whatever is still pending here. */
  load(server: ServerNotes): void {
    const known = new Set(server.questions.map((q) => q.questionId));
    // A note pending on a question that left the list (the plan changed
    // meanwhile) is kept in the free notes, with its question.
    for (const key of Object.keys(this.store.notes) as NoteKey[]) {
      const questionId = key.startsWith('q:') ? key.slice(2) : null;
      if (questionId === null || known.has(questionId)) continue;
      const pending = this.store.notes[key]!;
      const words = this.store.snapshot?.questions.find((q) => q.questionId === questionId);
      const carried = words ? `${words.question}\n${pending.text}` : pending.text;
      const free = this.store.notes[FREE_NOTES] ?? {
        text: server.freeNotes.text,
        baseRevision: server.freeNotes.revision,
      };
      this.store.notes[FREE_NOTES] = {
        text: free.text ? `${free.text}\n\n${carried}` : carried,
        baseRevision: free.baseRevision,
      };
      delete this.store.notes[key];
    }
    for (const questionId of Object.keys(this.store.ticks)) {
      if (!known.has(questionId)) delete this.store.ticks[questionId];
    }
    // The first answer is the truth (the device's copy may be from another
    // life of the database); a later one may race a save that answered first.
    this.store.snapshot = this.loaded ? newerOf(this.store.snapshot, server) : server;
    this.loaded = true;
    this.unreachable = false;
    this.changed();
    this.flush();
  }

  /** Every keystroke: kept on the device at once, sent after a pause. */
  edit(key: NoteKey, text: string): void {
    const snapshot = this.savedNote(key);
    const pending = this.store.notes[key];
    if (!pending && snapshot && snapshot.text === text) return;
    this.store.notes[key] = {
      text,
      baseRevision: pending?.baseRevision ?? snapshot?.revision ?? 0,
    };
    this.problems.delete(key);
    this.merged.delete(key);
    this.changed();
    this.schedule(key, this.debounceMs);
  }

  /** A tap on a question's box: kept on the device and sent at once. */
  tick(questionId: string, asked: boolean): void {
    this.store.ticks[questionId] = { asked, at: this.now().toISOString() };
    this.problems.delete(`tick:${questionId}`);
    this.changed();
    void this.sendTick(questionId);
  }

  /** Sends everything still pending now (the page opened, or the network came back). */
  flush(): void {
    for (const key of Object.keys(this.store.notes) as NoteKey[]) this.schedule(key, 0);
    for (const questionId of Object.keys(this.store.ticks)) void this.sendTick(questionId);
  }

  setOnline(online: boolean): void {
    this.online = online;
    this.changed();
    if (online) this.flush();
  }

  /** The page closed: nothing more is sent; what is pending stays on the device. */
  stop(): void {
    this.active = false;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** The page (re)opened: send what is pending. */
  resume(): void {
    this.active = true;
    this.flush();
  }

  private savedNote(key: NoteKey): SavedNote | undefined {
    const snapshot = this.store.snapshot;
    if (!snapshot) return undefined;
    if (key === FREE_NOTES) return snapshot.freeNotes;
    return snapshot.questions.find((q) => questionKey(q.questionId) === key)?.note;
  }

  private schedule(key: NoteKey, delay: number): void {
    if (!this.active) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.sendNote(key);
      }, delay),
    );
  }

  private retryLater(): void {
    // Offline, the browser's `online` event sends again; online, a timer does.
    if (!this.online || this.retryTimer || !this.active) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.flush();
    }, this.retryMs);
  }

  /**
   * One request at a time per field: the answer, or null when there was
   * nothing to send, no network (then it is tried again later) or the page
   * is closed.
   */
  private async deliver<T>(
    flightKey: string,
    send: () => Promise<SendResult<T>>,
  ): Promise<Exclude<SendResult<T>, { kind: 'unsent' }> | null> {
    if (this.inFlight.has(flightKey) || !this.active || !this.online || !this.store.snapshot) {
      return null;
    }
    this.inFlight.add(flightKey);
    this.changed();
    let result: SendResult<T>;
    try {
      result = await send();
    } finally {
      this.inFlight.delete(flightKey);
    }
    this.unreachable = result.kind === 'unsent';
    if (result.kind === 'unsent') {
      this.retryLater();
      this.changed();
      return null;
    }
    return result;
  }

  private async sendNote(key: NoteKey): Promise<void> {
    const sent = this.store.notes[key];
    if (!sent || this.problems.has(key)) return;
    const result = await this.deliver(key, () => this.options.transport.saveNote(key, sent));
    if (!result) return;
    const latest = this.store.notes[key];
    if (result.kind === 'refused') {
      // Kept on the device; the next keystroke tries again.
      if (latest && latest.text === sent.text) this.problems.set(key, result.message);
      this.changed();
      if (latest && latest.text !== sent.text) this.schedule(key, this.debounceMs);
      return;
    }
    const { outcome, note } = result.value;
    this.setSavedNote(key, note);
    const next = pendingAfterSave(sent, latest, note);
    if (next) this.store.notes[key] = next;
    else delete this.store.notes[key];
    if (outcome === 'MERGED' || (!next && note.text !== sent.text)) this.merged.add(key);
    this.changed();
    if (next) this.schedule(key, this.debounceMs);
  }

  private async sendTick(questionId: string): Promise<void> {
    const flightKey = `tick:${questionId}`;
    const sent = this.store.ticks[questionId];
    if (!sent) return;
    const result = await this.deliver(flightKey, () =>
      this.options.transport.markQuestion(questionId, sent),
    );
    if (!result) return;
    const latest = this.store.ticks[questionId];
    const tappedAgain = latest !== undefined && latest.at !== sent.at;
    if (result.kind === 'refused') {
      // A tick is yes/no: the server's answer stands, with the reason shown.
      this.problems.set(flightKey, result.message);
    } else {
      const question = this.store.snapshot?.questions.find((q) => q.questionId === questionId);
      if (question) question.asked = result.value.asked;
    }
    if (!tappedAgain) delete this.store.ticks[questionId];
    this.changed();
    if (tappedAgain) void this.sendTick(questionId);
  }

  private setSavedNote(key: NoteKey, note: SavedNote): void {
    const snapshot = this.store.snapshot;
    if (!snapshot) return;
    if (key === FREE_NOTES) snapshot.freeNotes = note;
    else {
      const question = snapshot.questions.find((q) => questionKey(q.questionId) === key);
      if (question) question.note = note;
    }
  }

  private changed(): void {
    try {
      this.options.storage.setItem(
        storageKeyFor(this.options.meetingId),
        JSON.stringify(this.store),
      );
    } catch {
      // Storage full or refused: the text is still on screen and on its way.
    }
    this.view = this.buildView();
    for (const listener of this.listeners) listener();
  }

  private fieldView(key: NoteKey, saved: SavedNote): FieldView {
    const pending = this.store.notes[key];
    const problem = this.problems.get(key) ?? null;
    return {
      text: pending?.text ?? saved.text,
      state: this.stateOf(pending !== undefined, problem),
      problem,
      merged: this.merged.has(key),
    };
  }

  private stateOf(pending: boolean, problem: string | null): SaveState {
    if (problem) return 'refused';
    if (!pending) return 'saved';
    return this.online && !this.unreachable && this.store.snapshot ? 'saving' : 'offline';
  }

  private buildView(): NotesView {
    const snapshot = this.store.snapshot;
    const questions: QuestionView[] = (snapshot?.questions ?? []).map((q) => {
      const tick = this.store.ticks[q.questionId];
      const problem = this.problems.get(`tick:${q.questionId}`) ?? null;
      return {
        questionId: q.questionId,
        category: q.category,
        question: q.question,
        asked: tick?.asked ?? q.asked,
        tickState: this.stateOf(tick !== undefined, problem),
        note: this.fieldView(questionKey(q.questionId), q.note),
      };
    });
    const free = this.fieldView(FREE_NOTES, snapshot?.freeNotes ?? { text: '', revision: 0 });
    const states = [free.state, ...questions.flatMap((q) => [q.tickState, q.note.state])];
    const worst = (['refused', 'offline', 'saving'] as const).find((s) => states.includes(s));
    return {
      ready: snapshot !== null,
      warningMinutes: snapshot?.warningMinutes ?? 3,
      questions,
      free,
      state: worst ?? 'saved',
      online: this.online && !this.unreachable,
    };
  }
}
