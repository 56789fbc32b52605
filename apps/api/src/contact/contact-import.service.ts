import { randomUUID } from 'node:crypto';
import {
  findImportDuplicates,
  indexPeople,
  nameKey,
  validateCompany,
  validateContact,
  type ContactDetails,
  type ContactDraft,
  type KnownPerson,
  type PersonFacts,
} from '@rapport/domain';
import Papa from 'papaparse';
import type { DataSource, EntityManager } from 'typeorm';
import { isAgency, type Actor } from '../common/actor.js';
import { ForbiddenError, RuleBrokenError } from '../common/errors.js';
import { writeTransaction } from '../common/transaction.js';
import { CompanyEntity } from '../company/company.entity.js';
import { recordContactsChanged } from '../network/network-changes.js';
import type {
  ContactImportPreviewType,
  ContactImportResultType,
  ImportAction,
  ImportColumnType,
  ImportField,
  ImportFieldErrorType,
  ImportRowType,
  ImportValuesType,
} from './contact-import.type.js';
import { ContactEntity } from './contact.entity.js';
import { contactColumns, identify, writeTags } from './contact.service.js';

/** Bigger files are refused before parsing; the HTTP body limit leaves room for this. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;

const FIELD_OF_DOMAIN: Record<string, ImportField> = {
  name: 'FULL_NAME',
  title: 'TITLE',
  email: 'EMAIL',
  phone: 'PHONE',
  mailingAddress: 'MAILING_ADDRESS',
  notes: 'NOTES',
  tags: 'TAGS',
};

/** Header spellings a spreadsheet is likely to use, folded to letters only. */
const HEADER_GUESSES: Record<string, ImportField> = {
  name: 'FULL_NAME',
  fullname: 'FULL_NAME',
  contact: 'FULL_NAME',
  contactname: 'FULL_NAME',
  company: 'COMPANY',
  companyname: 'COMPANY',
  employer: 'COMPANY',
  organisation: 'COMPANY',
  organization: 'COMPANY',
  title: 'TITLE',
  jobtitle: 'TITLE',
  position: 'TITLE',
  role: 'TITLE',
  email: 'EMAIL',
  emailaddress: 'EMAIL',
  phone: 'PHONE',
  phonenumber: 'PHONE',
  telephone: 'PHONE',
  mobile: 'PHONE',
  address: 'MAILING_ADDRESS',
  mailingaddress: 'MAILING_ADDRESS',
  officeaddress: 'MAILING_ADDRESS',
  tags: 'TAGS',
  tag: 'TAGS',
  labels: 'TAGS',
  notes: 'NOTES',
  note: 'NOTES',
  comments: 'NOTES',
};

interface CheckedRow extends ImportRowType {
  draft: ContactDraft;
  companyName: string | null;
  companyKey: string | null;
}

interface Checked {
  headers: string[];
  mapping: ImportColumnType[];
  rows: CheckedRow[];
  /** Existing companies by lower-cased name. */
  companies: Map<string, CompanyEntity>;
  newCompanies: Map<string, string>;
}

function importError(
  code: Parameters<typeof ruleCode>[0],
  message: string,
  details?: Record<string, unknown>,
) {
  return new RuleBrokenError(ruleCode(code), message, details ? { details } : {});
}
function ruleCode<
  C extends
    | 'IMPORT.TOO_LARGE'
    | 'IMPORT.UNREADABLE'
    | 'IMPORT.INVALID_MAPPING'
    | 'IMPORT.ROW_INVALID'
    | 'IMPORT.DECISION_REQUIRED'
    | 'IMPORT.NOTHING_TO_MERGE'
    | 'IMPORT.UNKNOWN_LINE',
>(code: C): C {
  return code;
}

/** Every field error of a draft, by asking the domain again with each broken field left out. */
function fieldErrors(draft: ContactDraft): ImportFieldErrorType[] {
  const errors: ImportFieldErrorType[] = [];
  let current: ContactDraft = { ...draft };
  for (let i = 0; i < 8; i += 1) {
    const result = validateContact(current);
    if (result.ok) break;
    const domainField = result.error.field ?? 'name';
    errors.push({
      field: FIELD_OF_DOMAIN[domainField] ?? null,
      code: result.error.code,
      message: result.error.message,
    });
    // A missing name cannot be left out; give the rest of the row a chance with a placeholder.
    current =
      domainField === 'name'
        ? { ...current, name: 'x' }
        : { ...current, [domainField]: domainField === 'tags' ? [] : null };
  }
  return errors;
}

