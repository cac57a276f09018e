import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  OFFERING_KINDS,
  SCENARIO_CODES,
  type OfferingKind,
  type ScenarioCode,
} from '@toolbox/domain';
import type {
  IndexStatus,
  ReconcileReport,
  ReindexProgress,
  SearchFacets,
  SearchItem,
  SearchResponse,
  SubsidyHeadline,
  SuggestResponse,
} from '@toolbox/contracts';

class ProviderNameSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

class HighlightSchema {
  @ApiPropertyOptional({ description: 'HTML with <mark> around matches' }) title?: string;
  @ApiPropertyOptional() summary?: string;
  @ApiPropertyOptional() titleEn?: string;
  @ApiPropertyOptional() summaryEn?: string;
}

class SubsidyHeadlineSchema implements SubsidyHeadline {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty() programmeName!: string;
  @ApiProperty({ minimum: 1, maximum: 100 }) subsidyPercent!: number;
  @ApiProperty({
    description:
      'per month, fen: the plan’s list price as a monthly equivalent minus netMinMonthlyPriceCents',
  })
  subsidyCents!: number;
}

export class SearchItemSchema implements SearchItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) titleEn!: string | null;
  @ApiProperty() summary!: string;
  @ApiProperty({ nullable: true, type: String }) summaryEn!: string | null;
  @ApiProperty({ enum: OFFERING_KINDS }) kind!: OfferingKind;
  @ApiProperty({ enum: SCENARIO_CODES, isArray: true }) scenarios!: ScenarioCode[];
  @ApiProperty({ type: [String] }) industries!: string[];
  @ApiProperty({ type: [Number] }) stages!: number[];
  @ApiProperty({ type: [String] }) regions!: string[];
  @ApiProperty() deployment!: string;
  @ApiProperty() deliveryDays!: number;
  @ApiProperty({ description: 'fen' }) minMonthlyPriceCents!: number;
  @ApiProperty({ nullable: true, type: Number }) rating!: number | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: ProviderNameSchema }) provider!: ProviderNameSchema;
  @ApiPropertyOptional({ type: HighlightSchema }) highlight?: HighlightSchema;
  @ApiPropertyOptional({
    description:
      'signed-in SME only: the cheapest plan as a monthly equivalent after the best programme it is eligible for, fen',
  })
  netMinMonthlyPriceCents?: number;
  @ApiPropertyOptional({
    type: SubsidyHeadlineSchema,
    nullable: true,
    description: 'signed-in SME only: the subsidy behind netMinMonthlyPriceCents',
  })
  subsidy?: SubsidyHeadlineSchema | null;
}

const COUNTS = { type: 'object', additionalProperties: { type: 'integer' } } as const;

class FacetsSchema implements SearchFacets {
  @ApiProperty(COUNTS) scenarios!: Record<string, number>;
  @ApiProperty(COUNTS) industries!: Record<string, number>;
  @ApiProperty(COUNTS) stages!: Record<string, number>;
  @ApiProperty(COUNTS) kinds!: Record<string, number>;
}

export class SearchResponseSchema implements SearchResponse {
  @ApiProperty({ type: [SearchItemSchema] }) items!: SearchItemSchema[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: FacetsSchema }) facets!: FacetsSchema;
  @ApiProperty() processingTimeMs!: number;
}

class SuggestionSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) titleEn!: string | null;
}

export class SuggestResponseSchema implements SuggestResponse {
  @ApiProperty({ type: [SuggestionSchema] }) suggestions!: SuggestionSchema[];
}

export class ReindexProgressSchema implements ReindexProgress {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] }) state!: ReindexProgress['state'];
  @ApiProperty({ enum: ['settings', 'loading', 'catching_up', 'swapping', 'done'] })
  phase!: ReindexProgress['phase'];
  @ApiProperty() total!: number;
  @ApiProperty() loaded!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) percent!: number;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
}

class OutboxSchema {
  @ApiProperty() pending!: number;
  @ApiProperty() parked!: number;
  @ApiProperty({ nullable: true, type: Number }) oldestPendingAgeMs!: number | null;
}

class ParkedSchema {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'uuid' }) offeringId!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) parkedAt!: string;
}

export class IndexStatusSchema implements IndexStatus {
  @ApiProperty() index!: string;
  @ApiProperty() documents!: number;
  @ApiProperty() isIndexing!: boolean;
  @ApiProperty({ type: OutboxSchema }) outbox!: OutboxSchema;
  @ApiProperty({ type: [ParkedSchema] }) parked!: ParkedSchema[];
  @ApiProperty({ type: ReindexProgressSchema, nullable: true })
  reindex!: ReindexProgressSchema | null;
}

export class ReconcileReportSchema implements ReconcileReport {
  @ApiProperty() checked!: number;
  @ApiProperty() missing!: number;
  @ApiProperty() stale!: number;
  @ApiProperty() extra!: number;
  @ApiProperty() repaired!: number;
}

export class RetriedSchema {
  @ApiProperty() retried!: number;
}
