import { PERSON_MATCH_KINDS, type PersonMatchKind } from '@rapport/domain';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export const IMPORT_FIELDS = [
  'FULL_NAME',
  'COMPANY',
  'TITLE',
  'EMAIL',
  'PHONE',
  'MAILING_ADDRESS',
  'TAGS',
  'NOTES',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const ImportFieldEnum = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, f])) as {
  [F in ImportField]: F;
};
registerEnumType(ImportFieldEnum, {
  name: 'ImportField',
  description: 'A contact field a CSV column can fill. TAGS are separated by ; or |.',
});

export const DuplicateReasonEnum = Object.fromEntries(PERSON_MATCH_KINDS.map((k) => [k, k])) as {
  [K in PersonMatchKind]: K;
};
registerEnumType(DuplicateReasonEnum, {
  name: 'DuplicateReason',
  description: 'Why a row is taken for a person already known (case and accents ignored).',
  valuesConfig: {
    EMAIL: { description: 'The same email address.' },
    NAME_AT_COMPANY: { description: 'The same name at the same company.' },
  },
});

export const IMPORT_ACTIONS = ['CREATE', 'MERGE', 'SKIP'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];
export const ImportActionEnum = Object.fromEntries(IMPORT_ACTIONS.map((a) => [a, a])) as {
  [A in ImportAction]: A;
};
registerEnumType(ImportActionEnum, {
  name: 'ImportAction',
  description: 'What to do with one row of an import.',
  valuesConfig: {
    CREATE: {
      description: 'Add a new contact (linked to the same person when it is a duplicate).',
    },
    MERGE: {
      description:
        "Fill the duplicate's empty fields from the row and add its tags; nothing already there is overwritten.",
    },
    SKIP: { description: 'Leave the row out.' },
  },
});

@InputType('ImportColumnInput', { description: 'Which field a CSV column fills.' })
export class ImportColumnInput {
  @Field(() => String, { description: 'The header exactly as in the first line of the file.' })
  header: string;

  @Field(() => ImportFieldEnum, { nullable: true, description: 'Null to ignore the column.' })
  field?: ImportField | null;
}

@ObjectType('ImportColumn', {
  description: 'A CSV column and the field it fills.',
  simpleResolvers: true,
})
export class ImportColumnType {
  @Field(() => String, { description: 'The header as in the first line of the file, trimmed.' })
  header: string;

  @Field(() => ImportFieldEnum, { nullable: true, description: 'Null when the column is ignored.' })
  field: ImportField | null;
}

@InputType('ImportDecisionInput', { description: 'The choice for one row of the file.' })
export class ImportDecisionInput {
  @Field(() => Int, { description: 'The line number the preview gave the row.' })
  line: number;

  @Field(() => ImportActionEnum, { description: 'What to do with that row.' })
  action: ImportAction;
}

@ObjectType('ImportValues', {
  description: 'One row as it would be saved (trimmed and normalised when valid).',
  simpleResolvers: true,
})
export class ImportValuesType {
  @Field(() => String, { nullable: true, description: 'The name; null when the cell is empty.' })
  fullName: string | null;

  @Field(() => String, { nullable: true, description: 'The company name as written in the file.' })
  company: string | null;

  @Field(() => String, { nullable: true, description: 'The job title; null when empty.' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'The email address; null when empty.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'The phone number; null when empty.' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'The mailing address; null when empty.' })
  mailingAddress: string | null;

  @Field(() => [String], { description: 'The tags from the cell, split on ; or |.' })
  tags: string[];

  @Field(() => String, { nullable: true, description: 'The notes; null when empty.' })
  notes: string | null;
}

@ObjectType('ImportFieldError', {
  description: 'Why one field of a row cannot be imported.',
  simpleResolvers: true,
})
export class ImportFieldErrorType {
  @Field(() => ImportFieldEnum, {
    nullable: true,
    description: 'Null for a problem with the whole row.',
  })
  field: ImportField | null;

  @Field(() => String, { description: 'The same code the API gives for this mistake elsewhere.' })
  code: string;

  @Field(() => String, { description: 'What is wrong, in a sentence for people.' })
  message: string;
}

/** A previewed row; `duplicate` is resolved from duplicateContactId by ImportRowResolver. */
@ObjectType('ImportRow', {
  description: 'One data row of the file, checked.',
  simpleResolvers: true,
})
export class ImportRowType {
  @Field(() => Int, { description: 'The line in the file (the header is line 1).' })
  line: number;

  @Field(() => ImportValuesType, { description: "The row's values as they would be saved." })
  values: ImportValuesType;

  @Field(() => [ImportFieldErrorType], {
    description: 'Empty when the row can be imported; a row with errors can only be skipped.',
  })
  errors: ImportFieldErrorType[];

  @Field(() => DuplicateReasonEnum, {
    nullable: true,
    description:
      'Why the row is taken for a known contact or an earlier row; null when it is not a duplicate.',
  })
  duplicateReason: PersonMatchKind | null;

  @Field(() => Int, {
    nullable: true,
    description: 'When the row repeats an earlier row of the same file: that line.',
  })
  duplicateOfLine: number | null;

  /** Not a GraphQL field: the agency contact this row duplicates. */
  duplicateContactId: string | null;
}

@ObjectType('ContactImportPreview', {
  description: 'What an import would do, before anything is written.',
  simpleResolvers: true,
})
export class ContactImportPreviewType {
  @Field(() => [String], { description: 'The first line of the file.' })
  headers: string[];

  @Field(() => [ImportColumnType], {
    description: 'The mapping given, or one suggested from the headers.',
  })
  mapping: ImportColumnType[];

  @Field(() => [ImportRowType], { description: 'Every data row of the file, in file order.' })
  rows: ImportRowType[];

  @Field(() => [String], {
    description:
      'Company names in the file that match no company (case ignored); importing creates them.',
  })
  newCompanies: string[];
}

@ObjectType('ContactImportResult', { description: 'What an import wrote.', simpleResolvers: true })
export class ContactImportResultType {
  @Field(() => Int, { description: 'Rows added as new contacts.' })
  created: number;

  @Field(() => Int, { description: 'Rows merged into an existing contact.' })
  merged: number;

  @Field(() => Int, { description: 'Rows left out.' })
  skipped: number;
}
