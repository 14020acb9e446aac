import type { ReactNode } from 'react';
import { requirePermission } from '@/lib/auth/session';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * The review pages stream behind a loading state (loading.tsx), and a response that has started
 * streaming can no longer become a 404. So the permission is decided here, above the loading
 * boundary, where a refusal still answers 404; each page checks it again itself.
 */
export default async function ReviewLayout({ children, params }: Props) {
  const { locale } = await params;
  await requirePermission({ locale, action: 'report.review' });
  return children;
}
