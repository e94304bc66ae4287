import { Type } from 'typebox';

const text = (description: string) => Type.Optional(Type.String({ description }));
const flag = (description: string) =>
  Type.Optional(Type.String({ description: `true or false: ${description}` }));
const dates = (description: string) =>
  Type.Optional(
    Type.Array(Type.String(), {
      description: `${description}. Each value is <op>:<ISO 8601 date> with op eq, gt, gte, lt or lte; repeat for a range.`,
    }),
  );

/**
 * The documented parameters. Values stay strings here and are read by parseInstanceQuery, which names
 * the parameter in every 400; names are matched without regard to case before validation.
 */
export const QueryStringSchema = Type.Object({
  org: text('Service owner code (defaults to the prefix of appId)'),
  appId: text('org/app'),
  'instanceOwner.partyId': text('Owner party id'),
  'process.currentTask': text('Id of the current task'),
  'process.isComplete': flag('the process has ended (true) or is at a task (false)'),
  'process.ended': dates('When the process ended'),
  'process.endEvent': text('Accepted and ignored, as in Altinn'),
  lastChanged: dates('Last change'),
  created: dates('Creation'),
  visibleAfter: dates('visibleAfter'),
  dueBefore: dates('dueBefore'),
  excludeConfirmedBy: Type.Optional(
    Type.Array(Type.String(), {
      description: 'Leave out instances this org has confirmed complete; repeatable',
    }),
  ),
  confirmed: flag('the instance’s own org has confirmed it complete'),
  'status.isArchived': flag('archived'),
  'status.isSoftDeleted': flag('soft deleted'),
  'status.isHardDeleted': flag('hard deleted (never shown to others than service owners)'),
  archiveReference: text('The instance guid ends with this value'),
  A3Ref: text('The last 12 characters of the instance guid'),
  'dataValues.A2ArchRef': text(
    'Altinn 2 archive reference; Tinn holds no migrated instances, so nothing matches',
  ),
  mainVersionInclude: text('Altinn generation 1, 2 or 3; Tinn holds only 3'),
  mainVersionExclude: text('Altinn generation 1, 2 or 3'),
  searchString: text('Contained in a presentation text, without regard to case'),
  includeDataElements: flag('read the data elements (default true)'),
  size: text('Page size, default 100, at most 1000'),
  continuationToken: text('From the `next` link of the previous page'),
  order: text('desc:lastChanged (default) or asc:lastChanged'),
});
