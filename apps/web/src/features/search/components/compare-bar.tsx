import { CloseOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../../shared';
import { ButtonLink } from '../../../shared/ui';
import { COMPARE_MAX, compareStore, useCompareSelection } from '../compare-store';
import { comparePath } from '../compare-path';
import '../search.css';

/** Sticks to the bottom of the window while offerings are ticked for comparison. */
export function CompareBar() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const selection = useCompareSelection();
  if (selection.length === 0) return null;
  return (
    <aside
      className="tb-compare-bar"
      aria-label={t('search.compare.barLabel')}
      data-testid="compare-bar"
    >
      <div className="tb-compare-bar__inner">
        <p className="tb-compare-bar__count">
          {t('search.compare.selected', { count: selection.length, max: COMPARE_MAX })}
        </p>
        <ul className="tb-compare-bar__items">
          {selection.map((entry) => {
            const title = language === 'en' && entry.titleEn ? entry.titleEn : entry.title;
            return (
              <li key={entry.id}>
                <Tag className="tb-chip tb-compare-bar__item">
                  <span className="tb-compare-bar__title">{title}</span>
                  <button
                    type="button"
                    className="tb-chip__remove"
                    aria-label={t('search.compare.remove', { title })}
                    onClick={() => compareStore.remove(entry.id)}
                  >
                    <CloseOutlined aria-hidden="true" />
                  </button>
                </Tag>
              </li>
            );
          })}
        </ul>
        <div className="tb-compare-bar__actions">
          <Button type="text" onClick={() => compareStore.clear()} data-testid="compare-clear">
            {t('search.compare.clear')}
          </Button>
          <ButtonLink
            type="primary"
            icon={<SwapOutlined aria-hidden="true" />}
            to={comparePath(selection.map((entry) => entry.id))}
            disabled={selection.length < 2}
            data-testid="compare-open"
          >
            {selection.length < 2 ? t('search.compare.needTwo') : t('search.compare.open')}
          </ButtonLink>
        </div>
      </div>
    </aside>
  );
}