export class ContactImportService {
  constructor(private readonly dataSource: DataSource) {}

  async preview(
    actor: Actor,
    csv: string,
    mapping: readonly { header: string; field?: ImportField | null }[] | null | undefined,
  ): Promise<ContactImportPreviewType & { rows: ImportRowType[] }> {
    if (!isAgency(actor)) throw new ForbiddenError();
    const checked = await this.check(this.dataSource.manager, csv, mapping);
    return {
      headers: checked.headers,
      mapping: checked.mapping,
      rows: checked.rows.map(({ draft: _d, companyName: _n, companyKey: _k, ...row }) => row),
      newCompanies: [...checked.newCompanies.values()],
    };
  }

  /**
   * Writes the file as decided, all in one transaction: rows are checked
   * again inside it (the database may have changed since the preview), every
   * refusal happens before the first write, and a failure part-way rolls
   * back every row, company and tag written so far.
   *
   * Companies are matched by name with case ignored; a name that matches
   * none is created (hiring status UNKNOWN), once however many rows use it.
   */
  async commit(
    actor: Actor,
    csv: string,
    mapping: readonly { header: string; field?: ImportField | null }[],
    decisions: readonly { line: number; action: ImportAction }[],
    now: Date,
  ): Promise<ContactImportResultType> {
    if (!isAgency(actor)) throw new ForbiddenError();
    return writeTransaction(this.dataSource, async (manager) => {
      const checked = await this.check(manager, csv, mapping);
      const byLine = new Map(checked.rows.map((row) => [row.line, row]));
      const decided = new Map<number, ImportAction>();
      for (const decision of decisions) {
        if (!byLine.has(decision.line)) {
          throw importError(
            'IMPORT.UNKNOWN_LINE',
            `Line ${decision.line} is not a data row of this file.`,
            { lines: [decision.line] },
          );
        }
        decided.set(decision.line, decision.action);
      }
      const invalid = checked.rows.filter(
        (row) => row.errors.length > 0 && decided.get(row.line) !== 'SKIP',
      );
      if (invalid.length > 0) {
        throw importError(
          'IMPORT.ROW_INVALID',
          `${invalid.length === 1 ? `Line ${invalid[0]!.line} has` : `Lines ${invalid.map((r) => r.line).join(', ')} have`} errors. Fix the file, or choose to skip ${invalid.length === 1 ? 'it' : 'them'}.`,
          { lines: invalid.map((r) => r.line) },
        );
      }
      const undecided = checked.rows.filter(
        (row) =>
          (row.duplicateContactId !== null || row.duplicateOfLine !== null) &&
          !decided.has(row.line),
      );
      if (undecided.length > 0) {
        throw importError(
          'IMPORT.DECISION_REQUIRED',
          `Choose merge, skip or create for the duplicate${undecided.length === 1 ? ` on line ${undecided[0]!.line}` : `s on lines ${undecided.map((r) => r.line).join(', ')}`}.`,
          { lines: undecided.map((r) => r.line) },
        );
      }

      // Where each line ends up, so a row merging into an earlier row of the file finds it.
      const contactOfLine = new Map<number, string | null>();
      const plan = checked.rows.map((row) => {
        const action = decided.get(row.line) ?? 'CREATE';
        let target: string | null = null;
        if (action === 'MERGE') {
          target =
            row.duplicateContactId ??
            (row.duplicateOfLine !== null
              ? (contactOfLine.get(row.duplicateOfLine) ?? null)
              : null);
          if (target === null) {
            throw importError(
              'IMPORT.NOTHING_TO_MERGE',
              `Line ${row.line} has nothing to merge into${row.duplicateOfLine !== null ? `: line ${row.duplicateOfLine} is skipped` : ''}. Choose create or skip.`,
              { lines: [row.line] },
            );
          }
        }
        const id = action === 'CREATE' ? randomUUID() : target;
        contactOfLine.set(row.line, action === 'SKIP' ? null : id);
        return { row, action, id };
      });

      const companyIds = new Map<string, string>([...checked.companies].map(([k, c]) => [k, c.id]));
      const companyNames = new Map<string, string>(
        [...checked.companies].map(([k, c]) => [k, c.name]),
      );
      const result = { created: 0, merged: 0, skipped: 0 };
      const movedToCompany: string[] = [];
      for (const { row, action, id } of plan) {
        if (action === 'SKIP') {
          result.skipped += 1;
          continue;
        }
        let companyId: string | null = null;
        if (row.companyKey !== null) {
          companyId = companyIds.get(row.companyKey) ?? null;
          if (companyId === null) {
            companyId = randomUUID();
            const name = checked.newCompanies.get(row.companyKey)!;
            await manager.insert(CompanyEntity, {
              id: companyId,
              name,
              nameKey: name.toLowerCase(),
              website: null,
              industry: null,
              officeAddress: null,
              hiringStatus: 'UNKNOWN',
              hiringStatusChangedAt: now,
              createdAt: now,
              updatedAt: now,
            });
            companyIds.set(row.companyKey, companyId);
            companyNames.set(row.companyKey, name);
          }
        }
        const details = validateContact(row.draft);
        if (!details.ok) throw new Error(`line ${row.line} passed the check but not validation`);
        const companyName = row.companyKey ? (companyNames.get(row.companyKey) ?? null) : null;
        if (action === 'CREATE') {
          const person = await identify(manager, id!, {
            name: details.value.name,
            email: details.value.email,
            companyId,
          });
          await manager.insert(ContactEntity, {
            id: id!,
            companyId,
            ownerId: null,
            personId: person?.personId ?? id!,
            ...contactColumns(details.value, companyName),
            source: 'AGENCY',
            doNotContact: person?.doNotContact ?? false,
            doNotContactReason: person?.doNotContactReason ?? null,
            sharedWithSeekers: true,
            archivedAt: null,
            mergedIntoId: null,
            createdAt: now,
            updatedAt: now,
          });
          await writeTags(manager, id!, details.value.tags);
          result.created += 1;
        } else {
          if (await this.mergeInto(manager, id!, details.value, companyId, companyName, now)) {
            movedToCompany.push(id!);
          }
          result.merged += 1;
        }
      }
      // A merged row that gained a company joins that company's people in the network.
      await recordContactsChanged(manager, movedToCompany);
      return result;
    });
  }

