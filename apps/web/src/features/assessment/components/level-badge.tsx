import { stageByLevel } from '@toolbox/domain';
import type { Language } from '../../../lib';
import { pick } from '../answers';

export interface LevelBadgeProps {
  level: number;
  language: Language;
  size?: 'small' | 'large';
  /** Medal only (when the name is written next to it anyway). */
  hideName?: boolean;
  'data-testid'?: string;
}

/** The digital level as a coloured medallion with its name (未定级, 一级 … 四级). */
export function LevelBadge({
  level,
  language,
  size = 'small',
  hideName = false,
  ...rest
}: LevelBadgeProps) {
  const stage = stageByLevel(level);
  const name = stage ? pick(stage.nameZh, stage.nameEn, language) : String(level);
  return (
    <span
      className={`tb-lvl tb-lvl--${size} tb-lvl--l${level}`}
      data-level={level}
      data-testid={rest['data-testid']}
    >
      <span className="tb-lvl__medal" aria-hidden="true">
        {level}
      </span>
      <span className={hideName ? 'tb-visually-hidden' : 'tb-lvl__name'}>{name}</span>
    </span>
  );
}
