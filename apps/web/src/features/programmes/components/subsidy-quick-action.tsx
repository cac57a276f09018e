import { GiftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEligibleProgrammes } from '../api/programmes';
import { ApplyDialog, type ApplyPlan } from './apply-dialog';

export interface SubsidyQuickActionProps {
  offeringId: string;
  offeringTitle: string;
  plans: readonly ApplyPlan[];
  testId?: string;
}

/** 申请补贴 on a plan card: shown only when a programme the SME qualifies for covers the offering. */
export function SubsidyQuickAction({
  offeringId,
  offeringTitle,
  plans,
  testId,
}: SubsidyQuickActionProps) {
  const { t } = useTranslation();
  const eligible = useEligibleProgrammes(offeringId);
  const [open, setOpen] = useState(false);
  const programmes = eligible.data?.items ?? [];
  if (programmes.length === 0 || !plans.some((plan) => plan.priceCents > 0)) return null;
  return (
    <>
      <Button
        size="small"
        icon={<GiftOutlined />}
        onClick={() => setOpen(true)}
        data-testid={testId}
      >
        {t('programmes.offering.apply')}
      </Button>
      <ApplyDialog
        open={open}
        offering={{ id: offeringId, title: offeringTitle, plans }}
        programmes={programmes}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
