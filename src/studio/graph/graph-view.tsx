/**
 * The story map: the dagre layout drawn as SVG elements (built by Preact,
 * never from markup strings). Endings are pills marked with their kind's
 * sign and colour, and a text legend says what each means, so colour is
 * never the only clue. Each node is a button: it opens the node in the
 * editor. A story too large to read as a map is a list of the same buttons.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EndingKind } from '../../format/taxonomy';
import type { StoryOutline } from '../model/outline';
import { layoutStory } from './graph-layout';

export const ENDING_MARK: Record<EndingKind, string> = { safe: '✓', helped: '♥', supported: '✚' };

export interface GraphViewProps {
  outline: StoryOutline;
  t: (key: string, options?: Record<string, unknown>) => string;
  onNode: (id: string) => void;
}

const label = (id: string, ending: EndingKind | undefined) => (ending ? `${ENDING_MARK[ending]} ${id}` : id);

function Legend({ t }: { t: GraphViewProps['t'] }) {
  return (
    <ul class="studio-legend" data-testid="graph-legend">
      <li>
        <span class="legend-swatch node-start" aria-hidden="true" /> {t('graph.legend.start')}
      </li>
      <li>
        <span class="legend-swatch node-plain" aria-hidden="true" /> {t('graph.legend.node')}
      </li>
      {(['safe', 'helped', 'supported'] as const).map((kind) => (
        <li key={kind}>
          <span class={`legend-swatch node-${kind}`} aria-hidden="true">
            {ENDING_MARK[kind]}
          </span>{' '}
          {t(`graph.legend.${kind}`)}
        </li>
      ))}
      <li>
        <span class="legend-line line-protective" aria-hidden="true" /> {t('graph.legend.protective')}
      </li>
    </ul>
  );
}

const ZOOMS = [0.4, 0.55, 0.7, 0.85, 1, 1.25, 1.5];

export function GraphView({ outline, t, onNode }: GraphViewProps) {
  // Laid out again only when a check brings a new outline, not at every keystroke.
  const map = useMemo(() => layoutStory(outline), [outline]);
  const [zoom, setZoom] = useState(1);
  const scroller = useRef<HTMLDivElement>(null);
  // A story opens with its start in view: the map is wider than its column.
  const startX = map?.nodes.find((n) => n.start)?.x;
  useLayoutEffect(() => {
    const box = scroller.current;
    if (box && startX !== undefined) box.scrollLeft = startX * zoom - box.clientWidth / 2;
  }, [outline.start, startX === undefined]);
  const everywhere = outline.everywhere.map((p) => `${t(`action.${p.action}`)} → ${p.to}`).join(' · ');
  if (!map) {
    return (
      <div class="studio-graph" data-testid="graph">
        <p>
          {outline.nodes.length === 0
            ? t('graph.empty')
            : t('graph.tooLarge', { count: outline.nodes.length })}
        </p>
        <ul class="studio-node-list">
          {outline.nodes.map((n) => (
            <li key={n.id}>
              <button type="button" class="btn btn-ghost" data-node={n.id} onClick={() => onNode(n.id)}>
                {label(n.id, n.ending)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div class="studio-graph" data-testid="graph">
      <Legend t={t} />
      {everywhere && <p class="studio-everywhere">{t('graph.everywhere', { list: everywhere })}</p>}
      <div class="studio-zoom" role="group" aria-label={t('graph.zoom')}>
        <button
          type="button"
          class="btn btn-ghost"
          data-testid="zoom-out"
          disabled={zoom <= ZOOMS[0]!}
          onClick={() => setZoom(ZOOMS[Math.max(ZOOMS.indexOf(zoom) - 1, 0)]!)}
        >
          {t('graph.zoomOut')}
        </button>
        <span aria-live="polite">{Math.round(zoom * 100)} %</span>
        <button
          type="button"
          class="btn btn-ghost"
          data-testid="zoom-in"
          disabled={zoom >= ZOOMS[ZOOMS.length - 1]!}
          onClick={() => setZoom(ZOOMS[Math.min(ZOOMS.indexOf(zoom) + 1, ZOOMS.length - 1)]!)}
        >
          {t('graph.zoomIn')}
        </button>
      </div>
      {/* Focusable, so the map can be scrolled with the keyboard too. */}
      <div class="studio-graph-scroll" ref={scroller} tabIndex={0} aria-label={t('graph.label')}>
        <svg
          width={map.width * zoom}
          height={map.height * zoom}
          viewBox={`0 0 ${map.width} ${map.height}`}
          role="group"
          aria-label={t('graph.label')}
        >
          <defs>
            <marker
              id="studio-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" class="arrow-head" />
            </marker>
          </defs>
          {map.links.map((l) => (
            <polyline
              key={`${l.from}>${l.to}`}
              class={`graph-link line-${l.kind}`}
              points={l.points.map((p) => `${p.x},${p.y}`).join(' ')}
              marker-end="url(#studio-arrow)"
            />
          ))}
          {map.nodes.map((n) => (
            <g
              key={n.id}
              class={`graph-node node-${n.ending ?? (n.start ? 'start' : 'plain')}`}
              transform={`translate(${n.x - n.width / 2},${n.y - n.height / 2})`}
              role="button"
              tabIndex={0}
              data-node={n.id}
              aria-label={t('graph.nodeLabel', {
                id: n.id,
                kind: n.ending
                  ? t(`graph.legend.${n.ending}`)
                  : n.start
                    ? t('graph.legend.start')
                    : t('graph.legend.node'),
              })}
              onClick={() => onNode(n.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onNode(n.id);
                }
              }}
            >
              <rect width={n.width} height={n.height} rx={n.ending ? n.height / 2 : 6} />
              <text x={n.width / 2} y={n.height / 2} dominant-baseline="central" text-anchor="middle">
                {label(n.id, n.ending)}
              </text>
            </g>
          ))}
        </svg>
      </div>
    </div>
  );
}
