import { describe, expect, it } from 'vitest';
import glossary from '@/messages/glossary.json';
import { locales } from '@/lib/i18n/routing';
import { renderReminder } from '@/lib/reminders';
import { invitationMail, resetMail } from './templates';

const link = 'https://tracker.test/invitation/abc';
const expiresAt = new Date('2026-12-08T09:30:00Z');

/** What a mail must never show: an unfilled placeholder, or a message key instead of its text. */
function expectFinished(text: string, where: string) {
  expect({ where, placeholder: /\{\s*\w+/.test(text) }).toEqual({ where, placeholder: false });
  expect({ where, key: /\b(mail|reminders)\.\w+/.test(text) }).toEqual({ where, key: false });
}

describe.each(locales)('the mail in %s', (locale) => {
  it('invites with the role named as the glossary names it, the link and the expiry in UTC', async () => {
    const mail = await invitationMail({ locale, link, role: 'focal_point', expiresAt });
    expectFinished(mail.subject, 'subject');
    expectFinished(mail.bodyText, 'body');
    expect(mail.subject).toContain('Engagement Tracker');
    expect(mail.bodyText).toContain(link);
    expect(mail.bodyText).toContain(glossary.terms['role.focal_point'][locale]);
    expect(mail.bodyText).toMatch(/2026/);
  });

  it('sends a reset link', async () => {
    const mail = await resetMail({ locale, link, expiresAt });
    expectFinished(`${mail.subject}\n${mail.bodyText}`, 'reset');
    expect(mail.bodyText).toContain(link);
  });

  it.each([1, 2, 3, 5, 11, 21, 100])('reminds of %i missing reports in the plural the count needs', async (missing) => {
    for (const kind of ['due', 'late'] as const) {
      const mail = await renderReminder({
        kind,
        recipient: {
          userId: 'u1',
          email: 'ana@example.test',
          name: 'Ana',
          countryId: 1,
          countryIso2: 'NO',
          countryName: 'Norway',
        },
        round: { title: '2026', deadline: '2026-12-31' },
        progress: { expected: missing + 1, reported: 1 },
        url: 'https://tracker.test/workspace',
        locale,
      });
      expectFinished(`${mail.subject}\n${mail.bodyText}`, `${kind} reminder`);
      expect(mail.bodyText).toContain('https://tracker.test/workspace');
      expect(mail.bodyText).toContain(String(missing + 1));
    }
  });
});
