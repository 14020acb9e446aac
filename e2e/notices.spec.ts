import { expectNoAxeViolations } from './support/axe';
import { demoFocalPoint } from './support/accounts';
import { localePrefixes } from './support/locales';
import { visit } from './support/navigation';
import { expect, test } from './support/own-server';

/**
 * Notices in a real browser, on a server and database of the spec's own (it returns a report and
 * changes a person's language, which other specs would see): Norway's focal point chooses French on My
 * account; the secretariat returns one of Norway's reports; the outbox holds the mail in French; the
 * focal point's navigation counts it, and "What's new" on the workspace home lists it, links to the
 * report and, once read, the count is gone. The changed pages are checked with axe in every language.
 */

test.describe.configure({ mode: 'serial' });

const focal = demoFocalPoint('NOR');

test('a report returned to a French-speaking focal point: mail in French, What’s new with a count', async ({
  focalPoint,
  secretariat,
  admin,
}) => {
  // 1. The focal point chooses French; the account page reopens in it.
  await visit(focalPoint, '/workspace/account');
  await expect(focalPoint.getByRole('heading', { name: 'Language and notices' })).toBeVisible();
  await expectNoAxeViolations(focalPoint, 'account: language and notices');
  await focalPoint.getByLabel('Language of your mail and workspace').selectOption('fr');
  await focalPoint.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(focalPoint).toHaveURL(/\/fr\/workspace\/account\?saved=preferences$/);
  await expect(focalPoint.getByText('Enregistré. Vos courriels et votre espace de travail')).toBeVisible();
  await expect(focalPoint.getByLabel('Langue de vos courriels et de votre espace de travail')).toHaveValue('fr');
  await expectNoAxeViolations(focalPoint, 'account saved, in French');

  // 2. The secretariat returns one of Norway's submitted reports.
  await visit(secretariat, '/workspace/review');
  const review = secretariat.getByRole('link', { name: /^Review the report on NOR-/ }).first();
  const ref = (await review.textContent())!.match(/NOR-\d{4}-\d+/)![0];
  await review.click();
  await expect(secretariat.getByRole('button', { name: 'Return the report' })).toBeVisible();
  const reason = `Merci d’ajouter le décret – ${Date.now()}`;
  await secretariat.getByLabel('Reason').fill(reason);
  await secretariat.getByRole('button', { name: 'Return the report' }).click();
  await secretariat.getByRole('dialog').getByRole('button', { name: 'Yes, return it' }).click();
  await expect(secretariat.getByText(`Report on ${ref} returned to the state.`)).toBeVisible();

  // 3. The outbox holds the mail to the focal point, in French, with the reason and a link in French.
  await visit(admin, '/workspace/outbox');
  const mail = admin
    .getByRole('listitem')
    .filter({ has: admin.getByRole('heading', { name: `Votre rapport sur ${ref} a été renvoyé` }) });
  await expect(mail).toHaveCount(1);
  await expect(mail).toContainText(focal.email);
  await mail.getByText('Show the message').click();
  await expect(mail.locator('pre')).toContainText(`Bonjour ${focal.name},`);
  await expect(mail.locator('pre')).toContainText(reason);
  await expect(mail.locator('pre')).toContainText(/\/fr\/workspace\/reports\/\d+/);

  // 4. The focal point's navigation counts it on any page; What's new on the home lists it.
  await visit(focalPoint, '/fr/workspace/reports');
  const home = focalPoint.locator('aside').getByRole('link', { name: /^Vue d’ensemble/ });
  await expect(home).toContainText('1');
  // The phone's Menu button carries the same count.
  await expect(focalPoint.locator('aside summary')).toContainText('1');
  await expect(home).toHaveAccessibleName('Vue d’ensemble 1 nouvelle notification');
  await expectNoAxeViolations(focalPoint, 'reports with the unread count');
  await home.click();
  await expect(focalPoint.getByRole('heading', { name: 'Quoi de neuf' })).toBeVisible();
  await expect(focalPoint.getByTestId('whats-new-count')).toHaveText('1 nouveauté depuis votre dernière visite.');
  const notice = focalPoint.getByRole('link', { name: `Votre rapport sur ${ref} a été renvoyé : ${reason}` });
  await expect(notice).toBeVisible();
  await expect(focalPoint.getByText('Nouveau', { exact: true })).toHaveCount(1);
  // Shown on the home, the count is read: gone from the navigation there and after.
  await expect(home).toHaveAccessibleName('Vue d’ensemble');
  await expectNoAxeViolations(focalPoint, "What's new with a new notice");
  await notice.click();
  await expect(focalPoint).toHaveURL(/\/fr\/workspace\/reports\/\d+$/);
  await expect(focalPoint.getByText(reason).first()).toBeVisible();
  await expect
    .poll(async () => {
      await visit(focalPoint, '/fr/workspace/reports');
      return home.textContent();
    })
    .toBe('Vue d’ensemble');
  await visit(focalPoint, '/fr/workspace');
  await expect(focalPoint.getByTestId('whats-new-count')).toHaveText('Rien de nouveau depuis votre dernière visite.');
});

test('the home and My account, with their notices, pass axe in every language', async ({ focalPoint, secretariat }) => {
  for (const prefix of localePrefixes) {
    for (const page of [focalPoint, secretariat]) {
      await visit(page, `${prefix}/workspace`);
      await expect(page.locator('#whats-new-heading')).toBeVisible();
      await expectNoAxeViolations(page, `${prefix}/workspace`);
      await visit(page, `${prefix}/workspace/account`);
      await expect(page.locator('#notices-heading')).toBeVisible();
      await expectNoAxeViolations(page, `${prefix}/workspace/account`);
    }
  }
});
