import { html, type SafeHtml } from '../html.ts';

const TITLES: Record<number, string> = { 400: 'Bad request', 404: 'Not found', 500: 'Something went wrong' };

export function errorTitle(status: number): string {
  return TITLES[status] ?? `Error ${status}`;
}

export function errorPage(status: number, message: string): SafeHtml {
  return html`<h1>${errorTitle(status)}</h1>
<p role="alert">${message}</p>
<p><a href="/">Back to the alliances</a></p>`;
}
