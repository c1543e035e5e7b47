/**
 * The tables that give values of users' files their ids. Both files of a run must share one
 * set, so that a name, street address, unit or truth value has the same id in either file.
 */
import { NameDictionary } from '../names/NameDictionary';
import { StringTable } from './StringTable';

export interface KeyTables {
  readonly names: NameDictionary;
  readonly buildings: StringTable;
  readonly units: StringTable;
  readonly truths: StringTable;
}

export function createKeyTables(): KeyTables {
  return {
    names: new NameDictionary(),
    buildings: new StringTable(),
    units: new StringTable(),
    truths: new StringTable(),
  };
}
