import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsUUID,
} from 'class-validator';
import { PageQuery } from '../common/validators.js';
import type { Page } from '../common/paging.js';
import {
  NOTIFICATION_READ_MAX_IDS,
  type NotificationKind,
  type NotificationPayload,
} from './notification.values.js';

export class NotificationsQuery extends PageQuery {
  /** `true`: only unread ones; `false`: only read ones; absent: all. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

export class MarkNotificationsReadRequest {
  @IsArray({ message: 'ids must be a list of notification ids' })
  @ArrayMinSize(1, { message: 'ids must list at least one notification' })
  @ArrayMaxSize(NOTIFICATION_READ_MAX_IDS, {
    message: `ids must list at most ${NOTIFICATION_READ_MAX_IDS} notifications`,
  })
  @IsUUID('all', { each: true, message: 'ids must be notification ids (UUIDs)' })
  ids!: string[];
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  payload: NotificationPayload;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationsPage extends Page<NotificationView> {
  unreadCount: number;
}

export interface MarkNotificationsReadResponse {
  /** How many of the given ids were unread and are now read (others' ids are ignored). */
  marked: number;
  unreadCount: number;
}
