/** Every list endpoint answers with this shape (api-v1.md, Conventions). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Stable machine codes of validation problems (api-v1.md, Conventions). Most are the name of the
 * class-validator constraint that failed (`isEmail`, `min`, `maxLength`, `isIn`, `isInt`, …);
 * these few are the API's own.
 */
export const VALIDATION_CODES = {
  /** A required field is missing (or `null`). */
  required: 'required',
  /** An optional field that cannot be cleared was sent as `null`. */
  notNull: 'notNull',
  /** A string contains NUL or another control character (tab and line breaks are fine). */
  noControlChars: 'noControlChars',
  /** The body nests arrays or objects deeper than the API accepts (`field` is `""`). */
  tooDeep: 'tooDeep',
  /** A string (value or key) that is not well-formed Unicode, e.g. a lone surrogate. */
  invalidUnicode: 'invalidUnicode',
  /** A field the endpoint does not know. */
  unknownField: 'unknownField',
  /** The body is not valid JSON (`field` is `""`). */
  invalidJson: 'invalidJson',
  /** The body is larger than the API accepts (`field` is `""`). */
  tooLarge: 'tooLarge',
  /** A value the database refused (out of range, invalid text). */
  invalidValue: 'invalidValue',
} as const;

/** One validation problem: which field (dotted path, `""` for the body), a stable code, a sentence. */
export interface FieldError {
  /** Dotted path such as `email` or `plans.0.priceCents`; `""` for the body as a whole. */
  field: string;
  /** Stable machine code: a class-validator constraint name or one of VALIDATION_CODES. */
  code: string;
  /** The English sentence, also listed in `message`. */
  message: string;
}

/** The error body of every non-2xx answer. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  /** Stable machine-readable code of a domain error, e.g. `EMAIL_TAKEN`. */
  code?: string;
  /** Every validation 400 lists its problems here, one per field and failed rule. */
  errors?: FieldError[];
}
