/**
 * BullMQ 5 refuses custom job ids that contain ':' (its key separator; only the legacy
 * three-part repeat ids pass) and ids that parse as integers. Vigie's ids read `fetch:<sha1>`,
 * so ':' becomes '|' here, and a purely numeric id gets a prefix.
 */
export function toBullJobId(jobId: string): string {
  const safe = jobId.replaceAll(':', '|');
  return /^\d+$/.test(safe) ? `id|${safe}` : safe;
}
