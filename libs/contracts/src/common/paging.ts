/** Every list endpoint answers with this shape (api-v1.md, Conventions). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The error body of every non-2xx answer. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  /** Stable machine-readable code of a domain error, e.g. `EMAIL_TAKEN`. */
  code?: string;
}
