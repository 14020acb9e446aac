'use server';

import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import {
  addStandard,
  changeStandardRetirement,
  createFramework,
  moveStandard,
  updateFramework,
  updateStandardTexts,
} from '@/lib/reference/frameworks';
import {
  addStandardSchema,
  createFrameworkSchema,
  moveStandardSchema,
  setStandardRetiredSchema,
  updateFrameworkSchema,
  updateStandardTextsSchema,
} from '@/lib/validation/framework';
import { refreshPublicPages, refreshWorkspace, type Refresh } from '@/lib/workflow/refresh';

// Frameworks and standards, kept by admins (framework.manage). lib/reference/frameworks.ts does the work.

const MESSAGES = 'workspace.frameworks';

function refreshAfter(refresh: Refresh) {
  return () => {
    refreshWorkspace();
    refreshPublicPages(refresh);
  };
}

export const createFrameworkAction = defineAction({
  name: 'framework.create',
  access: 'framework.manage',
  input: createFrameworkSchema,
  messages: MESSAGES,
  subject: 'framework',
  handler: async (ctx) => {
    const { framework, refresh } = await createFramework(ctx);
    ctx.afterCommit(refreshAfter(refresh));
    ctx.afterCommit(() =>
      redirect({ href: `/workspace/reference/frameworks/${framework.code}?saved=created`, locale: ctx.locale }),
    );
    return { code: framework.code };
  },
});

export const updateFrameworkAction = defineAction({
  name: 'framework.update',
  access: 'framework.manage',
  input: updateFrameworkSchema,
  messages: MESSAGES,
  subject: 'framework',
  handler: async (ctx) => {
    const { framework, refresh } = await updateFramework(ctx);
    ctx.afterCommit(refreshAfter(refresh));
    return { version: framework.version };
  },
});

export const addStandardAction = defineAction({
  name: 'standard.create',
  access: 'framework.manage',
  input: addStandardSchema,
  messages: MESSAGES,
  subject: 'standard',
  handler: async (ctx) => {
    const { standard, refresh } = await addStandard(ctx);
    ctx.afterCommit(refreshAfter(refresh));
    return { code: standard.code };
  },
});

export const updateStandardTextsAction = defineAction({
  name: 'standard.update',
  access: 'framework.manage',
  input: updateStandardTextsSchema,
  messages: MESSAGES,
  subject: 'standard',
  handler: async (ctx) => {
    const { standard, refresh } = await updateStandardTexts(ctx);
    ctx.afterCommit(refreshAfter(refresh));
    return { code: standard.code, version: standard.version };
  },
});

export const moveStandardAction = defineAction({
  name: 'standard.move',
  access: 'framework.manage',
  input: moveStandardSchema,
  messages: MESSAGES,
  subject: 'standard',
  handler: async (ctx) => {
    const { standard, refresh } = await moveStandard(ctx);
    ctx.afterCommit(refreshAfter(refresh));
    return { code: standard.code, position: standard.position };
  },
});

export const setStandardRetiredAction = defineAction({
  name: 'standard.retirement',
  access: 'framework.manage',
  input: setStandardRetiredSchema,
  messages: MESSAGES,
  subject: 'standard',
  handler: async (ctx) => {
    const { standard, refresh } = await changeStandardRetirement(ctx);
    ctx.afterCommit(refreshAfter(refresh));
    return { code: standard.code, retired: standard.retiredAt !== null };
  },
});
