import nodemailer from 'nodemailer';
import { SinkError } from '../alert-delivery-error.ts';
import { alertHeadline, alertText } from '../alert-text.ts';
import type { AlertSink } from './alert-sink.ts';

export interface EmailOptions {
  to: string | string[];
  from: string;
  smtp: { host: string; port: number; secure: boolean; user?: string; pass?: string };
  timeoutMs: number;
}

/** Sends one plain-text mail per alert through the configured SMTP server. */
export function emailSink(options: EmailOptions, name: string): AlertSink {
  return {
    name,
    deliver: async (alert) => {
      const transport = nodemailer.createTransport({
        host: options.smtp.host,
        port: options.smtp.port,
        secure: options.smtp.secure,
        ...(options.smtp.user ? { auth: { user: options.smtp.user, pass: options.smtp.pass ?? '' } } : {}),
        connectionTimeout: options.timeoutMs,
        greetingTimeout: options.timeoutMs,
        socketTimeout: options.timeoutMs,
      });
      try {
        await transport.sendMail({
          from: options.from,
          to: options.to,
          subject: `[vigie] ${alertHeadline(alert)}`,
          text: alertText(alert),
          headers: { 'X-Vigie-Alert-Id': String(alert.id) },
        });
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx: the server refuses this mail for good (unknown recipient...); anything else may pass later.
        const retryable = code === undefined || code < 500;
        throw new SinkError(
          `mail to ${[options.to].flat().join(', ')} failed: ${(error as Error).message}`,
          retryable,
        );
      } finally {
        transport.close();
      }
    },
  };
}
