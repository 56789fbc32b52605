import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { Observable, lastValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { SERIALIZE_KEY, createSerializeLink } from './serialize-link';

const MOVE = gql`
  mutation Move($n: Int!) {
    move(n: $n)
  }
`;

/** A server that answers only when the test says so, recording what it was sent and when. */
function slowServer() {
  const received: number[] = [];
  const answers = new Map<number, () => void>();
  const link = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        const n = operation.variables.n as number;
        received.push(n);
        answers.set(n, () => {
          observer.next({ data: { move: n } });
          observer.complete();
        });
      }),
  );
  return { link, received, answer: (n: number) => answers.get(n)?.() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('serialize link', () => {
  const setUp = () => {
    const server = slowServer();
    const link = ApolloLink.from([createSerializeLink(), server.link]);
    const client = new ApolloClient({ cache: new InMemoryCache(), link });
    const send = (n: number, key?: string) =>
      lastValueFrom(
        ApolloLink.execute(
          link,
          { query: MOVE, variables: { n }, context: key ? { [SERIALIZE_KEY]: key } : {} },
          { client },
        ),
      );
    return { server, send };
  };

  it('sends operations with one key one after another, in the order made', async () => {
    const { server, send } = setUp();
    const results = [send(1, 'order'), send(2, 'order'), send(3, 'order')];
    await tick();
    expect(server.received).toEqual([1]);
    server.answer(1);
    await tick();
    expect(server.received).toEqual([1, 2]);
    server.answer(2);
    await tick();
    server.answer(3);
    expect((await Promise.all(results)).map((r) => r.data)).toEqual([
      { move: 1 },
      { move: 2 },
      { move: 3 },
    ]);
  });

  it('lets other keys and unkeyed operations go at once', async () => {
    const { server, send } = setUp();
    void send(1, 'a');
    void send(2, 'a');
    void send(3, 'b');
    void send(4);
    await tick();
    expect([...server.received].sort()).toEqual([1, 3, 4]);
  });

  it('goes on with the queue after a failed operation', async () => {
    const failing = new ApolloLink(
      () => new Observable<ApolloLink.Result>((observer) => observer.error(new Error('offline'))),
    );
    const server = slowServer();
    let first = true;
    const link = ApolloLink.from([
      createSerializeLink(),
      new ApolloLink((operation, forward) => {
        if (first) {
          first = false;
          return failing.request(operation, forward)!;
        }
        return forward(operation);
      }),
      server.link,
    ]);
    const client = new ApolloClient({ cache: new InMemoryCache(), link });
    const send = (n: number) =>
      lastValueFrom(
        ApolloLink.execute(
          link,
          { query: MOVE, variables: { n }, context: { [SERIALIZE_KEY]: 'k' } },
          { client },
        ),
      );
    const failed = send(1);
    const next = send(2);
    await expect(failed).rejects.toThrow('offline');
    await tick();
    expect(server.received).toEqual([2]);
    server.answer(2);
    expect((await next).data).toEqual({ move: 2 });
  });
});
