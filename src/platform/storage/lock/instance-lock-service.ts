import { badRequest, conflict, forbidden, notFound, ProblemError } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import { performedBy } from '../instances/caller-identity.ts';
import type { InstanceAuthorizer } from '../instances/instance-authorizer.ts';
import type { InstanceService } from '../instances/instance-service.ts';
import { visibleInstance } from '../instances/visible-instance.ts';
import type { InstanceLockRepository, LockRequest } from './instance-lock-repository.ts';
import { encodeLockToken, hashLockSecret, newLockSecret, parseLockToken } from './lock-token.ts';

export interface InstanceLockServiceDeps {
  readonly instances: InstanceService;
  readonly authorizer: InstanceAuthorizer;
  readonly locks: InstanceLockRepository;
}

export interface LockTarget {
  readonly partyId: number;
  readonly instanceGuid: string;
}

const instanceNotFound = (target: LockTarget) =>
  notFound('instance_not_found', `No instance ${target.partyId}/${target.instanceGuid}`);

function requireTtl(ttlSeconds: number): void {
  if (ttlSeconds < 0) throw badRequest('negative_ttl', 'ttlSeconds cannot be negative');
}

/**
 * The advisory, time-limited exclusive lock apps take around a process change. Acquiring needs the action
 * the current task calls for (or `reject`); extending or releasing needs only the token.
 */
export class InstanceLockService {
  constructor(private readonly deps: InstanceLockServiceDeps) {}

  /** A new lock for `ttlSeconds`; its token is returned once and only its secret's hash is kept. */
  async acquire(caller: Principal, target: LockTarget, ttlSeconds: number): Promise<string> {
    requireTtl(ttlSeconds);
    const instance = await visibleInstance(this.deps.instances, caller, target.instanceGuid);
    if (instance.instanceOwner.partyId !== String(target.partyId)) throw instanceNotFound(target);
    const lockedBy = performedBy(caller);
    if (lockedBy === '') throw forbidden('The caller’s identity could not be determined');
    await this.deps.authorizer.requireTaskAction(caller, instance);

    const secret = newLockSecret();
    const request: LockRequest = { ...target, ttlSeconds };
    const result = await this.deps.locks.acquire(request, lockedBy, hashLockSecret(secret));
    if (result.outcome === 'instance_not_found') throw instanceNotFound(target);
    if (result.outcome !== 'acquired') throw conflict('lock_held', 'The instance is locked');
    return encodeLockToken({ id: result.lockId, secret });
  }

  /** Moves the end of a live lock to `ttlSeconds` from now; 0 releases it. */
  async extend(target: LockTarget, tokenText: string | undefined, ttlSeconds: number): Promise<void> {
    const token = parseLockToken(tokenText);
    if (token === undefined)
      throw badRequest('invalid_lock_token', 'The lock token is missing or unreadable');
    requireTtl(ttlSeconds);
    const result = await this.deps.locks.extend(
      { ...target, ttlSeconds },
      token.id,
      hashLockSecret(token.secret),
    );
    switch (result) {
      case 'extended':
        return;
      case 'instance_not_found':
        throw instanceNotFound(target);
      case 'lock_not_found':
        throw notFound('lock_not_found', 'No such lock on this instance');
      case 'token_mismatch':
        throw forbidden('The lock token is not valid for this lock');
      case 'expired':
        throw new ProblemError(422, 'lock_expired', 'Unprocessable Entity', 'The lock has expired');
    }
  }
}
