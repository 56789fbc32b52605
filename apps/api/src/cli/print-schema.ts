import 'reflect-metadata';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from '../graphql/schema.js';

// Writes the SDL that the clients' code generator reads (apps/api/schema.graphql).
process.stdout.write(`${printSchema(lexicographicSortSchema(await createSchema()))}\n`);
