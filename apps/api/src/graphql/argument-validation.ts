import {
  getMetadataStorage,
  validateOrReject,
  type ValidationError,
  type ValidatorOptions,
} from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/**
 * Validates resolver arguments (args classes and input objects) against
 * their class-validator decorators, with the same outcome as type-graphql's
 * own validation, which this replaces (`validateFn` in graphql/schema.ts).
 *
 * type-graphql ran class-validator on every argument of every request, and
 * class-validator looks a class's rules up in its whole metadata store each
 * time: on a list page that lookup was 5% of the API's time. Here each class
 * is read once into plain checks for the rules the API uses (Min, Max,
 * MaxLength, ArrayMaxSize). A value that passes them is valid; anything else
 * (a value that fails, or a class with a rule or option not known here) goes
 * to class-validator itself, which decides and words the errors exactly as
 * before.
 */
const OPTIONS: ValidatorOptions = {
  // What type-graphql passes with `validate: { forbidUnknownValues: false }`.
  skipMissingProperties: true,
  forbidUnknownValues: false,
};

/** True only when class-validator would surely accept the value. */
type QuickCheck = (value: unknown) => boolean;

const QUICK: Record<string, (limit: unknown) => QuickCheck> = {
  min: (limit) => (value) => typeof value === 'number' && value >= (limit as number),
  max: (limit) => (value) => typeof value === 'number' && value <= (limit as number),
  // class-validator counts a surrogate pair as one character, so a string no
  // longer in UTF-16 units than the limit is within it by its count too.
  maxLength: (limit) => (value) => typeof value === 'string' && value.length <= (limit as number),
  arrayMaxSize: (limit) => (value) => Array.isArray(value) && value.length <= (limit as number),
};

interface Rule {
  property: string;
  check: QuickCheck;
}

/** Per class: its rules as quick checks, or null when some rule must go to class-validator. */
const plans = new Map<object, readonly Rule[] | null>();

function planOf(target: object): readonly Rule[] | null {
  const known = plans.get(target);
  if (known !== undefined) return known;
  const storage = getMetadataStorage();
  const rules: Rule[] = [];
  let plan: readonly Rule[] | null = rules;
  for (const metadata of storage.getTargetValidationMetadatas(
    target as () => void,
    '',
    false,
    false,
  )) {
    const name =
      metadata.type === 'customValidation' && metadata.constraintCls
        ? storage.getTargetValidatorConstraints(metadata.constraintCls)[0]?.name
        : undefined;
    const quick = name ? QUICK[name] : undefined;
    const plain = !metadata.each && !metadata.always && !metadata.groups?.length;
    if (!quick || !plain || metadata.constraints?.length !== 1) {
      plan = null;
      break;
    }
    rules.push({ property: metadata.propertyName, check: quick(metadata.constraints[0]) });
  }
  plans.set(target, plan);
  return plan;
}

/** Whether the quick checks accept `value` (missing properties are skipped, as configured). */
export function passesQuickChecks(value: object): boolean {
  const plan = planOf(value.constructor);
  if (!plan) return false;
  for (const { property, check } of plan) {
    const field = (value as Record<string, unknown>)[property];
    if (field !== null && field !== undefined && !check(field)) return false;
  }
  return true;
}

async function validateOne(value: object): Promise<void> {
  if (passesQuickChecks(value)) return;
  await validateOrReject(value, OPTIONS);
}

/** type-graphql's `validateFn`: arrays item by item, scalars not at all, as type-graphql did. */
export async function validateArgument(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  try {
    if (Array.isArray(value)) {
      await Promise.all(
        value
          .filter((item): item is object => item !== null && typeof item === 'object')
          .map(validateOne),
      );
    } else {
      await validateOne(value);
    }
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}
