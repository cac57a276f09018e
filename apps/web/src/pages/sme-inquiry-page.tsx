import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { InquiryThread } from '../features/engagement';
import { PATHS } from '../shared';
import { ButtonLink } from '../shared/ui';
import { useDocumentTitle } from '../lib';

/** `/sme/inquiries/:id`: one of the SME's inquiries with its thread. */
export function SmeInquiryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('engagement.thread.documentTitle'));
  const back = (
    <ButtonLink to={PATHS.smeInquiries} icon={<ArrowLeftOutlined />} type="text">
      {t('engagement.thread.back')}
    </ButtonLink>
  );
  return (
    <div className="tb-page" data-testid="sme-inquiry-page">
      <div className="tb-cat-back">{back}</div>
      <InquiryThread inquiryId={id} viewer="sme" />
    </div>
  );
}
