import type { Role } from '@toolbox/domain';
import { Button, Card, Col, Descriptions, Row, Skeleton, Steps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, useDocumentTitle } from '../../../lib';
import { RoleTag, useGetCurrentUser } from '../../auth';
import { NEXT_STEPS } from '../next-steps';
import { NextStepCard } from './next-step-card';
import { StatusPanel } from '../../../shared/ui';

export interface WorkspaceHomeProps {
  role: Role;
  /** A role's own blocks under the next steps (e.g. the SME's subsidies). */
  extra?: ReactNode;
}

function TransformationLoop() {
  const { t } = useTranslation();
  return (
    <Card
      title={<h2 className="tb-card-title">{t('workspace.loopTitle')}</h2>}
      variant="borderless"
    >
      <Steps
        orientation="vertical"
        size="small"
        current={0}
        items={(['assess', 'plan', 'implement', 'optimise'] as const).map((stage) => ({
          title: t(`landing.loop.${stage}.title`),
          content: t(`landing.loop.${stage}.body`),
        }))}
      />
    </Card>
  );
}

/** A role's home: greeting with the signed-in user's name, account facts and next steps. */
export function WorkspaceHome({ role, extra }: WorkspaceHomeProps) {
  const { t } = useTranslation();
  useDocumentTitle(t(`workspace.${role}.documentTitle`));
  const currentUser = useGetCurrentUser();

  if (currentUser.isPending) {
    return (
      <div className="tb-page" data-testid="workspace-loading">
        <Skeleton active title paragraph={{ rows: 2 }} />
        <Skeleton active paragraph={{ rows: 6 }} />
      </div>
    );
  }
  if (currentUser.isError) {
    return (
      <StatusPanel
        status="warning"
        titleAs="div"
        title={t('errors.loadUserFailed')}
        subTitle={describeError(currentUser.error, t)}
        extra={
          <Button type="primary" onClick={() => void currentUser.refetch()}>
            {t('errors.retry')}
          </Button>
        }
      />
    );
  }

  const user = currentUser.data;
  return (
    <div className="tb-page" data-testid={`${role}-home`}>
      <section className="tb-welcome" aria-labelledby="welcome-title">
        <div>
          <h1 id="welcome-title" className="tb-welcome__title" data-testid="welcome-title">
            {t('workspace.greeting', { name: user.name })}
          </h1>
          <p className="tb-welcome__intro">{t(`workspace.${role}.intro`)}</p>
        </div>
        <RoleTag role={user.role} />
      </section>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <section aria-labelledby="next-steps-title">
            <h2 id="next-steps-title" className="tb-section-title">
              {t('workspace.nextStepsTitle')}
            </h2>
            <div className="tb-step-grid">
              {NEXT_STEPS[role].map((step, index) => (
                <NextStepCard key={step.key} step={step} index={index} />
              ))}
            </div>
          </section>
          {extra && (
            <div className="tb-side-stack" style={{ marginTop: 24 }}>
              {extra}
            </div>
          )}
        </Col>
        <Col xs={24} lg={8}>
          <div className="tb-side-stack">
            <Card
              title={<h2 className="tb-card-title">{t('workspace.accountTitle')}</h2>}
              variant="borderless"
            >
              <Descriptions
                column={1}
                size="small"
                items={[
                  {
                    key: 'email',
                    label: t('workspace.accountEmail'),
                    children: <span data-testid="account-email">{user.email}</span>,
                  },
                  {
                    key: 'role',
                    label: t('workspace.accountRole'),
                    children: t(`roles.${user.role}`),
                  },
                ]}
              />
            </Card>
            {role === 'sme' && <TransformationLoop />}
          </div>
        </Col>
      </Row>
    </div>
  );
}
