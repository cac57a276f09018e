import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CURRENT_QUESTIONNAIRE, scoreAssessment } from '@toolbox/domain';
import { SmesService } from '../smes/index.js';
import { AssessmentEntity } from './entities/assessment.entity.js';

/**
 * The assessments module's part of loading the demo data: an SME's submitted assessments, oldest
 * first, scored like a live submission (with the SME's need priorities). The newest one becomes
 * the SME's level and weak scenarios, as after a live submission.
 */
@Injectable()
export class AssessmentSeeder {
  constructor(private readonly smes: SmesService) {}

  async insertHistory(
    em: EntityManager,
    userId: string,
    history: readonly { answers: Record<string, unknown>; createdAt: Date }[],
  ): Promise<void> {
    if (history.length === 0) return;
    const needPriorities = await this.smes.needPriorities(userId, em);
    const repo = em.getRepository(AssessmentEntity);
    let newest: ReturnType<typeof scoreAssessment> | undefined;
    for (const h of [...history].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
      const result = scoreAssessment(CURRENT_QUESTIONNAIRE, h.answers, { needPriorities });
      await repo.save(
        repo.create({
          userId,
          status: 'submitted',
          questionnaireVersion: result.version,
          answers: h.answers,
          totalScore: result.totalScore,
          level: result.level,
          result,
          createdAt: h.createdAt,
          updatedAt: h.createdAt,
        }),
      );
      newest = result;
    }
    if (newest !== undefined) await this.smes.recordAssessment(em, userId, newest);
  }
}
