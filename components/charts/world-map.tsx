import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { getFormatter, getTranslations } from 'next-intl/server';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import isoCountries from 'i18n-iso-countries';
import countries110m from 'world-atlas/countries-110m.json';
import countries50m from 'world-atlas/countries-50m.json';
import type { Standing } from '@/lib/standing';

/**
 * The world map of the overview, drawn on the server as SVG with d3-geo and Natural Earth's 1:110m
 * outlines (world-atlas). Members are shaded by score in five steps of one hue (readable in greyscale
 * and by people with colour-vision deficiencies); suspended and former members get hatching, so that
 * no meaning rests on colour alone. The legend is HTML, and the table behind the map carries every value.
 */

const WIDTH = 960;
const HEIGHT = 470;

export const SCORE_STEPS = [
  { min: 0, max: 0.2, fill: '#dbe9f6' },
  { min: 0.2, max: 0.4, fill: '#a6c8e4' },
  { min: 0.4, max: 0.6, fill: '#5f9ccb' },
  { min: 0.6, max: 0.8, fill: '#2b6ca8' },
  { min: 0.8, max: 1.0001, fill: '#123a5e' },
] as const;

const NO_SCORE_FILL = '#f8fafc';
const OTHER_FILL = '#e2e8f0';

export type MapCountry = { iso2: string; iso3: string; name: string; standing: Standing; score: number | null };

type Shape = { id: string; d: string };

let shapes:
  | {
      outlines: Shape[];
      /** Where to draw a dot for a state too small for the 1:110m outlines, by its numeric code. */
      dotOf: (numeric: string) => [number, number] | null;
    }
  | undefined;

function featuresOf(topology: unknown): Feature<Geometry>[] {
  const typed = topology as Topology<{ countries: GeometryCollection }>;
  return (feature(typed, typed.objects.countries) as FeatureCollection<Geometry>).features;
}

/** The projected outlines never change, so they are computed once per server process. */
function worldShapes() {
  if (shapes) return shapes;
  const land: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: featuresOf(countries110m).filter((f) => f.id !== '010'),
  };
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [WIDTH - 4, HEIGHT - 4],
    ],
    land,
  );
  // A tenth of a pixel in a 960-wide drawing is finer than any screen shows; three decimals (the
  // default) would make the page's largest part about a third bigger for nothing.
  const path = geoPath(projection).digits(1);
  const outlines = land.features.map((f) => ({ id: String(f.id), d: path(f) ?? '' })).filter((shape) => shape.d !== '');
  const drawn = new Set(outlines.map((shape) => shape.id));
  // Small states (Cabo Verde, Malta…) have no outline at 1:110m; the 1:50m set places them, as a dot.
  const dots = new Map(
    featuresOf(countries50m)
      .filter((f) => !drawn.has(String(f.id)))
      .map((f) => [String(f.id), projection(geoCentroid(f))] as const),
  );
  shapes = { outlines, dotOf: (numeric) => dots.get(numeric) ?? null };
  return shapes;
}

export function scoreFill(score: number | null): string {
  if (score === null) return NO_SCORE_FILL;
  return SCORE_STEPS.find((step) => score >= step.min && score < step.max)?.fill ?? SCORE_STEPS[4].fill;
}

export async function WorldMap({ countries }: { countries: readonly MapCountry[] }) {
  const [t, format] = await Promise.all([getTranslations('public.map'), getFormatter()]);
  const { outlines, dotOf } = worldShapes();
  // The map's features are keyed by ISO 3166-1 numeric code; any state the secretariat adds is drawn.
  const withNumeric = countries.flatMap((country) => {
    const numeric = isoCountries.alpha2ToNumeric(country.iso2);
    return numeric ? [{ numeric, country }] : [];
  });
  const byNumeric = new Map(withNumeric.map(({ numeric, country }) => [numeric, country]));
  const percent = (value: number) => format.number(value, { style: 'percent', maximumFractionDigits: 0 });

  const fillOf = (country: MapCountry | undefined) => {
    if (!country || country.standing === 'none') return OTHER_FILL;
    if (country.standing === 'former') return 'url(#hatch-former)';
    if (country.standing === 'suspended') return 'url(#hatch-suspended)';
    return scoreFill(country.score);
  };

  return (
    <figure className="space-y-3">
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full rounded border border-slate-200 bg-white"
      >
        <defs>
          <pattern id="hatch-former" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#f1f5f9" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#475467" strokeWidth="2" />
          </pattern>
          <pattern
            id="hatch-suspended"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(-45)"
          >
            <rect width="6" height="6" fill="#fff7ed" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#b54708" strokeWidth="2.5" />
          </pattern>
        </defs>
        {outlines.map((shape) => {
          const country = byNumeric.get(shape.id);
          return (
            <path
              key={shape.id}
              data-country={country?.iso3}
              d={shape.d}
              fill={fillOf(country)}
              stroke={country && country.standing !== 'none' ? '#0f172a' : '#ffffff'}
              strokeWidth={country && country.standing !== 'none' ? 0.8 : 0.5}
            />
          );
        })}
        {withNumeric.flatMap(({ numeric, country }) => {
          const point = dotOf(numeric);
          if (!point) return [];
          return [
            <circle
              key={country.iso3}
              data-country={country.iso3}
              cx={point[0]}
              cy={point[1]}
              r="5"
              fill={fillOf(country)}
              stroke="#0f172a"
              strokeWidth="1"
            />,
          ];
        })}
      </svg>
      <figcaption className="space-y-2 text-sm text-slate-800">
        <p>{t('caption')}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={t('legend')}>
          {SCORE_STEPS.map((step) => (
            <li key={step.fill} className="inline-flex items-center gap-1.5">
              <Swatch fill={step.fill} />
              {t('step', { from: percent(step.min), to: percent(Math.min(step.max, 1)) })}
            </li>
          ))}
          <li className="inline-flex items-center gap-1.5">
            <Swatch fill={NO_SCORE_FILL} />
            {t('noScore')}
          </li>
          <li className="inline-flex items-center gap-1.5">
            <Swatch pattern="suspended" />
            {t('suspended')}
          </li>
          <li className="inline-flex items-center gap-1.5">
            <Swatch pattern="former" />
            {t('former')}
          </li>
          <li className="inline-flex items-center gap-1.5">
            <Swatch fill={OTHER_FILL} />
            {t('other')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

function Swatch({ fill, pattern }: { fill?: string; pattern?: 'former' | 'suspended' }) {
  return (
    <svg aria-hidden="true" focusable="false" width="18" height="12" viewBox="0 0 18 12" className="shrink-0">
      {pattern ? (
        <>
          <rect width="18" height="12" fill={pattern === 'former' ? '#f1f5f9' : '#fff7ed'} />
          {[0, 6, 12, 18, 24].map((x) => (
            <line
              key={x}
              x1={x}
              y1="0"
              x2={x - 12}
              y2="12"
              stroke={pattern === 'former' ? '#475467' : '#b54708'}
              strokeWidth="2"
            />
          ))}
        </>
      ) : (
        <rect width="18" height="12" fill={fill} />
      )}
      <rect width="18" height="12" fill="none" stroke="#0f172a" strokeWidth="1" />
    </svg>
  );
}
