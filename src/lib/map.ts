import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world110 from 'world-atlas/countries-110m.json';
import world50 from 'world-atlas/countries-50m.json';

/**
 * Draws the map of the accords at build time: Natural Earth country shapes
 * (world-atlas), projected with d3-geo into SVG path strings. The page ships
 * the SVG only; no map code runs in the browser.
 */

export interface MapLayout {
  width: number;
  height: number;
  /** All land in one path, and the borders between countries drawn once each: the background. */
  land: string;
  borders: string;
  /** Projected [x, y] of a longitude/latitude. */
  project: (lonLat: [number, number]) => [number, number];
  /** Path and projected area (px²) of a country by ISO numeric code; 50m data when 110m lacks it. */
  shape: (iso: string) => { d: string; area: number } | null;
}

type Countries = FeatureCollection<Geometry, { name: string }>;
const countries110 = feature(world110 as unknown as Topology, (world110 as unknown as Topology).objects.countries as GeometryCollection) as unknown as Countries;
const countries50 = feature(world50 as unknown as Topology, (world50 as unknown as Topology).objects.countries as GeometryCollection) as unknown as Countries;

const SIMPLIFY_MIN_WEIGHT = 0.5;

/** From Morocco in the west to Kazakhstan in the east. */
const FRAME: [[number, number], [number, number]] = [
  [-18, 4],
  [90, 56],
];

export function layoutMap(width = 800, height = 440): MapLayout {
  const [[w, s], [e, n]] = FRAME;
  const frame: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [[[w, s], [w, n], [e, n], [e, s], [w, s]]] },
  };
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], frame).clipExtent([[0, 0], [width, height]]);
  // Whole pixels are more than enough at this scale and keep the SVG small.
  const path = geoPath(projection).digits(0);
  // Drop vertices too small to see at this scale (Visvalingam weights, in
  // square degrees); the parties' own shapes are drawn from the full data.
  const topo = simplify(presimplify(world110 as unknown as Topology<{}>), SIMPLIFY_MIN_WEIGHT) as unknown as Topology;
  const countries = topo.objects.countries as GeometryCollection;
  // One land shape and a mesh of shared borders weigh about half of drawing every country.
  const land = path(merge(topo, countries.geometries as never) as GeoPermissibleObjects) ?? '';
  const borders = path(mesh(topo, countries, (a, b) => a !== b) as GeoPermissibleObjects) ?? '';
  return {
    width,
    height,
    land,
    borders,
    project: (lonLat) => {
      const p = projection(lonLat);
      if (!p) throw new Error(`Cannot project ${lonLat.join(', ')}`);
      return [Math.round(p[0]), Math.round(p[1])];
    },
    shape: (iso) => {
      const f = countries110.features.find((c) => String(c.id) === iso) ?? countries50.features.find((c) => String(c.id) === iso);
      const d = f ? path(f as GeoPermissibleObjects) : null;
      return f && d ? { d, area: path.area(f as GeoPermissibleObjects) } : null;
    },
  };
}
