import { describe, expect, it } from 'vitest';
import type { InstanceEvent } from '../instances/instance.ts';
import { messageBoxHistory, toSblInstanceEvent } from './sbl-events.ts';

let counter = 0;
function event(eventType: string, user: InstanceEvent['user'], dataId?: string): InstanceEvent {
  counter += 1;
  return {
    id: `event-${counter}`,
    instanceId: '1/guid',
    created: new Date(Date.UTC(2024, 0, 1, 0, 0, counter)).toISOString(),
    eventType,
    instanceOwnerPartyId: '1',
    user,
    ...(dataId === undefined ? {} : { dataId }),
  };
}

describe('messageBoxHistory', () => {
  it('relabels data Created as Saved and drops other data events', () => {
    const events = [
      event('Created', { userId: 1 }),
      event('Created', { userId: 1 }, 'data-1'),
      event('Deleted', { userId: 1 }, 'data-1'),
      event('Deleted', { userId: 1 }),
    ];
    expect(messageBoxHistory(events).map((item) => [item.id, item.eventType])).toEqual([
      [events[0]!.id, 'Created'],
      [events[1]!.id, 'Saved'],
      [events[3]!.id, 'Deleted'],
    ]);
  });

  it('keeps the last of a run of Saved by one actor; users and orgs are different actors', () => {
    const events = [
      event('Saved', { userId: 1 }),
      event('Saved', { userId: 1 }),
      event('Saved', { orgId: 'ttd' }),
      event('Saved', { orgId: 'ttd' }),
      event('Submited', { userId: 1 }),
      event('Submited', { userId: 1 }),
      event('Saved', { userId: 1 }),
    ];
    expect(messageBoxHistory(events).map((item) => item.id)).toEqual([
      events[1]!.id,
      events[3]!.id,
      events[4]!.id,
      events[5]!.id,
      events[6]!.id,
    ]);
  });

  it('writes absent members as null', () => {
    const written = toSblInstanceEvent(event('Created', { userId: 7 }));
    expect(written).toMatchObject({
      eventType: 'Created',
      user: { userId: 7 },
      relatedUser: null,
      additionalInfo: null,
    });
  });
});
