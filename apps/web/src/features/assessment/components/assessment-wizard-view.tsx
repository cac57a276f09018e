import { CURRENT_QUESTIONNAIRE } from '@toolbox/domain';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib';
import { usableAnswers } from '../answers';
import { useGetAssessmentDraft } from '../api/get-assessment-draft';
import { AssessmentWizard } from './assessment-wizard';
import { LoadFailed, PageSkeleton } from '../../../shared/ui';

/** `/sme/assessment`: loads the saved draft, then runs the wizard from where the SME left off. */
export function AssessmentWizardView() {
  const { t } = useTranslation();
  useDocumentTitle(t('assessment.wizard.documentTitle'));
  const draft = useGetAssessmentDraft();

  // Once loaded, the wizard keeps its own answers: a later refetch (or its failure) changes nothing.
  if (draft.data === undefined) {
    return draft.isError ? (
      <div className="tb-page">
        <LoadFailed error={draft.error} retry={() => void draft.refetch()} />
      </div>
    ) : (
      <PageSkeleton rows={12} />
    );
  }

  const initialAnswers = usableAnswers(CURRENT_QUESTIONNAIRE, draft.data.answers);
  return (
    <AssessmentWizard
      initialAnswers={initialAnswers}
      draftSavedAt={Object.keys(initialAnswers).length > 0 ? draft.data.updatedAt : null}
    />
  );
}
