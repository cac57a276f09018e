import { ApiProperty } from '@nestjs/swagger';
import type { AuditEntryView } from '@toolbox/contracts';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@toolbox/contracts';
import type { FieldChange } from '@toolbox/domain';

class AuditActorSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() role!: string;
}

export class FieldChangeSchema implements FieldChange {
  @ApiProperty() field!: string;
  @ApiProperty({ description: 'value before (any JSON)' }) before!: unknown;
  @ApiProperty({ description: 'value after (any JSON)' }) after!: unknown;
}

export class AuditEntrySchema implements AuditEntryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: AuditActorSchema, nullable: true }) actor!: AuditActorSchema | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action!: string;
  @ApiProperty({ enum: AUDIT_ENTITY_TYPES }) entityType!: string;
  @ApiProperty({ format: 'uuid' }) entityId!: string;
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ type: [FieldChangeSchema] }) changes!: FieldChangeSchema[];
}
