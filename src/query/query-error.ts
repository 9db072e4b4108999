/** A query the store cannot answer as asked (a malformed date...): the message says what to change. */
export class QueryError extends Error {
  override name = 'QueryError';
}
