import type { PolicyEnforcementPoint } from '../../authorization/index.ts';
import type { ApplicationService } from '../applications/index.ts';
import { InstanceEventRepository } from '../events/instance-event-repository.ts';
import type { StorageDb } from '../instances/instance-repository.ts';
import type { InstanceService } from '../instances/instance-service.ts';
import { messageBoxApplications } from './message-box-applications.ts';
import { MessageBoxService } from './message-box-service.ts';
import type { ReporteeSource } from './represented-parties.ts';

export interface MessageBoxWiring {
  readonly db: StorageDb;
  readonly instances: InstanceService;
  readonly pep: PolicyEnforcementPoint;
  readonly applications: ApplicationService;
  /** The roles service: its reportee lists say which parties a user may search. */
  readonly roles: ReporteeSource;
}

/** Builds the message box service from the platform's services (for the composition root). */
export function createMessageBoxService(wiring: MessageBoxWiring): MessageBoxService {
  return new MessageBoxService({
    db: wiring.db,
    instances: wiring.instances,
    events: new InstanceEventRepository(),
    pep: wiring.pep,
    applications: messageBoxApplications(wiring.applications),
    reportees: wiring.roles,
  });
}
