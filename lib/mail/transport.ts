import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

/**
 * The SMTP connection, when SMTP_URL is set (smtp:// or smtps://, credentials in the URL). Without it
 * the app sends nothing and mail waits in the outbox, where admins read it in the workspace.
 */

export type MailEnvelope = { to: string; subject: string; text: string };
export type SendMail = (message: MailEnvelope) => Promise<void>;

let transporter: Transporter | undefined;

export function isSmtpConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

/** Sends through SMTP; null when SMTP is not configured. */
export function smtpSender(): SendMail | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  transporter ??= nodemailer.createTransport(url);
  const from = env().MAIL_FROM;
  return async ({ to, subject, text }) => {
    await transporter!.sendMail({ from, to, subject, text });
  };
}
