/**
 * Digital levels (数字化水平等级) of the 2024 *Evaluation Indicators for SME Digital Level*.
 * An SME's level is 0–4 (0 = not yet level 1); an offering lists the levels 1–4 it suits.
 */

export const SME_LEVELS = [0, 1, 2, 3, 4] as const;
export type SmeLevel = (typeof SME_LEVELS)[number];

export const OFFERING_STAGES = [1, 2, 3, 4] as const;
export type OfferingStage = (typeof OFFERING_STAGES)[number];

export interface Stage {
  level: SmeLevel;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
}

export const STAGES: readonly Stage[] = [
  {
    level: 0,
    nameZh: '未定级',
    nameEn: 'Unrated',
    descriptionZh: '尚未达到一级：业务主要依靠纸质和人工，信息化应用零散。',
    descriptionEn: 'Below level 1: work runs mostly on paper and by hand, with scattered IT use.',
  },
  {
    level: 1,
    nameZh: '一级',
    nameEn: 'Level 1',
    descriptionZh: '基础业务流程已梳理，开始使用简单的信息化工具辅助管理。',
    descriptionEn: 'Basic processes are sorted out and simple IT tools support day-to-day work.',
  },
  {
    level: 2,
    nameZh: '二级',
    nameEn: 'Level 2',
    descriptionZh: '单一业务环节实现数字化管理，如生产、销售或财务已各自上线系统。',
    descriptionEn:
      'Single business areas are managed digitally, e.g. production, sales or finance each run on a system.',
  },
  {
    level: 3,
    nameZh: '三级',
    nameEn: 'Level 3',
    descriptionZh: '主要业务环节全面实现数字化管控，数据得到汇聚和分析应用。',
    descriptionEn:
      'All main business areas are digitally controlled and their data is collected and analysed.',
  },
  {
    level: 4,
    nameZh: '四级',
    nameEn: 'Level 4',
    descriptionZh: '全业务链数据集成贯通，以数据驱动协同运营和经营决策。',
    descriptionEn:
      'Data is integrated across the whole value chain and drives collaboration and decisions.',
  },
];

/** True for an integer level 1–4 that an offering may list. */
export function isOfferingStage(n: number): n is OfferingStage {
  return Number.isInteger(n) && n >= 1 && n <= 4;
}

/** True for an integer level 0–4 that an SME may have. */
export function isSmeLevel(n: number): n is SmeLevel {
  return Number.isInteger(n) && n >= 0 && n <= 4;
}

export function stageByLevel(level: number): Stage | undefined {
  return STAGES.find((stage) => stage.level === level);
}
