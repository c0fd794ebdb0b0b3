import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffSurveyAction } from '@edhr/plugin-sdk';
import { StaffSurveyActionEntity, type StaffSurveyActionRow } from './staff-survey-action.entity';
import type { ValidSync } from './staff-survey-sync.validation';

type Fields = Pick<
  StaffSurveyActionRow,
  | 'organisationKey'
  | 'pluginVersion'
  | 'strategyKey'
  | 'issue'
  | 'keyActions'
  | 'contact'
  | 'localOwner'
  | 'contactOwnerId'
  | 'localOwnerOwnerId'
  | 'currentPosition'
  | 'risks'
  | 'recommendations'
  | 'furtherUpdates'
  | 'outcome'
  | 'archived'
>;

/**
 * Makes the stored plan of one plugin equal to what it sent: upserts by (plugin, number),
 * archives actions it no longer sends, in one transaction. Only fields whose value differs are
 * assigned, so sending the same plan again writes nothing and leaves `version` as it was.
 */
export class StaffSurveySyncService {
  constructor(private readonly em: EntityManager) {}

  async sync(plan: ValidSync): Promise<{ received: number }> {
    await this.em.transactional(async (tx) => {
      const existing = await tx.find(StaffSurveyActionEntity, { pluginId: plan.pluginId });
      const byNumber = new Map(existing.map((row) => [row.number, row]));
      for (const action of plan.actions) {
        const fields = toFields(plan, action);
        const row = byNumber.get(action.number);
        if (row) assignChanged(row, fields);
        else tx.create(StaffSurveyActionEntity, { pluginId: plan.pluginId, number: action.number, ...fields });
      }
      const sent = new Set(plan.actions.map((a) => a.number));
      for (const row of existing) {
        if (!sent.has(row.number) && !row.archived) row.archived = true;
      }
      await tx.flush();
    });
    return { received: plan.actions.length };
  }
}

function toFields(plan: ValidSync, action: StaffSurveyAction): Fields {
  return {
    organisationKey: plan.organisation,
    pluginVersion: plan.pluginVersion,
    strategyKey: plan.strategy,
    issue: action.issue,
    keyActions: action.keyActions,
    contact: action.contact ?? null,
    localOwner: action.localOwner ?? null,
    contactOwnerId: plan.owners[action.number]?.contact ?? null,
    localOwnerOwnerId: plan.owners[action.number]?.localOwner ?? null,
    currentPosition: action.currentPosition ?? null,
    risks: action.risks ?? null,
    recommendations: action.recommendations ?? null,
    furtherUpdates: action.furtherUpdates ?? null,
    outcome: action.outcome ?? null,
    archived: false,
  };
}

function assignChanged(row: StaffSurveyActionRow, fields: Fields): void {
  const target = row as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(fields)) {
    if (JSON.stringify(target[name] ?? null) !== JSON.stringify(value ?? null)) target[name] = value;
  }
}
