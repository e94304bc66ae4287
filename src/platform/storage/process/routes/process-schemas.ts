import { Type } from 'typebox';
import { InstanceEventInputSchema } from '../../events/routes/event-schemas.ts';

const Text = (maxLength: number) => Type.Optional(Type.Union([Type.String({ maxLength }), Type.Null()]));
const Timestamp = Text(40);

export const ProcessElementInfoSchema = Type.Object(
  {
    flow: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
    started: Timestamp,
    elementId: Text(255),
    name: Text(255),
    altinnTaskType: Text(100),
    ended: Timestamp,
    flowType: Text(100),
    validated: Type.Optional(
      Type.Union([
        Type.Object(
          {
            timestamp: Timestamp,
            canCompleteTask: Type.Optional(Type.Union([Type.Boolean(), Type.Null()])),
          },
          { additionalProperties: true },
        ),
        Type.Null(),
      ]),
    ),
  },
  { additionalProperties: true },
);

/** Altinn's ProcessState; members it does not know are dropped. */
export const ProcessStateSchema = Type.Object(
  {
    started: Timestamp,
    startEvent: Text(255),
    currentTask: Type.Optional(Type.Union([ProcessElementInfoSchema, Type.Null()])),
    ended: Timestamp,
    endEvent: Text(255),
  },
  { additionalProperties: true },
);

export const ProcessStateUpdateSchema = Type.Object(
  {
    state: Type.Optional(Type.Union([ProcessStateSchema, Type.Null()])),
    events: Type.Optional(
      Type.Union([Type.Array(InstanceEventInputSchema, { maxItems: 1000 }), Type.Null()]),
    ),
  },
  { additionalProperties: true },
);

export const ProcessHistorySchema = Type.Object({
  processHistory: Type.Array(
    Type.Object({
      eventType: Type.String(),
      elementId: Type.Optional(Type.String()),
      occured: Type.Optional(Type.String()),
      started: Type.Optional(Type.String()),
      ended: Type.Optional(Type.String()),
      performedBy: Type.String(),
    }),
  ),
});
