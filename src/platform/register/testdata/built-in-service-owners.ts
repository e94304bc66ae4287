import type { ServiceOwnerRecord } from '../index.ts';

/** Tinn's own service owner; its organisation is in Tinn's default test set. */
export const TINN_SERVICE_OWNER: ServiceOwnerRecord = {
  org: 'tinn',
  orgNumber: '311000001',
  name: { nb: 'Tinn testetat', nn: 'Tinn testetat', en: 'Tinn Test Agency' },
};

/** Seeded with every import: Altinn's test service owner and Tinn's own. */
export const BUILT_IN_SERVICE_OWNERS: readonly ServiceOwnerRecord[] = [
  {
    org: 'ttd',
    orgNumber: '405003309',
    name: { nb: 'Testdepartementet', nn: 'Testdepartementet', en: 'Test Ministry' },
  },
  TINN_SERVICE_OWNER,
];
