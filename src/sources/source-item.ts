/** One article a source points to, as the listing describes it. */
export interface SourceItem {
  url: string;
  title?: string;
  /** ISO-8601 instant. */
  publishedAt?: string;
}

/** What polling a source yields: batch work reports per-item problems instead of throwing. */
export interface SourceYield {
  items: SourceItem[];
  errors: string[];
  /** True when the listing answered 304: nothing new since the last poll. */
  notModified: boolean;
}
