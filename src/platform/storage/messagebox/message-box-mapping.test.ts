import { describe, expect, it } from 'vitest';
import type { Instance } from '../instances/instance.ts';
import { lastChangedByOf, processCurrentTaskOf, toMessageBoxInstance } from './message-box-mapping.ts';

const base: Instance = {
  id: '1/0f2b7a4e-1111-4222-8333-944455556666',
  instanceOwner: { partyId: '1' },
  appId: 'ttd/app',
  org: 'ttd',
  status: {},
  data: [],
  created: '2024-01-01T00:00:00.000Z',
  createdBy: '5',
  lastChanged: '2024-01-02T00:00:00.000Z',
  lastChangedBy: '5',
};

const task = (altinnTaskType: string) => ({ currentTask: { elementId: 'Task_1', altinnTaskType } });

describe('processCurrentTaskOf', () => {
  it('names the state of the process as the message box does', () => {
    expect(processCurrentTaskOf(base)).toBe('default');
    expect(processCurrentTaskOf({ ...base, process: task('data') })).toBe('FormFilling');
    expect(processCurrentTaskOf({ ...base, process: task('Confirmation') })).toBe('Confirmation');
    expect(processCurrentTaskOf({ ...base, process: task('feedback') })).toBe('Feedback');
    expect(processCurrentTaskOf({ ...base, process: task('signing') })).toBe('Signing');
    expect(processCurrentTaskOf({ ...base, process: task('payment') })).toBe('FormFilling');
    expect(processCurrentTaskOf({ ...base, process: { started: base.created } })).toBe('FormFilling');
    const ended = { ...base, process: { ended: base.lastChanged } };
    expect(processCurrentTaskOf(ended)).toBe('Submit');
    expect(processCurrentTaskOf({ ...ended, status: { archived: base.lastChanged } })).toBe('Archived');
  });
});

describe('lastChangedByOf', () => {
  it('takes the data element changed after the instance, the newest of them', () => {
    const element = (lastChanged: string, lastChangedBy: string) => ({
      id: lastChangedBy,
      instanceGuid: 'g',
      dataType: 'model',
      lastChanged,
      lastChangedBy,
    });
    expect(lastChangedByOf(base)).toBe('5');
    expect(
      lastChangedByOf({
        ...base,
        data: [
          element('2024-01-03T00:00:00.000Z', '6'),
          element('2024-01-04T00:00:00.000Z', '7'),
          element('2024-01-01T12:00:00.000Z', '8'),
        ],
      }),
    ).toBe('7');
  });
});

describe('toMessageBoxInstance', () => {
  const none = { read: true, write: false, delete: false, sign: false, instantiate: false };

  it('dates the instance from when it became visible, and joins presentation texts', () => {
    const item = toMessageBoxInstance(
      { ...base, visibleAfter: '2024-01-05T00:00:00.000Z', presentationTexts: { a: 'One', b: 'Two' } },
      none,
    );
    expect(item).toMatchObject({
      id: '0f2b7a4e-1111-4222-8333-944455556666',
      appName: 'app',
      createdDateTime: '2024-01-05T00:00:00.000Z',
      presentationText: 'One, Two',
      deleteStatus: 0,
      readStatus: 'Unread',
    });
    expect(
      toMessageBoxInstance({ ...base, visibleAfter: '2023-01-01T00:00:00.000Z' }, none).createdDateTime,
    ).toBe(base.created);
  });

  it('marks soft-deleted instances and copies the rights', () => {
    const item = toMessageBoxInstance(
      { ...base, status: { isSoftDeleted: true, softDeleted: '2024-01-03T00:00:00.000Z' } },
      { read: true, write: true, delete: true, sign: true, instantiate: true },
    );
    expect(item).toMatchObject({
      deleteStatus: 1,
      deletedDateTime: '2024-01-03T00:00:00.000Z',
      allowDelete: true,
      authorizedForWrite: true,
      authorizedForSign: true,
      allowNewCopy: true,
    });
  });
});
