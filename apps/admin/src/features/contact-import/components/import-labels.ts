import type { DuplicateReason, ImportField } from '../../../gql/graphql';

export const IMPORT_FIELDS = [
  'FULL_NAME',
  'COMPANY',
  'TITLE',
  'EMAIL',
  'PHONE',
  'MAILING_ADDRESS',
  'TAGS',
  'NOTES',
] as const satisfies ImportField[];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  FULL_NAME: 'Full name',
  COMPANY: 'Company',
  TITLE: 'Title',
  EMAIL: 'Email',
  PHONE: 'Phone',
  MAILING_ADDRESS: 'Mailing address',
  TAGS: 'Tags',
  NOTES: 'Notes',
};

export const DUPLICATE_REASON_LABELS: Record<DuplicateReason, string> = {
  EMAIL: 'the same email',
  NAME_AT_COMPANY: 'the same name at the same company',
};
