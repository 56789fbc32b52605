import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@rapport/domain';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { COMMAND_LINE } from '../common/actor.js';
import { AppError } from '../common/errors.js';
import { AccountService } from '../user/account.service.js';

const USAGE = `Usage:
  npm run cli --workspace @rapport/api -- create-staff --email EMAIL --name NAME [--role STAFF|ADMIN]

The password is read from standard input (one line), e.g.
  printf '%s' "$PASSWORD" | npm run cli --workspace @rapport/api -- create-staff --email a@b.co --name "Ann Lee" --role ADMIN`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function createStaff(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'STAFF' },
    },
  });
  const role = values.role as Role;
  if (!values.email || !values.name || !ROLES.includes(role)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const password = await readStdin();
  const dataSource = await openDatabase(loadConfig().database);
  try {
    // The operator at the command line may create admins: it is how the very first one is made.
    const user = await new AccountService(dataSource).createStaff(
      COMMAND_LINE,
      { email: values.email, name: values.name, password },
      role,
    );
    console.log(`Created ${user.role} account for ${user.email}.`);
  } catch (error) {
    if (error instanceof AppError) {
      console.error(error.message);
      process.exitCode = 1;
    } else {
      throw error;
    }
  } finally {
    await dataSource.destroy();
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'create-staff') {
  await createStaff(rest);
} else {
  console.error(USAGE);
  process.exitCode = 2;
}
