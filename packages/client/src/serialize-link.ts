import { ApolloLink } from '@apollo/client';
import { Observable, type Subscription } from 'rxjs';

/**
 * Operations whose context carries the same `serializeKey` are sent one
 * after another, each once the one before it has answered; operations
 * without the key go at once.
 *
 * A reorder sends the whole new order, worked out from what the screen
 * shows (the earlier moves' optimistic answers included). Four quick
 * presses of "Up" were four requests in flight together, and the server
 * could apply them in another order than they were pressed (they travel on
 * separate connections), so the list ended where the third press, not the
 * fourth, had put it. Sent in order, the last press is the last word. The
 * optimistic answers still show each move at once.
 */
export const SERIALIZE_KEY = 'serializeKey';

export function createSerializeLink(): ApolloLink {
  // Per key: settles when the last operation queued under it has answered.
  const tails = new Map<string, Promise<void>>();
  return new ApolloLink((operation, forward) => {
    const key = operation.getContext()[SERIALIZE_KEY] as string | undefined;
    if (!key) return forward(operation);
    return new Observable<ApolloLink.Result>((observer) => {
      let release!: () => void;
      const answered = new Promise<void>((resolve) => (release = resolve));
      const before = tails.get(key) ?? Promise.resolve();
      const tail = before.then(() => answered);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      let subscription: Subscription | null = null;
      let cancelled = false;
      void before.then(() => {
        if (cancelled) return;
        subscription = forward(operation).subscribe({
          next: (result) => observer.next(result),
          error: (error: unknown) => {
            release();
            observer.error(error);
          },
          complete: () => {
            release();
            observer.complete();
          },
        });
      });
      return () => {
        cancelled = true;
        subscription?.unsubscribe();
        release();
      };
    });
  });
}
