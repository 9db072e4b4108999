import type { BrowserContext, Page } from 'playwright-core';

export interface GuardReport {
  dialogs: string[];
  console: string[];
  pageErrors: string[];
}

/**
 * Opens pages that tell on any script from content: every dialog (alert/confirm/prompt) is recorded and
 * dismissed, console lines and page errors are kept, and an init script counts calls to the dialog
 * functions and CSP violations in globals the test reads back (see `ranFlags`).
 */
export async function guardContext(context: BrowserContext): Promise<GuardReport> {
  const report: GuardReport = { dialogs: [], console: [], pageErrors: [] };
  await context.addInitScript(() => {
    const w = window as unknown as { __contentRan: string[]; __cspViolations: string[] };
    w.__contentRan = [];
    w.__cspViolations = [];
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = window[name].bind(window);
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        w.__contentRan.push(`${name}(${String(args[0])})`);
        return (original as (...a: unknown[]) => unknown)(...args);
      };
    }
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  context.on('page', (page) => watch(page, report));
  return report;
}

function watch(page: Page, report: GuardReport): void {
  page.on('dialog', (dialog) => {
    report.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => report.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => report.pageErrors.push(error.message));
}

/** What the init script saw on the current page: script calls from content, and blocked injections. */
export async function ranFlags(page: Page): Promise<{ ran: string[]; csp: string[]; title: string }> {
  return page.evaluate(() => {
    const w = window as unknown as { __contentRan: string[]; __cspViolations: string[] };
    return { ran: w.__contentRan, csp: w.__cspViolations, title: document.title };
  });
}
