// The domain runs in Node and in browsers and uses only what both provide.
// It compiles without DOM or Node typings so nothing platform-specific slips
// in; the WHATWG URL parser is the one shared API it needs.
declare class URL {
  constructor(input: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  toString(): string;
}
