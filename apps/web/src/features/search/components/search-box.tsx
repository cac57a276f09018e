import { AutoComplete, Input } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { offeringPath, useUiLanguage } from '../../../shared';
import { useGetSuggestions } from '../api/get-suggestions';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { markQuery } from '../highlight';
import { QUERY_MAX_LENGTH } from '../search-state';

const SUGGEST_DELAY_MS = 150;

export interface SearchBoxProps {
  /** The text searched for now (from the URL). Remount with a new `key` to reset the box. */
  initialQuery: string;
  onSearch: (q: string) => void;
}

/**
 * The search field: suggestions appear as you type; Enter (or the button) searches for the text,
 * picking a suggestion with the arrow keys and Enter (or a click) opens that offering.
 */
export function SearchBox({ initialQuery, onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const navigate = useNavigate();
  const [text, setText] = useState(initialQuery);
  const debounced = useDebouncedValue(text, SUGGEST_DELAY_MS);
  const suggestions = useGetSuggestions(debounced);
  // Enter on a highlighted suggestion also reaches the input: that Enter opens, not searches.
  const pickedSuggestion = useRef(false);

  const options =
    text.trim() === ''
      ? []
      : (suggestions.data?.suggestions ?? []).map((suggestion) => ({
          value: suggestion.id,
          label: (
            <span className="tb-suggestion" data-testid="search-suggestion">
              {markQuery(
                language === 'en' && suggestion.titleEn ? suggestion.titleEn : suggestion.title,
                text,
              ).map((part, index) =>
                part.marked ? (
                  <mark key={index} className="tb-mark">
                    {part.text}
                  </mark>
                ) : (
                  <span key={index}>{part.text}</span>
                ),
              )}
            </span>
          ),
        }));

  return (
    <div role="search" className="tb-search-box">
      <AutoComplete
        value={text}
        options={options}
        defaultActiveFirstOption={false}
        showSearch={{ onSearch: setText, filterOption: false }}
        onSelect={(id: string) => {
          pickedSuggestion.current = true;
          void navigate(offeringPath(id));
        }}
        className="tb-search-box__field"
        popupMatchSelectWidth
      >
        <Input.Search
          size="large"
          placeholder={t('search.box.placeholder')}
          aria-label={t('search.box.label')}
          enterButton={t('search.box.submit')}
          maxLength={QUERY_MAX_LENGTH}
          allowClear
          data-testid="search-input"
          onSearch={(value) => {
            if (pickedSuggestion.current) {
              pickedSuggestion.current = false;
              return;
            }
            onSearch(value.trim());
          }}
        />
      </AutoComplete>
    </div>
  );
}
