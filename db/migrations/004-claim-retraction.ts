import type { Kysely } from 'kysely';

// A claim read from a syndicated copy is retracted (not deleted) when the story's earlier original
// arrives: the claims log stays append-only, transitions and alerts keep the claim they cited, and
// "what vigie knew at time T" (learned_at <= T < retracted_at) stays answerable.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('claims').addColumn('retracted_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('claims').dropColumn('retracted_at').execute();
}
