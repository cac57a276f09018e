/**
 * Cuts a stream of search documents into JSON bodies of `size` documents each, as the API's
 * reindex sends them, optionally with the same documents as before ADR 0007 (whole
 * descriptions) for the index experiments. Counts the bytes of the production bodies.
 */
export class DocumentBatches {
  /** JSON arrays of up to `size` documents, as indexed in production. */
  readonly production: string[] = [];
  /** The same documents with whole descriptions (only when they are added). */
  readonly fullText: string[] = [];
  /** Bytes of all production bodies. */
  bytes = 0;
  private pending: object[] = [];
  private pendingFull: object[] = [];

  constructor(private readonly size: number) {}

  add(document: object, fullText: object | null): void {
    this.pending.push(document);
    if (fullText !== null) this.pendingFull.push(fullText);
    if (this.pending.length === this.size) this.flush();
  }

  /** Ends the current (possibly short) batch; call once after the last document. */
  flush(): void {
    if (this.pending.length > 0) {
      const json = JSON.stringify(this.pending);
      this.bytes += Buffer.byteLength(json);
      this.production.push(json);
      this.pending = [];
    }
    if (this.pendingFull.length > 0) this.fullText.push(JSON.stringify(this.pendingFull));
    this.pendingFull = [];
  }

  /** Drops every body (they are large). */
  release(): void {
    this.production.length = 0;
    this.fullText.length = 0;
  }
}
