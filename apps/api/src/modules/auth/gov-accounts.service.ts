import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { CreateGovAccountRequest, GovAccountView, Page, PageQuery } from '@toolbox/contracts';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Clock } from '../../common/clock.js';
import { pageOf, pageParams } from '../../common/http/paging.js';
import { Logger } from '../../common/logging/logger.js';
import { AuditService } from '../catalogue/index.js';
import { UserEntity, UsersRepository } from '../users/index.js';
import { AuthError } from './auth.errors.js';
import { PasswordHasher } from './password-hasher.js';

function toGovAccountView(user: UserEntity): GovAccountView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: 'gov',
    region: user.region ?? '',
    disabledAt: user.disabledAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

/**
 * Gov (local authority) accounts: only an admin creates them (they cannot self-register), each
 * bound to one region. Disabling one revokes its tokens at once. Every change is audit-logged.
 */
@Injectable()
export class GovAccountsService {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(admin: AuthUser, input: CreateGovAccountRequest): Promise<GovAccountView> {
    if ((await this.users.findByEmail(input.email)) !== null) throw new AuthError('EMAIL_TAKEN');
    const passwordHash = await this.hasher.hash(input.password);
    try {
      const user = await this.dataSource.transaction(async (em) => {
        const created = await this.users.insert(
          { email: input.email, name: input.name, role: 'gov', region: input.region, passwordHash },
          em,
        );
        await this.audit.record(em, {
          actor: admin,
          action: 'create',
          entityType: 'gov_account',
          entityId: created.id,
          summary: `${created.name} <${created.email}> ${input.region}`,
        });
        return created;
      });
      this.logger.info({ userId: user.id, region: input.region }, 'gov account created');
      return toGovAccountView(user);
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') {
        throw new AuthError('EMAIL_TAKEN');
      }
      throw e;
    }
  }

  async list(query: PageQuery): Promise<Page<GovAccountView>> {
    const { page, pageSize, skip } = pageParams(query);
    const { rows, total } = await this.users.listByRole('gov', skip, pageSize);
    return pageOf(rows.map(toGovAccountView), total, page, pageSize);
  }

  /** Disable (its tokens are 401 from then on) or enable again; an unknown id is a 404. */
  async setDisabled(admin: AuthUser, id: string, disabled: boolean): Promise<GovAccountView> {
    const user = await this.dataSource.transaction(async (em) => {
      const at = disabled ? new Date(this.clock.now()) : null;
      if (!(await this.users.setDisabled(id, 'gov', at, em))) {
        throw new AuthError('GOV_ACCOUNT_NOT_FOUND');
      }
      await this.audit.record(em, {
        actor: admin,
        action: disabled ? 'disable' : 'enable',
        entityType: 'gov_account',
        entityId: id,
      });
      return em.getRepository(UserEntity).findOneByOrFail({ id });
    });
    return toGovAccountView(user);
  }
}
