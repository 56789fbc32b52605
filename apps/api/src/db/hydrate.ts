import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Rows read with plain SQL (column names as the database has them) turned
 * into entity-shaped objects, converted column by column exactly as TypeORM
 * converts them (booleans, instants, JSON columns), but without building a
 * query or the ORM's per-query work: for hot read paths that fetch a few
 * rows by id. The columns come from the entity's metadata, so a column a
 * concept adds later is read too.
 */
export function rowHydrator<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
): (raw: Record<string, unknown>) => T {
  // A foreign key declared both as a column and as a relation is read as the
  // column; one that exists only through its relation is left to the ORM.
  const columns = dataSource
    .getMetadata(entity)
    .columns.filter(
      (c) => !c.relationMetadata || c.propertyName !== c.relationMetadata.propertyName,
    );
  const driver = dataSource.driver;
  return (raw) => {
    const row: Record<string, unknown> = {};
    for (const column of columns) {
      row[column.propertyName] = driver.prepareHydratedValue(raw[column.databaseName], column);
    }
    return row as T;
  };
}
