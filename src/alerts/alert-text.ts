import type { AlertJson } from './alert-json.ts';

/** What changed, in a few words: "agreement Bleu (Microsoft, Orange, Capgemini): rumour -> confirmed". */
export function alertHeadline(alert: AlertJson): string {
  const who =
    alert.alliance && alert.kind === 'agreement' && alert.alliance !== alert.parties.join(' + ')
      ? `${alert.alliance} (${alert.parties.join(', ')})`
      : alert.parties.join(', ');
  return `${alert.kind.replace('_', ' ')} ${who}: ${alert.from ?? 'new'} -> ${alert.to}`;
}

/** One human line: what changed, when, and the sentence that says so. */
export function alertLine(alert: AlertJson): string {
  const quote = alert.evidence.quote.replace(/\s+/g, ' ').trim();
  return `vigie alert #${alert.id}: ${alertHeadline(alert)} on ${alert.at.slice(0, 10)} — ${alert.evidence.publisher}: "${quote}" <${alert.evidence.url}>`;
}

/** The mail body: the line, then the evidence on its own lines. */
export function alertText(alert: AlertJson): string {
  return [
    alertHeadline(alert),
    '',
    `When: ${alert.at}`,
    `Source: ${alert.evidence.publisher} — ${alert.evidence.url}`,
    `Evidence: "${alert.evidence.quote.replace(/\s+/g, ' ').trim()}"`,
    '',
    `(vigie alert #${alert.id})`,
  ].join('\n');
}