  /**
   * Fills the existing contact's empty fields from the row and adds its tags;
   * overwrites nothing. True when the contact gained a company.
   */
  private async mergeInto(
    manager: EntityManager,
    id: string,
    incoming: ContactDetails,
    companyId: string | null,
    companyName: string | null,
    now: Date,
  ): Promise<boolean> {
    const existing = await manager.getRepository(ContactEntity).findOneByOrFail({ id });
    const tags = [...existing.tags];
    for (const tag of incoming.tags) {
      if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase()) && tags.length < 20)
        tags.push(tag);
    }
    let name = companyName;
    const keepCompany = existing.companyId ?? companyId;
    if (existing.companyId) {
      name =
        (await manager.getRepository(CompanyEntity).findOneBy({ id: existing.companyId }))?.name ??
        null;
    }
    const details = {
      name: existing.fullName,
      title: existing.title ?? incoming.title,
      email: existing.email ?? incoming.email,
      phone: existing.phone ?? incoming.phone,
      mailingAddress: existing.mailingAddress ?? incoming.mailingAddress,
      notes: existing.notes ?? incoming.notes,
      tags,
    };
    await manager.update(
      ContactEntity,
      { id },
      { companyId: keepCompany, ...contactColumns(details, name), updatedAt: now },
    );
    await writeTags(manager, id, tags);
    return keepCompany !== existing.companyId;
  }

  /** Parses, maps, validates and finds duplicates; reads only. */
  private async check(
    manager: EntityManager,
    csv: string,
    given: readonly { header: string; field?: ImportField | null }[] | null | undefined,
  ): Promise<Checked> {
    if (Buffer.byteLength(csv, 'utf8') > IMPORT_MAX_BYTES) {
      throw importError(
        'IMPORT.TOO_LARGE',
        `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Split it and import the parts.`,
        {
          maxBytes: IMPORT_MAX_BYTES,
        },
      );
    }
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
    const [headerRow, ...data] = parsed.data;
    if (!headerRow || headerRow.every((h) => h.trim() === '')) {
      throw importError(
        'IMPORT.UNREADABLE',
        'The file is empty or has no header line. The first line must name the columns.',
      );
    }
    if (data.length > IMPORT_MAX_ROWS) {
      throw importError(
        'IMPORT.TOO_LARGE',
        `The file has ${data.length.toLocaleString('en-US')} rows; at most ${IMPORT_MAX_ROWS.toLocaleString('en-US')} are imported at once. Split it and import the parts.`,
        {
          maxRows: IMPORT_MAX_ROWS,
        },
      );
    }
    const headers = headerRow.map((h) => h.trim());
    const mapping = given ? this.givenMapping(headers, given) : this.suggestedMapping(headers);
    if (!mapping.some((m) => m.field === 'FULL_NAME')) {
      throw importError('IMPORT.INVALID_MAPPING', 'Choose the column that holds the full name.');
    }
    const columnOf = new Map<ImportField, number>();
    mapping.forEach((m) => {
      if (m.field) columnOf.set(m.field, headers.indexOf(m.header));
    });
    // Papa reports rows whose quotes do not close or whose cell count is off; they stay rows with an error.
    const shapeErrors = new Map<number, string>();
    for (const error of parsed.errors) {
      if (error.row !== undefined && error.type !== 'Delimiter')
        shapeErrors.set(error.row, error.message);
    }

    const cell = (values: string[], field: ImportField): string | null => {
      const index = columnOf.get(field);
      const raw = index === undefined ? undefined : values[index];
      const trimmed = raw?.trim() ?? '';
      return trimmed.length === 0 ? null : trimmed;
    };

    const companyNames = new Map<string, string>();
    const rows: CheckedRow[] = data.map((values, i) => {
      const line = i + 2;
      const companyName = cell(values, 'COMPANY');
      const tags = (cell(values, 'TAGS') ?? '')
        .split(/[;|]/)
        .map((t) => t.trim())
        .filter((t) => t.length > 0);
      const draft: ContactDraft = {
        name: cell(values, 'FULL_NAME') ?? '',
        title: cell(values, 'TITLE'),
        email: cell(values, 'EMAIL'),
        phone: cell(values, 'PHONE'),
        mailingAddress: cell(values, 'MAILING_ADDRESS'),
        notes: cell(values, 'NOTES'),
        tags,
      };
      const errors = fieldErrors(draft);
      let companyKey: string | null = null;
      if (companyName !== null) {
        const company = validateCompany({ name: companyName });
        if (!company.ok)
          errors.push({
            field: 'COMPANY',
            code: company.error.code,
            message: company.error.message,
          });
        else {
          companyKey = company.value.name.toLowerCase();
          if (!companyNames.has(companyKey)) companyNames.set(companyKey, company.value.name);
        }
      }
      const shape = shapeErrors.get(i + 1);
      if (shape)
        errors.push({
          field: null,
          code: 'IMPORT.UNREADABLE',
          message: `This line could not be read as CSV: ${shape}`,
        });
      const checked = validateContact(draft);
      const shown: ImportValuesType = checked.ok
        ? {
            fullName: checked.value.name,
            company: companyName,
            title: checked.value.title,
            email: checked.value.email,
            phone: checked.value.phone,
            mailingAddress: checked.value.mailingAddress,
            tags: checked.value.tags,
            notes: checked.value.notes,
          }
        : {
            fullName: draft.name || null,
            company: companyName,
            title: draft.title ?? null,
            email: draft.email ?? null,
            phone: draft.phone ?? null,
            mailingAddress: draft.mailingAddress ?? null,
            tags,
            notes: draft.notes ?? null,
          };
      return {
        line,
        values: shown,
        errors,
        duplicateReason: null,
        duplicateOfLine: null,
        duplicateContactId: null,
        draft,
        companyName,
        companyKey,
      };
    });

    const companies = new Map<string, CompanyEntity>();
    const keys = [...companyNames.keys()];
    for (let i = 0; i < keys.length; i += 500) {
      const found = await manager
        .getRepository(CompanyEntity)
        .createQueryBuilder('co')
        .where('co.name_key IN (:...keys)', { keys: keys.slice(i, i + 500) })
        .orderBy('co.created_at', 'ASC')
        .getMany();
      for (const company of found)
        if (!companies.has(company.nameKey)) companies.set(company.nameKey, company);
    }
    const newCompanies = new Map([...companyNames].filter(([key]) => !companies.has(key)));

    // A new company has no id yet; a stand-in keeps "same name at the same new company" a duplicate within the file.
    const facts: PersonFacts[] = rows.map((row) => ({
      name: row.draft.name,
      email: row.draft.email ?? null,
      companyId:
        row.companyKey === null
          ? null
          : (companies.get(row.companyKey)?.id ?? `new:${row.companyKey}`),
    }));
    const existing = await this.candidates(manager, facts);
    for (const duplicate of findImportDuplicates(facts, indexPeople(existing))) {
      const row = rows[duplicate.row]!;
      if ('existing' in duplicate) {
        row.duplicateContactId = duplicate.existing.contactId;
        row.duplicateReason = duplicate.existing.by;
      } else {
        row.duplicateOfLine = duplicate.sameAsRow + 2;
        row.duplicateReason = duplicate.by;
      }
    }
    return { headers, mapping, rows, companies, newCompanies };
  }

  /** Agency contacts that share an email or a name-at-company with any row: two indexed lookups per 500 rows. */
  private async candidates(
    manager: EntityManager,
    facts: readonly PersonFacts[],
  ): Promise<KnownPerson[]> {
    const emails = [
      ...new Set(
        facts
          .map((f) => f.email?.normalize('NFKC').trim().toLowerCase())
          .filter((e): e is string => !!e),
      ),
    ];
    const names = [
      ...new Set(
        facts
          .filter((f) => f.companyId && !f.companyId.startsWith('new:'))
          .map((f) => nameKey(f.name))
          .filter((n): n is string => !!n),
      ),
    ];
    const found = new Map<string, ContactEntity>();
    const select = () =>
      manager
        .getRepository(ContactEntity)
        .createQueryBuilder('c')
        .select(['c.id', 'c.personId', 'c.fullName', 'c.email', 'c.companyId'])
        .where('c.owner_id IS NULL AND c.merged_into_id IS NULL');
    for (let i = 0; i < emails.length; i += 500) {
      for (const row of await select()
        .andWhere('c.email_key IN (:...emails)', { emails: emails.slice(i, i + 500) })
        .getMany())
        found.set(row.id, row);
    }
    for (let i = 0; i < names.length; i += 500) {
      for (const row of await select()
        .andWhere('c.name_key IN (:...names)', { names: names.slice(i, i + 500) })
        .andWhere('c.company_id IS NOT NULL')
        .getMany())
        found.set(row.id, row);
    }
    return [...found.values()].map((row) => ({
      contactId: row.id,
      personId: row.personId,
      name: row.fullName,
      email: row.email,
      companyId: row.companyId,
    }));
  }

  private suggestedMapping(headers: string[]): ImportColumnType[] {
    const used = new Set<ImportField>();
    return headers.map((header) => {
      const guess = HEADER_GUESSES[header.toLowerCase().replace(/[^a-z]/g, '')] ?? null;
      const field = guess && !used.has(guess) ? guess : null;
      if (field) used.add(field);
      return { header, field };
    });
  }

  private givenMapping(
    headers: string[],
    given: readonly { header: string; field?: ImportField | null }[],
  ): ImportColumnType[] {
    const byHeader = new Map<string, ImportField | null>();
    const used = new Set<ImportField>();
    for (const column of given) {
      const header = column.header.trim();
      if (!headers.includes(header)) {
        throw importError('IMPORT.INVALID_MAPPING', `The file has no column "${header}".`, {
          header,
        });
      }
      if (column.field) {
        if (used.has(column.field)) {
          throw importError(
            'IMPORT.INVALID_MAPPING',
            `Two columns are mapped to ${column.field}; choose one.`,
            { field: column.field },
          );
        }
        used.add(column.field);
      }
      byHeader.set(header, column.field ?? null);
    }
    return headers.map((header) => ({ header, field: byHeader.get(header) ?? null }));
  }
}
