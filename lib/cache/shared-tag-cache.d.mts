import type FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';

/** Types of shared-tag-cache.mjs, which stays plain JavaScript because Next.js loads it unbundled. */
export declare const CHANNEL: string;
export declare function listening(): Promise<unknown> | null;
export default class SharedTagCache extends FileSystemCache {}
