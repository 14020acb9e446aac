import type { ImplementationStatus } from '@/db/schema';

/**
 * Colours of the status scale, shared by badges, bars, charts and the map. Colour only ever repeats
 * what an icon shape and a text label already say (WCAG 1.4.1); each colour still keeps at least
 * 3:1 against white (WCAG 1.4.11) so that the shapes stay visible.
 */
export const STATUS_COLORS = {
  not_started: '#b42318',
  limited: '#b54708',
  substantial: '#4d7c0f',
  complete: '#166534',
  withdrawn: '#475467',
  no_information: '#667085',
} as const satisfies Record<ImplementationStatus, string>;

/** How much of the icon's disc is filled: the scale read as a shape, for people who cannot tell the colours apart. */
export const STATUS_FILL = {
  not_started: 0,
  limited: 1 / 3,
  substantial: 2 / 3,
  complete: 1,
  withdrawn: 0,
  no_information: 0,
} as const satisfies Record<ImplementationStatus, number>;
