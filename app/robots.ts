import type { MetadataRoute } from 'next';
import { robotsRules } from '@/lib/robots';
import { siteOrigin } from '@/lib/site-url';

export default async function robots(): Promise<MetadataRoute.Robots> {
  return robotsRules({ origin: await siteOrigin() });
}
