import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { appSettings } from '@/db/schema';

export const DEMO_DATA_KEY = 'demo_data';

export async function isDemoDataLoaded({ executor = db() }: { executor?: Executor } = {}): Promise<boolean> {
  const [row] = await executor
    .select({ value: appSettings.value })
    .from(appSettings)
    .where(eq(appSettings.key, DEMO_DATA_KEY));
  return row?.value === true;
}
