import { OFFERING_LIMITS } from '@toolbox/domain';
import { Card, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';

const L = OFFERING_LIMITS;

/** Free tags that help buyers find the offering. */
export function OfferingTagsSection() {
  const { t } = useTranslation();
  return (
    <Card
      variant="borderless"
      title={<h2 className="tb-card-title">{t('catalogue.editor.sections.tags')}</h2>}
    >
      <Form.Item
        name="tags"
        label={t('catalogue.fields.tags')}
        extra={t('catalogue.editor.tagsHint', { max: L.tagsMax, length: L.tagMax })}
        rules={[
          {
            validator: async (_, tags: string[] | undefined) => {
              const list = tags ?? [];
              if (list.length > L.tagsMax) {
                throw new Error(t('catalogue.editor.tagsTooMany', { max: L.tagsMax }));
              }
              if (list.some((tag) => tag.trim().length > L.tagMax)) {
                throw new Error(t('catalogue.editor.tagTooLong', { length: L.tagMax }));
              }
            },
          },
        ]}
      >
        <Select<string[]>
          mode="tags"
          maxCount={L.tagsMax}
          tokenSeparators={[',', '，', '、']}
          open={false}
          suffixIcon={null}
          placeholder={t('catalogue.editor.tagsPlaceholder')}
          data-testid="offering-tags"
        />
      </Form.Item>
    </Card>
  );
}
