export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Field-by-field differences between two versions of an object (admin review, audit log). */
export function diffFields<T extends object>(
  before: Readonly<T>,
  after: Readonly<Partial<T>>,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (!(field in after)) continue;
    const b = before[field] ?? null;
    const a = after[field] ?? null;
    if (!same(b, a)) changes.push({ field, before: b, after: a });
  }
  return changes;
}
