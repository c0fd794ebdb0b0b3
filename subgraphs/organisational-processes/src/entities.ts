import { OrganisationEntity } from './model/organisations/organisation.entity';
import { PluginEntity } from './model/plugins/plugin.entity';
import { StrategyEntity } from './model/strategies/strategy.entity';
import { ThemeEntity } from './model/themes/theme.entity';
import { ObjectiveEntity } from './model/objectives/objective.entity';
import { KpiEntity } from './model/kpis/kpi.entity';
import { MeasurementEntity } from './model/kpis/measurement.entity';
import { MeasurementRevisionEntity } from './model/kpis/measurement-revision.entity';
import { PluginOutboxEntity } from './model/outbox/plugin-outbox.entity';
import { DeliveryActionEntity } from './model/delivery-actions/delivery-action.entity';
import { ProgressUpdateEntity } from './model/delivery-actions/progress-update.entity';
import { GovernanceBodyEntity } from './model/governance/governance-body.entity';
import { DutyEntity } from './model/duties/duty.entity';
import { DutyPublicationEntity } from './model/duties/duty-publication.entity';
import { DeclaredOwnerEntity } from './model/owners/declared-owner.entity';
import { EqiaEntity } from './model/eqias/eqia.entity';
import { EqiaReviewEntity } from './model/eqias/eqia-review.entity';
import { EngagementRecordEntity } from './model/engagement/engagement-record.entity';
import { BoardMeetingEntity } from './model/boards/board-meeting.entity';

/** Every table this subgraph owns; the migration generator diffs against this list. */
export const entities = [
  OrganisationEntity,
  PluginEntity,
  StrategyEntity,
  ThemeEntity,
  ObjectiveEntity,
  KpiEntity,
  MeasurementEntity,
  MeasurementRevisionEntity,
  DeliveryActionEntity,
  ProgressUpdateEntity,
  GovernanceBodyEntity,
  DutyEntity,
  DutyPublicationEntity,
  PluginOutboxEntity,
  DeclaredOwnerEntity,
  EqiaEntity,
  EqiaReviewEntity,
  EngagementRecordEntity,
  BoardMeetingEntity,
];
