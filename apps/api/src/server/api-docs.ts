import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { Marked } from 'marked';
import { ERROR_CATALOG } from '../common/error-catalog.js';
import type { Config } from '../config.js';
import { COST_EXTENSION } from '../graphql/cost.js';
import { accessRuleOfField, API_SCOPES } from '../graphql/scope.js';
import { WEBHOOK_EVENTS } from '../webhook/webhook-events.js';
import { BODY_LIMIT_BYTES, QUERY_LIMITS } from './request-limits.js';

/**
 * The partner documentation at /api: one static HTML page, made once at
 * start from docs/api.md (the prose), the schema the server runs (the
 * reference, with each field's scope and cost), the error catalog, the
 * webhook events and the signature-verification snippet that the tests run.
 * No script: it reads the same in any browser, a screen reader or curl.
 */
const DOCS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs');
export const VERIFY_SNIPPET_FILE = path.join(DOCS_DIR, 'verify-webhook-signature.mjs');

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;
const anchorOf = (type: string): string => `type-${type}`;

function table(caption: string, headers: string[], rows: string[][]): string {
  const head = headers.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells.map((cell, i) => (i === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<table><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

function typeLink(type: { toString(): string }): string {
  const printed = type.toString();
  const name = printed.replace(/[[\]!]/g, '');
  const linked = BUILT_IN_SCALARS.has(name)
    ? escapeHtml(name)
    : `<a href="#${anchorOf(name)}">${escapeHtml(name)}</a>`;
  return `<code>${printed.replace(name, linked)}</code>`;
}

function argumentsOf(args: readonly GraphQLArgument[]): string {
  if (args.length === 0) return '';
  const items = args.map(
    (arg) =>
      `<li>${code(arg.name)}: ${typeLink(arg.type)}${arg.defaultValue !== undefined ? ` = ${code(JSON.stringify(arg.defaultValue))}` : ''}${arg.description ? ` — ${escapeHtml(arg.description)}` : ''}</li>`,
  );
  return `<ul class="args">${items.join('')}</ul>`;
}

function scopeCell(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): string {
  if (!isObjectType(parent) && !isInterfaceType(parent)) return '';
  const rule = accessRuleOfField(parent, field);
  if (rule === undefined) return '—';
  if (rule === 'none') return 'not for API keys';
  if (rule === 'parent') return 'as its parent';
  return code(rule.scope);
}

function typeSection(schema: GraphQLSchema, type: GraphQLNamedType): string {
  const kind = isObjectType(type)
    ? schema.getQueryType() === type || schema.getMutationType() === type
      ? 'operations'
      : 'object'
    : isInputObjectType(type)
      ? 'input'
      : isEnumType(type)
        ? 'enum'
        : isScalarType(type)
          ? 'scalar'
          : isUnionType(type)
            ? 'union'
            : 'interface';
  const heading = `<h3 id="${anchorOf(type.name)}">${escapeHtml(type.name)} <span class="kind">${kind}</span></h3>`;
  const description = type.description ? `<p>${escapeHtml(type.description)}</p>` : '';
  let body = '';
  if (isObjectType(type) || isInterfaceType(type)) {
    const rows = Object.values(type.getFields()).map((field) => {
      const cost = field.extensions[COST_EXTENSION];
      return [
        code(field.name),
        typeLink(field.type),
        `${escapeHtml(field.description ?? '')}${argumentsOf(field.args)}${typeof cost === 'number' ? `<p>Fixed cost: ${cost}.</p>` : ''}`,
        scopeCell(type, field),
      ];
    });
    body = table(
      `Fields of ${escapeHtml(type.name)}`,
      ['field', 'type', 'description', 'scope'],
      rows,
    );
  } else if (isInputObjectType(type)) {
    const rows = Object.values(type.getFields()).map((field: GraphQLInputField) => [
      code(field.name),
      typeLink(field.type),
      escapeHtml(field.description ?? ''),
    ]);
    body = table(`Fields of ${escapeHtml(type.name)}`, ['field', 'type', 'description'], rows);
  } else if (isEnumType(type)) {
    const rows = type
      .getValues()
      .map((value) => [code(value.name), escapeHtml(value.description ?? '')]);
    body = table(`Values of ${escapeHtml(type.name)}`, ['value', 'description'], rows);
  }
  return `<section>${heading}${description}${body}</section>`;
}

export function renderApiDocs(schema: GraphQLSchema, config: Config): string {
  const sorted = lexicographicSortSchema(schema);
  const types = Object.values(sorted.getTypeMap()).filter(
    (type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
  );
  const roots = [sorted.getQueryType(), sorted.getMutationType()].filter(
    (type): type is NonNullable<typeof type> => type !== null && type !== undefined,
  );
  const ordered = [...roots, ...types.filter((type) => !roots.includes(type as never))];
  const schemaHtml = [
    `<p>Types: ${ordered.map((type) => `<a href="#${anchorOf(type.name)}">${escapeHtml(type.name)}</a>`).join(', ')}.</p>`,
    ...ordered.map((type) => typeSection(sorted, type)),
  ].join('\n');

  const scopesHtml = table(
    'Scopes',
    ['scope', 'what it opens'],
    Object.entries(API_SCOPES).map(([name, text]) => [code(name), escapeHtml(text)]),
  );
  const eventsHtml = Object.entries(WEBHOOK_EVENTS)
    .map(
      ([name, event]) =>
        `<h4 id="event-${name}">${code(name)}</h4><p>${escapeHtml(event.description)} Subscribe with ${code(event.enumName)}; a key needs ${code(event.scope)} as well as ${code('webhooks:manage')}. Example <code>data</code>:</p><pre tabindex="0"><code>${escapeHtml(JSON.stringify(event.example, null, 2))}</code></pre>`,
    )
    .join('\n');
  const errorsHtml = table(
    'Error codes',
    ['code', 'meaning'],
    Object.entries(ERROR_CATALOG).map(([name, text]) => [code(name), escapeHtml(text)]),
  );
  const limits = `at most ${QUERY_LIMITS.tokens} tokens, depth ${QUERY_LIMITS.depth}, ${QUERY_LIMITS.aliases} aliases, ${QUERY_LIMITS.rootFields} top-level fields, ${QUERY_LIMITS.directives} directives, ${QUERY_LIMITS.selections} fields side by side and ${QUERY_LIMITS.fragments} fragments`;
  const snippet = `<pre tabindex="0"><code class="language-js">${escapeHtml(fs.readFileSync(VERIFY_SNIPPET_FILE, 'utf8'))}</code></pre>`;

  const values: Record<string, string> = {
    scopes: scopesHtml,
    events: eventsHtml,
    errors: errorsHtml,
    schema: schemaHtml,
    verifySnippet: snippet,
    limits,
    bodyLimit: `${BODY_LIMIT_BYTES / 1_048_576} MB`,
    maxCost: String(config.graphqlMaxCost),
    capacity: String(config.costBucketCapacity),
    leak: String(config.costBucketLeakPerSecond),
    timeout: String(config.webhooks.timeoutSeconds),
    retryBase: String(config.webhooks.retryBaseSeconds),
    maxAttempts: String(config.webhooks.maxAttempts),
  };
  const markdown = fs.readFileSync(path.join(DOCS_DIR, 'api.md'), 'utf8');
  const marked = new Marked({ gfm: true });
  const html = (marked.parse(markdown, { async: false }) as string)
    // A placeholder alone on its line became a paragraph; inline ones stayed text.
    .replace(/<p>\{\{(\w+)\}\}<\/p>/g, (_m, name: string) => values[name] ?? '')
    .replace(/\{\{(\w+)\}\}/g, (_m, name: string) => escapeHtml(values[name] ?? ''))
    // Code blocks scroll sideways on narrow screens: keyboard users must be able to reach them.
    .replace(/<pre>/g, '<pre tabindex="0">')
    // Headings get ids so the table of contents can link to them.
    .replace(/<h2>([^<]+)<\/h2>/g, (_m, title: string) => `<h2 id="${slug(title)}">${title}</h2>`);
  const contents = [...markdown.matchAll(/^## (.+)$/gm)]
    .map(([, title]) => `<li><a href="#${slug(escapeHtml(title!))}">${escapeHtml(title!)}</a></li>`)
    .join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rapport API documentation</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the documentation</a>
<header><p class="brand">Rapport · API</p></header>
<div class="layout">
<nav aria-label="Contents"><h2 class="nav-title">Contents</h2><ol>${contents}</ol></nav>
<main id="main">${html}</main>
</div>
</body>
</html>
`;
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/&[a-z#0-9]+;/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const STYLE = `
:root { color-scheme: light; --ink: #1b2430; --muted: #4a5568; --line: #d5dae1; --accent: #1f5fad; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
header { border-bottom: 1px solid var(--line); padding: .75rem 1.5rem; }
.brand { margin: 0; font-weight: 700; }
.layout { display: grid; grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr); gap: 2rem; padding: 1.5rem; max-width: 90rem; margin: 0 auto; }
@media (max-width: 50rem) { .layout { grid-template-columns: 1fr; } }
nav ol { padding-left: 1.2rem; } .nav-title { font-size: 1rem; border: 0; margin-top: 0; padding-top: 0; }
main { min-width: 0; }
a { color: var(--accent); } a:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
h1 { margin-top: 0; } h2 { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: 1.5rem; }
h3 { margin-top: 2rem; } .kind { font-size: .8rem; font-weight: 400; color: var(--muted); text-transform: uppercase; }
code { font: .92em ui-monospace, SFMono-Regular, Menlo, monospace; background: #f1f3f6; padding: 0 .2em; border-radius: 3px; }
pre { background: #f1f3f6; padding: 1rem; overflow-x: auto; border-radius: 4px; } pre code { padding: 0; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #f7f8fa; }
ul.args { margin: .25rem 0 0; padding-left: 1.1rem; color: var(--muted); }
`;

/** Serves the page at /api, and beside it the SDL and the verification snippet. */
export function registerApiDocs(
  server: FastifyInstance,
  schema: GraphQLSchema,
  config: Config,
): void {
  const page = renderApiDocs(schema, config);
  const sdl = `${printSchema(lexicographicSortSchema(schema))}\n`;
  const snippet = fs.readFileSync(VERIFY_SNIPPET_FILE, 'utf8');
  server.get('/api', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  server.get('/api/schema.graphql', async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send(sdl),
  );
  server.get('/api/verify-webhook-signature.mjs', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(snippet),
  );
}
