// Types in src/gql/graphql.ts, and one module of typed documents per .graphql
// file under src/gql/documents/ (see scripts/client-codegen.mjs for why).
import { clientCodegenConfig } from '../../scripts/client-codegen.mjs';

export default clientCodegenConfig(import.meta.dirname);
