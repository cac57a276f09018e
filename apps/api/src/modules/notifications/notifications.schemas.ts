import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS } from '@toolbox/contracts';

export class NotificationSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    description:
      'what the notification is about: ids (inquiryId, offeringId, reviewId), titles, statuses',
  })
  payload!: Record<string, string | number | boolean | null>;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) readAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NotificationsPageSchema {
  @ApiProperty({ type: [NotificationSchema] }) items!: NotificationSchema[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'the user’s unread notifications in all (not only this page)' })
  unreadCount!: number;
}

export class MarkNotificationsReadResponseSchema {
  @ApiProperty({ description: 'how many of the given notifications were unread' }) marked!: number;
  @ApiProperty() unreadCount!: number;
}
