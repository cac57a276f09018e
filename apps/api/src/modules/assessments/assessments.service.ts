import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type {
  AssessmentChange,
  AssessmentDraftView,
  AssessmentSummary,
  AssessmentView,
  Page,
  PageQuery,
} from '@toolbox/contracts';
import {
  type AssessmentResult,
  CURRENT_QUESTIONNAIRE,
  findQuestionnaire,
  questionnaireView,
  type QuestionnaireView,
  type ScenarioRatings,
  scenarioChanges,
  scoreAssessment,
  validateAnswers,
} from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { pageOf, pageParams } from '../../common/http/paging.js';
import { SmesService } from '../smes/index.js';
import { AssessmentError } from './assessments.errors.js';
import { AssessmentEntity } from './entities/assessment.entity.js';

function change(
  current: AssessmentResult,
  previous: AssessmentEntity | null,
): AssessmentChange | null {
  const before = previous?.result;
  if (previous === null || before === null || before === undefined) return null;
  const scenarios = scenarioChanges(before.scenarioRatings, current.scenarioRatings);
  return {
    previousId: previous.id,
    totalScore: Math.round((current.totalScore - before.totalScore) * 100) / 100,
    level: current.level - before.level,
    dimensions: current.dimensions.map((d) => ({
      code: d.code,
      score:
        Math.round(
          (d.score - (before.dimensions.find((b) => b.code === d.code)?.score ?? 0)) * 100,
        ) / 100,
    })),
    scenarios,
  };
}

