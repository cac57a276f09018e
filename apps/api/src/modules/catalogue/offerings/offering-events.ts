import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OfferingEntity } from './entities/offering.entity.js';

/** One read of a published offering's page by someone other than its owner or an admin. */
export interface OfferingViewed {
  offeringId: string;
  /** The user account of the offering's provider (whose funnel the view counts in). */
  providerUserId: string;
  /** The signed-in reader's user id, or null when anonymous. */
  viewerUserId: string | null;
  /** The client address of the request (identifies an anonymous reader). */
  clientAddress: string;
}

/**
 * What the rest of the system learns when the public version of an offering changes
 * (published, revised, suspended). Called inside the same transaction as the change, so a
 * listener can write an outbox row atomically with it (search index sync).
 */
@Injectable()
export class OfferingEvents {
  private readonly listeners: ((em: EntityManager, o: OfferingEntity) => Promise<void>)[] = [];
  private readonly committedListeners: (() => void)[] = [];

  subscribe(listener: (em: EntityManager, o: OfferingEntity) => Promise<void>): void {
    this.listeners.push(listener);
  }

  private readonly providerListeners: ((em: EntityManager, providerId: string) => Promise<void>)[] =
    [];

  /** A provider's public name or kind changed: its published offerings' documents are stale. */
  subscribeProvider(listener: (em: EntityManager, providerId: string) => Promise<void>): void {
    this.providerListeners.push(listener);
  }

  async providerChanged(em: EntityManager, providerId: string): Promise<void> {
    for (const listener of this.providerListeners) await listener(em, providerId);
  }

  /** Called after the transaction that changed public versions has committed. */
  onCommitted(listener: () => void): void {
    this.committedListeners.push(listener);
  }

  committed(): void {
    for (const listener of this.committedListeners) listener();
  }

  async publicVersionChanged(em: EntityManager, offering: OfferingEntity): Promise<void> {
    for (const listener of this.listeners) await listener(em, offering);
  }

  private readonly bulkListeners: ((em: EntityManager, ids: string[]) => Promise<void>)[] = [];

  /** Many offerings changed at once (the demo data loader): their ids, in one call. */
  subscribeMany(listener: (em: EntityManager, ids: string[]) => Promise<void>): void {
    this.bulkListeners.push(listener);
  }

  async publicVersionsChanged(em: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    for (const listener of this.bulkListeners) await listener(em, ids);
  }

  private readonly viewListeners: ((view: OfferingViewed) => Promise<void>)[] = [];

  /** Someone other than the owner or an admin read a published offering (engagement counts views). */
  subscribeViewed(listener: (view: OfferingViewed) => Promise<void>): void {
    this.viewListeners.push(listener);
  }

  async viewed(view: OfferingViewed): Promise<void> {
    for (const listener of this.viewListeners) await listener(view);
  }
}
