import { useTranslation } from 'react-i18next';

const STAGES = ['assess', 'plan', 'implement', 'optimise'] as const;
/** Node centres on a ring of radius 110 around (160,160): top, right, bottom, left (pills, so
 *  English labels fit). */
const POSITIONS = [
  { x: 160, y: 50 },
  { x: 270, y: 160 },
  { x: 160, y: 270 },
  { x: 50, y: 160 },
] as const;

/** The assess → plan → implement → optimise loop as a ring (described by its label). */
export function LoopVisual() {
  const { t } = useTranslation();
  return (
    <svg
      className="tb-loop-visual"
      viewBox="0 0 320 320"
      role="img"
      aria-label={t('landing.hero.visualLabel')}
    >
      <defs>
        <marker
          id="tb-loop-arrow"
          viewBox="0 0 10 10"
          refX="5"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto-start-reverse"
        >
          <path d="M0 0 10 5 0 10z" fill="#5eead4" />
        </marker>
        <radialGradient id="tb-loop-core" cx="50%" cy="50%" r="50%">
          <stop offset="0%" stopColor="#ffffff" stopOpacity="0.22" />
          <stop offset="100%" stopColor="#ffffff" stopOpacity="0.04" />
        </radialGradient>
      </defs>
      <circle
        cx="160"
        cy="160"
        r="110"
        fill="none"
        stroke="#ffffff"
        strokeOpacity="0.25"
        strokeWidth="2"
        strokeDasharray="4 8"
      />
      {/* Quarter arcs between the nodes, each ending in an arrow: the loop's direction. */}
      {[
        'M 218 67 A 110 110 0 0 1 262 119',
        'M 262 201 A 110 110 0 0 1 218 253',
        'M 102 253 A 110 110 0 0 1 58 201',
        'M 58 119 A 110 110 0 0 1 102 67',
      ].map((d) => (
        <path
          key={d}
          d={d}
          fill="none"
          stroke="#5eead4"
          strokeWidth="3"
          markerEnd="url(#tb-loop-arrow)"
        />
      ))}
      <circle cx="160" cy="160" r="62" fill="url(#tb-loop-core)" />
      <text x="160" y="166" textAnchor="middle" className="tb-loop-visual__center">
        {t('landing.hero.loopCenter')}
      </text>
      {STAGES.map((stage, index) => {
        const { x, y } = POSITIONS[index];
        return (
          <g key={stage}>
            <rect x={x - 48} y={y - 30} width="96" height="60" rx="30" fill="#ffffff" />
            <text x={x} y={y - 4} textAnchor="middle" className="tb-loop-visual__index">
              {index + 1}
            </text>
            <text x={x} y={y + 14} textAnchor="middle" className="tb-loop-visual__label">
              {t(`landing.loop.${stage}.title`)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
