import { eq } from 'drizzle-orm';
import { updateTag } from 'next/cache';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createCast, freshUser, signInAs, type Cast } from '@/test/auth-helpers';
import { db } from '@/db/client';
import { frameworks, standards } from '@/db/schema';
import {
  addStandardAction,
  createFrameworkAction,
  moveStandardAction,
  updateStandardTextsAction,
} from '@/app/[locale]/workspace/reference/frameworks/actions';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));

/** The frameworks' actions as an admin calls them from the forms: messages in the admin's language. */

async function settled<T>(run: () => Promise<T>): Promise<T | 'redirected'> {
  try {
    return await run();
  } catch (error) {
    if (isRedirectError(error)) return 'redirected';
    throw error;
  }
}

let cast: Cast;
beforeAll(async () => {
  cast = await createCast();
});

const asAdmin = async (locale = 'en') => signInAs(await freshUser(cast.admin.id), {}, { 'X-NEXT-INTL-LOCALE': locale });

describe('framework actions', () => {
  it('create a framework, go to its page and drop every public page; a code in use is named on its field', async () => {
    await asAdmin();
    vi.mocked(updateTag).mockClear();
    expect(
      await settled(() => createFrameworkAction(null, { frameworkCode: 'ACT', name_en: 'Action framework' })),
    ).toBe('redirected');
    expect(vi.mocked(updateTag).mock.calls.map(([tag]) => tag)).toEqual(['public:all']);
    const again = await createFrameworkAction(null, { frameworkCode: 'act', name_en: 'Second', name_fr: 'Deuxième' });
    expect(again).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { frameworkCode: ['Another framework already has this code. Choose another one.'] },
      // What the admin typed comes back, for the form to show again.
      values: { frameworkCode: 'act', name_en: 'Second', name_fr: 'Deuxième' },
    });
    expect(await db().select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.code, 'ACT'))).toHaveLength(1);
  });

  it('a stale save of a standard’s texts is told, in French, which field someone else changed', async () => {
    const [framework] = await db().select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.code, 'ACT'));
    await asAdmin();
    const added = await addStandardAction(null, {
      frameworkId: String(framework!.id),
      standardCode: 'ACT-1',
      title_en: 'Act together',
    });
    expect(added).toMatchObject({ ok: true, data: { code: 'ACT-1' } });
    const [standard] = await db().select().from(standards).where(eq(standards.code, 'ACT-1'));
    const texts = { id: String(standard!.id), version: '1', title_en: 'Act together' };
    expect(await updateStandardTextsAction(null, { ...texts, title_fr: 'Agir ensemble' })).toMatchObject({ ok: true });

    await asAdmin('fr');
    expect(await updateStandardTextsAction(null, { ...texts, title_es: 'Actuar juntos' })).toMatchObject({
      ok: false,
      code: 'conflict:standard',
      message:
        'Quelqu’un d’autre a enregistré cette norme après que vous l’avez ouverte. Rien de ce que vous avez saisi n’a été enregistré, et rien de ce qu’il a enregistré n’a été écrasé.',
      fieldErrors: { title_fr: ['Quelqu’un d’autre a remplacé cette valeur par : Agir ensemble'] },
      values: { title_es: 'Actuar juntos' },
    });
    expect(await moveStandardAction(null, { id: String(standard!.id), position: '1', direction: 'up' })).toMatchObject({
      ok: false,
      message: 'ACT-1 est déjà la première.',
    });
    expect(
      await addStandardAction(null, { frameworkId: String(framework!.id), standardCode: 'ACT-2', title_en: '' }),
    ).toMatchObject({ ok: false, code: 'validation', fieldErrors: { title_en: ['Ce champ est obligatoire.'] } });
  });
});
