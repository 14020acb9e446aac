import { randomUUID } from 'node:crypto';
import { db } from '@/db/client';
import { createFramework, createStandard } from '@/db/seed/factories';
import { ADMIN_ONLY, type Matrix } from './matrix';

/**
 * Frameworks and standards: admins only (framework.manage). Each call gets a framework of its own, with
 * two standards, so that a move has somewhere to go and no caller's call depends on another's.
 */

const ACTIONS = 'app/[locale]/workspace/reference/frameworks/actions.ts';

const freshCode = (prefix: string) => `${prefix}${randomUUID().slice(0, 8).toUpperCase()}`;

async function frameworkWithStandards() {
  const code = freshCode('M');
  const framework = await createFramework(db(), { code });
  const rows = [];
  for (const position of [1, 2])
    rows.push(await createStandard(db(), { frameworkId: framework.id, code: `${code}-${position}`, position }));
  return { framework, standards: rows };
}

export const referenceFrameworksMatrix: Matrix = {
  [`${ACTIONS}#createFrameworkAction`]: {
    allowed: ADMIN_ONLY,
    setup: async () => ({ frameworkCode: freshCode('N'), name_en: 'Warsaw Declaration', adoptedOn: '2000' }),
  },
  [`${ACTIONS}#updateFrameworkAction`]: {
    allowed: ADMIN_ONLY,
    setup: async () => {
      const { framework } = await frameworkWithStandards();
      return { id: String(framework.id), version: String(framework.version), name_en: 'Renamed by the matrix' };
    },
  },
  [`${ACTIONS}#addStandardAction`]: {
    allowed: ADMIN_ONLY,
    setup: async () => {
      const { framework } = await frameworkWithStandards();
      return { frameworkId: String(framework.id), standardCode: freshCode('S'), title_en: 'A new standard' };
    },
  },
  [`${ACTIONS}#updateStandardTextsAction`]: {
    allowed: ADMIN_ONLY,
    setup: async () => {
      const [standard] = (await frameworkWithStandards()).standards;
      return {
        id: String(standard!.id),
        version: String(standard!.version),
        title_en: 'T',
        title_fr: 'Titre changé par la matrice',
      };
    },
  },
  [`${ACTIONS}#moveStandardAction`]: {
    allowed: ADMIN_ONLY,
    setup: async () => {
      const [, second] = (await frameworkWithStandards()).standards;
      return { id: String(second!.id), position: String(second!.position), direction: 'up' };
    },
  },
  [`${ACTIONS}#setStandardRetiredAction`]: {
    allowed: ADMIN_ONLY,
    setup: async () => {
      const [standard] = (await frameworkWithStandards()).standards;
      return { id: String(standard!.id), version: String(standard!.version), action: 'retire' };
    },
  },
};
