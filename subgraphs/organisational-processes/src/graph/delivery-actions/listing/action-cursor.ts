import { badUserInput } from '@edhr/kit';

/** The stable order of the action list: plugin, position in the plugin, key — unique per row. */
export interface ActionPosition {
  pluginId: string;
  position: number;
  key: string;
}

/** An opaque cursor: the row's place in the stable order, base64url-encoded. */
export function encodeActionCursor(position: ActionPosition): string {
  return Buffer.from(JSON.stringify([position.pluginId, position.position, position.key])).toString('base64url');
}

export function decodeActionCursor(cursor: string): ActionPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && Number.isInteger(value[1]) && typeof value[2] === 'string') {
      return { pluginId: value[0], position: value[1] as number, key: value[2] };
    }
  } catch {
    // Falls through to the error below.
  }
  throw badUserInput('after is not a cursor this list gave out.', { field: 'after' });
}