/** Self-assessment against the versioned questionnaire; the newest level is the SME's stage. */
@Injectable()
export class AssessmentsService implements OnModuleInit {
  private readonly view: QuestionnaireView = questionnaireView(CURRENT_QUESTIONNAIRE);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(AssessmentEntity) private readonly repo: Repository<AssessmentEntity>,
    private readonly smes: SmesService,
  ) {}

  onModuleInit(): void {
    this.smes.fillLevelWith((userId) => this.recordNewest(userId));
  }

  /** A profile created after the SME's assessments gets the newest one's level and weak scenarios. */
  private async recordNewest(userId: string): Promise<void> {
    const newest = await this.repo.findOne({
      where: { userId, status: 'submitted' },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const result = newest?.result;
    if (result == null) return;
    await this.dataSource.transaction((em) => this.smes.recordAssessment(em, userId, result));
  }

  questionnaire(): QuestionnaireView {
    return this.view;
  }

  async submit(user: AuthUser, answers: Record<string, unknown>): Promise<AssessmentView> {
    const problems = validateAnswers(CURRENT_QUESTIONNAIRE, answers);
    if (problems.length > 0) {
      throw new AssessmentError(
        'INVALID_ANSWERS',
        problems[0]?.message,
        problems.map((p) => p.message),
      );
    }
    const saved = await this.dataSource.transaction(async (em) => {
      const needPriorities = await this.smes.needPriorities(user.id, em);
      const result = scoreAssessment(CURRENT_QUESTIONNAIRE, answers, { needPriorities });
      const repo = em.getRepository(AssessmentEntity);
      const row = await repo.save(
        repo.create({
          userId: user.id,
          status: 'submitted',
          questionnaireVersion: result.version,
          answers,
          totalScore: result.totalScore,
          level: result.level,
          result,
        }),
      );
      await repo.delete({ userId: user.id, status: 'draft' });
      // The newest level and weak scenarios become the SME's stage for search and matching.
      await this.smes.recordAssessment(em, user.id, result);
      return row;
    });
    return this.toView(saved, await this.previousOf(saved));
  }

  async list(user: AuthUser, query: PageQuery): Promise<Page<AssessmentSummary>> {
    const { page, pageSize, skip } = pageParams(query);
    const [rows, total] = await this.repo.findAndCount({
      where: { userId: user.id, status: 'submitted' },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip,
      take: pageSize,
    });
    return pageOf(
      rows.map((a) => ({
        id: a.id,
        createdAt: a.createdAt.toISOString(),
        totalScore: a.totalScore ?? 0,
        level: a.level ?? 0,
        dimensions: [...(a.result?.dimensions ?? [])],
      })),
      total,
      page,
      pageSize,
    );
  }

  async get(user: AuthUser, id: string): Promise<AssessmentView> {
    const row = await this.repo.findOneBy({ id, userId: user.id, status: 'submitted' });
    if (row === null) throw new AssessmentError('ASSESSMENT_NOT_FOUND');
    return this.toView(row, await this.previousOf(row));
  }

  async getDraft(user: AuthUser): Promise<AssessmentDraftView> {
    const draft = await this.repo.findOneBy({ userId: user.id, status: 'draft' });
    return { answers: draft?.answers ?? {}, updatedAt: draft?.updatedAt.toISOString() ?? null };
  }

  /** Saves partial answers to resume later; only "not answered yet" is allowed to be missing. */
  async saveDraft(user: AuthUser, answers: Record<string, unknown>): Promise<AssessmentDraftView> {
    const problems = validateAnswers(CURRENT_QUESTIONNAIRE, answers).filter(
      (p) => p.code !== 'missing',
    );
    if (problems.length > 0) {
      throw new AssessmentError(
        'INVALID_ANSWERS',
        problems[0]?.message,
        problems.map((p) => p.message),
      );
    }
    const saved = await this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(AssessmentEntity);
      const draft = await repo.findOne({
        where: { userId: user.id, status: 'draft' },
        lock: { mode: 'pessimistic_write' },
      });
      if (draft === null) {
        return repo.save(
          repo.create({
            userId: user.id,
            status: 'draft',
            questionnaireVersion: CURRENT_QUESTIONNAIRE.version,
            answers,
            totalScore: null,
            level: null,
            result: null,
          }),
        );
      }
      draft.answers = answers;
      return repo.save(draft);
    });
    return { answers: saved.answers, updatedAt: saved.updatedAt.toISOString() };
  }

  /**
   * The scenario ratings of the SME's two newest submitted assessments (newest first), for the
   * plan's optimise step; null until there are two.
   */
  async latestTwoRatings(userId: string): Promise<{
    latest: { id: string; scenarioRatings: ScenarioRatings };
    previous: { id: string; scenarioRatings: ScenarioRatings };
  } | null> {
    const [latest, previous] = await this.repo.find({
      where: { userId, status: 'submitted' },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 2,
    });
    if (latest?.result == null || previous?.result == null) return null;
    return {
      latest: { id: latest.id, scenarioRatings: latest.result.scenarioRatings },
      previous: { id: previous.id, scenarioRatings: previous.result.scenarioRatings },
    };
  }

  async deleteDraft(user: AuthUser): Promise<void> {
    await this.repo.delete({ userId: user.id, status: 'draft' });
  }

  private previousOf(row: AssessmentEntity): Promise<AssessmentEntity | null> {
    return this.repo
      .createQueryBuilder('a')
      .where("a.user_id = :user AND a.status = 'submitted' AND (a.created_at, a.id) < (:at, :id)", {
        user: row.userId,
        at: row.createdAt,
        id: row.id,
      })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getOne();
  }

  private toView(row: AssessmentEntity, previous: AssessmentEntity | null): AssessmentView {
    const result = row.result;
    if (result === null) throw new AssessmentError('ASSESSMENT_NOT_FOUND');
    if (findQuestionnaire(result.version) === undefined)
      throw new AssessmentError('ASSESSMENT_NOT_FOUND');
    return {
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      version: result.version,
      totalScore: result.totalScore,
      level: result.level,
      bandLevel: result.bandLevel,
      scenarioLevel: result.scenarioLevel,
      dimensions: [...result.dimensions],
      areas: [...result.areas],
      scenarioRatings: result.scenarioRatings,
      weakScenarios: [...result.weakScenarios],
      answers: row.answers as Record<string, string | string[]>,
      change: change(result, previous),
    };
  }
}
