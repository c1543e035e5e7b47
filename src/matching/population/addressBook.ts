/**
 * Builds one shard's buildings and addresses while households are placed: single homes,
 * apartment buildings filled unit by unit (so neighbours share a street address), PO boxes
 * (sometimes shared by two households), and the previous homes of households that moved —
 * usually someone else's home now.
 */
import type { Rng } from '../random/prng';
import type { PopulationConfig } from './config';
import {
  ADDRESS_STRIDE,
  BuildingKind,
  type AddressColumns,
  type BuildingColumns,
} from './PopulationShard';

const STREETS = 65536;

export class AddressBook {
  private buildingZip: Uint16Array;
  private buildingKind: Uint8Array;
  private buildingStreet: Uint16Array;
  private buildingNumber: Uint16Array;
  private addressBuilding: Uint32Array;
  private addressUnit: Uint16Array;
  private buildings = 0;
  private addresses = 0;
  /** Per ZIP: the apartment building being filled, units left, and the PO box building. */
  private readonly openBuilding: Int32Array;
  private readonly unitsLeft: Int32Array;
  private readonly poBoxBuilding: Int32Array;
  private readonly lastPoBox: Int32Array;
  /** Per ZIP: the home of the last household placed there (a previous home for a later mover). */
  private readonly lastHome: Int32Array;
  private base = 0;
  private readonly apartmentExtraUnits: number;

  /** An empty book with room for about `expectedHouseholds` households (it grows as needed). */
  constructor(
    zipCount: number,
    expectedHouseholds: number,
    private readonly config: PopulationConfig,
  ) {
    const capacity = Math.max(1024, Math.ceil(expectedHouseholds * 2.2));
    this.buildingZip = new Uint16Array(capacity);
    this.buildingKind = new Uint8Array(capacity);
    this.buildingStreet = new Uint16Array(capacity);
    this.buildingNumber = new Uint16Array(capacity);
    this.addressBuilding = new Uint32Array(capacity);
    this.addressUnit = new Uint16Array(capacity);
    this.openBuilding = new Int32Array(zipCount);
    this.unitsLeft = new Int32Array(zipCount);
    this.poBoxBuilding = new Int32Array(zipCount);
    this.lastPoBox = new Int32Array(zipCount);
    this.lastHome = new Int32Array(zipCount);
    this.apartmentExtraUnits = config.apartmentMeanUnits - 5;
    this.reset(0);
  }

  /** Empties the book for shard `shardIndex` (ShardWorkspace keeps one book between shards). */
  reset(shardIndex: number): void {
    this.buildings = 0;
    this.addresses = 0;
    this.openBuilding.fill(-1);
    this.unitsLeft.fill(0);
    this.poBoxBuilding.fill(-1);
    this.lastPoBox.fill(-1);
    this.lastHome.fill(-1);
    this.base = shardIndex * ADDRESS_STRIDE;
  }

  /** The home of a newly placed household in `zip`; `apartment` chooses the building type. */
  home(rng: Rng, zip: number, apartment: boolean): number {
    let address: number;
    if (apartment) {
      let building = this.openBuilding[zip]!;
      if (building < 0 || this.unitsLeft[zip]! <= 0) {
        building = this.newBuilding(rng, zip, BuildingKind.apartment);
        // 5 units or more, long-tailed (exponential excess): an assumption, mean configurable.
        const units = 5 + Math.floor(-Math.log(1 - rng.nextFloat()) * this.apartmentExtraUnits);
        this.openBuilding[zip] = building;
        this.unitsLeft[zip] = Math.min(units, 9999);
      }
      const unit = this.unitsLeft[zip]!;
      this.unitsLeft[zip] = unit - 1;
      address = this.newAddress(building, 100 + unit);
    } else {
      address = this.newAddress(this.newBuilding(rng, zip, BuildingKind.house), 0);
    }
    this.lastHome[zip] = address;
    return this.base + address;
  }

  /** A PO box in `zip`, shared with the previous box holder there with the configured chance. */
  poBox(rng: Rng, zip: number): number {
    const last = this.lastPoBox[zip]!;
    if (last >= 0 && rng.chance(this.config.poBoxSharedShare)) return this.base + last;
    let building = this.poBoxBuilding[zip]!;
    if (building < 0) {
      building = this.newBuilding(rng, zip, BuildingKind.poBox);
      this.poBoxBuilding[zip] = building;
    }
    const box = this.newAddress(building, 1 + rng.below(9999));
    this.lastPoBox[zip] = box;
    return this.base + box;
  }

  /**
   * The previous home of a household that moved: mostly the home of another household placed
   * earlier (someone else lives there now), in the same ZIP for a local move; otherwise a
   * vacant home of its own.
   */
  previousHome(rng: Rng, zip: number, otherZip: number): number {
    const local = rng.chance(this.config.localMoveShare);
    const where = local ? zip : otherZip;
    if (rng.chance(this.config.movedIntoOccupiedShare)) {
      const occupied = this.lastHome[where]!;
      if (occupied >= 0) return this.base + occupied;
    }
    return this.base + this.newAddress(this.newBuilding(rng, where, BuildingKind.house), 0);
  }

  private newBuilding(rng: Rng, zip: number, kind: number): number {
    if (this.buildings === this.buildingZip.length) this.growBuildings();
    const b = this.buildings++;
    this.buildingZip[b] = zip;
    this.buildingKind[b] = kind;
    this.buildingStreet[b] = rng.below(STREETS);
    this.buildingNumber[b] = 1 + rng.below(9999);
    return b;
  }

  private newAddress(building: number, unit: number): number {
    if (this.addresses === this.addressBuilding.length) this.growAddresses();
    const a = this.addresses++;
    if (a >= ADDRESS_STRIDE) throw new Error('address space of a shard exhausted');
    this.addressBuilding[a] = building;
    this.addressUnit[a] = unit;
    return a;
  }

  private growBuildings(): void {
    const grow = <T extends Uint8Array | Uint16Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.buildingZip = grow(this.buildingZip, (n) => new Uint16Array(n));
    this.buildingKind = grow(this.buildingKind, (n) => new Uint8Array(n));
    this.buildingStreet = grow(this.buildingStreet, (n) => new Uint16Array(n));
    this.buildingNumber = grow(this.buildingNumber, (n) => new Uint16Array(n));
  }

  private growAddresses(): void {
    const building = new Uint32Array(this.addressBuilding.length * 2);
    building.set(this.addressBuilding);
    this.addressBuilding = building;
    const unit = new Uint16Array(this.addressUnit.length * 2);
    unit.set(this.addressUnit);
    this.addressUnit = unit;
  }

  /** The finished columns, trimmed to size. */
  finish(): { addresses: AddressColumns; buildings: BuildingColumns } {
    return {
      addresses: {
        building: this.addressBuilding.slice(0, this.addresses),
        unit: this.addressUnit.slice(0, this.addresses),
      },
      buildings: {
        zip: this.buildingZip.slice(0, this.buildings),
        kind: this.buildingKind.slice(0, this.buildings),
        street: this.buildingStreet.slice(0, this.buildings),
        number: this.buildingNumber.slice(0, this.buildings),
      },
    };
  }
}
