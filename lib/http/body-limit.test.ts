import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '@/lib/csv/import';
import { MAX_IMPORT_FILE_BYTES, oversizeBodyResponse, SERVER_ACTION_BODY_BYTES } from './body-limit';

const MB = 1024 * 1024;
const post = (pathname: string, bytes: number, headers: Record<string, string> = {}) => ({
  method: 'POST',
  pathname,
  headers: new Headers({ 'content-length': String(bytes), ...headers }),
});

describe('bodies over the limit', () => {
  it('refuses a 5 MB or 40 MB server action body with 413 and a message, not a 500', async () => {
    for (const size of [5 * MB, 40 * MB]) {
      const response = oversizeBodyResponse(post('/en/workspace/commitments/new', size, { 'next-action': 'abc' }));
      expect(response?.status).toBe(413);
      expect(await response!.json()).toMatchObject({ code: 'too_large', limitBytes: SERVER_ACTION_BODY_BYTES });
    }
    expect(oversizeBodyResponse(post('/en/workspace/commitments/new', 200_000, { 'next-action': 'abc' }))).toBeNull();
  });

  it('says "file too large" for a 60 MB upload, and lets a 15 MB one through', async () => {
    const response = oversizeBodyResponse(post('/fr/workspace/import/upload', 60 * MB));
    expect(response?.status).toBe(413);
    expect((await response!.json()).message).toMatch(/file is too large: at most 20 MB/);
    expect(oversizeBodyResponse(post('/fr/workspace/import/upload', 15 * MB))).toBeNull();
    expect(MAX_IMPORT_FILE_BYTES).toBe(MAX_IMPORT_BYTES);
  });
});
