import { z } from 'zod';

/**
 * The gold form of one corpus article (fixtures/corpus/<id>.gold.json). Close to the Claim wire form,
 * but the evidence is a distinctive substring of the sentence rather than offsets, so the gold survives
 * changes in how the article text is extracted. `optional` marks a claim an analyst may or may not
 * extract (background restatement of an old deal): it is neither a miss nor a false positive.
 */
export const goldClaimSchema = z
  .object({
    kind: z.enum(['agreement', 'acquisition', 'share_move', 'certification', 'launch', 'statement']),
    parties: z.array(z.string().min(1)).min(1),
    status: z.enum(['rumour', 'confirmed', 'denied']),
    stance: z.enum(['no_comment', 'deny', 'confirm']).optional(),
    alliance: z.string().min(1).optional(),
    label: z.string().min(1).optional(),
    issuer: z.string().min(1).optional(),
    percent: z.number().positive().optional(),
    direction: z.enum(['up', 'down']).optional(),
    eventDate: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .optional(),
    bound: z.enum(['not_before', 'not_after']).optional(),
    attribution: z.string().min(1).optional(),
    evidence: z.string().min(8),
    optional: z.boolean().optional(),
  })
  .strict()
  .superRefine((claim, ctx) => {
    const need = (ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', message });
    };
    if (claim.kind === 'statement') need(claim.stance !== undefined, 'a statement needs a stance');
    if (claim.kind === 'share_move')
      need(
        claim.percent !== undefined && claim.direction !== undefined,
        'a share_move needs percent and direction',
      );
    if (claim.kind === 'certification') need(claim.label !== undefined, 'a certification needs a label');
  });

export const goldArticleSchema = z
  .object({
    url: z.string().url(),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    language: z.enum(['fr', 'en']),
    publisher: z.string().optional(),
    title: z.string().optional(),
    claims: z.array(goldClaimSchema),
  })
  .strict();

export type GoldClaim = z.infer<typeof goldClaimSchema>;
export type GoldArticleFile = z.infer<typeof goldArticleSchema>;

/** A gold file with its corpus id (the file name without `.gold.json`). */
export interface GoldArticle extends GoldArticleFile {
  id: string;
}
