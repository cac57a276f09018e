import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount, parseAmount } from '../../../shared';

const PRESETS_YUAN = [500, 1000, 3000, 10000] as const;

export interface PriceCapFilterProps {
  /** The current cap in fen (remount with a new `key` when it changes elsewhere). */
  valueCents: number | null;
  onChange: (cents: number | null) => void;
}

/** "每月不超过 ¥…": typed in yuan, converted to fen exactly; or one of a few presets. */
export function PriceCapFilter({ valueCents, onChange }: PriceCapFilterProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(valueCents === null ? '' : formatAmount(valueCents, 'yuan'));
  const parsed = parseAmount(text, 'yuan');
  const error = parsed.ok ? null : t(`search.filters.priceProblem.${parsed.problem}`);
  const apply = () => {
    if (parsed.ok && parsed.cents !== valueCents) onChange(parsed.cents);
  };
  return (
    <div className="tb-price-cap">
      <Space.Compact block>
        <Input
          id="price-cap-input"
          prefix="¥"
          suffix={t('search.filters.perMonth')}
          inputMode="decimal"
          placeholder={t('search.filters.pricePlaceholder')}
          value={text}
          status={error ? 'error' : undefined}
          aria-invalid={error !== null}
          aria-describedby={error ? 'price-cap-error' : undefined}
          onChange={(event) => setText(event.target.value)}
          onPressEnter={apply}
          data-testid="price-cap-input"
        />
        <Button onClick={apply} disabled={!parsed.ok} data-testid="price-cap-apply">
          {t('search.filters.apply')}
        </Button>
      </Space.Compact>
      {error && (
        <p id="price-cap-error" className="tb-field-error" role="alert">
          {error}
        </p>
      )}
      <div className="tb-price-cap__presets">
        {PRESETS_YUAN.map((yuan) => {
          const cents = yuan * 100;
          const active = valueCents === cents;
          return (
            <Button
              key={yuan}
              size="small"
              type={active ? 'primary' : 'default'}
              aria-pressed={active}
              onClick={() => {
                setText(String(yuan));
                onChange(active ? null : cents);
              }}
            >
              {t('search.filters.pricePreset', { price: yuan.toLocaleString('en-US') })}
            </Button>
          );
        })}
      </div>
    </div>
  );
}
